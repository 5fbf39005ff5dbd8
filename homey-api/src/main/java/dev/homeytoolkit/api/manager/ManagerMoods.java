package dev.homeytoolkit.api.manager;

import dev.homeytoolkit.api.JsonValue;
import dev.homeytoolkit.api.meta.HomeyManager;
import dev.homeytoolkit.api.meta.HomeyOperation;
import dev.homeytoolkit.api.meta.Param;
import dev.homeytoolkit.api.model.Mood;
import java.util.Map;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.DELETE;
import retrofit2.http.GET;
import retrofit2.http.POST;
import retrofit2.http.PUT;
import retrofit2.http.Path;

/**
 * {@code Homey.moods}: the operations of ManagerMoods under {@code /api/manager/moods}.
 *
 * <p>Generated once by {@code homey-api/tools/generate_managers.py}; maintained by hand since.
 */
@HomeyManager(name = "ManagerMoods", id = "moods", jsName = "moods")
public interface ManagerMoods {

  /**
   * {@code POST /api/manager/moods/mood}, scopes homey.mood.
   */
  @HomeyOperation(scopes = {"homey.mood"}, crud = "createOne:Mood")
  @POST("api/manager/moods/mood")
  Call<Mood> createMood(@Body @Param(name = "mood", type = "object", required = true) Object mood);

  /**
   * {@code DELETE /api/manager/moods/mood/:id}, scopes homey.mood.
   */
  @HomeyOperation(scopes = {"homey.mood"}, crud = "deleteOne:Mood")
  @DELETE("api/manager/moods/mood/{id}")
  Call<JsonValue> deleteMood(@Path("id") @Param(type = "string", required = true) String id);

  /**
   * {@code GET /api/manager/moods/mood/:id}, scopes homey.mood.readonly.
   */
  @HomeyOperation(scopes = {"homey.mood.readonly"}, crud = "getOne:Mood")
  @GET("api/manager/moods/mood/{id}")
  Call<Mood> getMood(@Path("id") @Param(type = "string", required = true) String id);

  /**
   * {@code GET /api/manager/moods/mood}, scopes homey.mood.readonly.
   */
  @HomeyOperation(scopes = {"homey.mood.readonly"}, crud = "getAll:Mood")
  @GET("api/manager/moods/mood")
  Call<Map<String, Mood>> getMoods();

  /**
   * {@code GET /api/manager/moods/state}, scopes homey.system.readonly.
   */
  @HomeyOperation(scopes = {"homey.system.readonly"})
  @GET("api/manager/moods/state")
  Call<JsonValue> getState();

  /**
   * {@code POST /api/manager/moods/mood/:id/set}, scopes homey.mood.set.
   */
  @HomeyOperation(scopes = {"homey.mood.set"})
  @POST("api/manager/moods/mood/{id}/set")
  Call<JsonValue> setMood(@Path("id") @Param(type = "string", required = true) String id);

  /**
   * {@code PUT /api/manager/moods/mood/:id}, scopes homey.mood.
   */
  @HomeyOperation(scopes = {"homey.mood"}, crud = "updateOne:Mood")
  @PUT("api/manager/moods/mood/{id}")
  Call<Mood> updateMood(
      @Path("id") @Param(type = "string", required = true) String id,
      @Body @Param(name = "mood", type = "object", required = true) Object mood);
}
