package dev.homeytoolkit.api.manager;

import dev.homeytoolkit.api.JsonValue;
import dev.homeytoolkit.api.meta.BodyField;
import dev.homeytoolkit.api.meta.HomeyManager;
import dev.homeytoolkit.api.meta.HomeyOperation;
import dev.homeytoolkit.api.meta.Param;
import java.util.Map;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.GET;
import retrofit2.http.PUT;
import retrofit2.http.Path;

/**
 * {@code Homey.presence}: the operations of ManagerPresence under {@code /api/manager/presence}.
 *
 * <p>Generated once by {@code homey-api/tools/generate_managers.py}; maintained by hand since.
 */
@HomeyManager(name = "ManagerPresence", id = "presence", jsName = "presence")
public interface ManagerPresence {

  /**
   * {@code GET /api/manager/presence/:id/asleep}, scopes homey.presence.readonly.
   */
  @HomeyOperation(scopes = {"homey.presence.readonly"})
  @GET("api/manager/presence/{id}/asleep")
  Call<JsonValue> getAsleep(@Path("id") @Param(type = "string", required = true) String id);

  /**
   * {@code GET /api/manager/presence/:id/present}, scopes homey.presence.readonly.
   */
  @HomeyOperation(scopes = {"homey.presence.readonly"})
  @GET("api/manager/presence/{id}/present")
  Call<JsonValue> getPresent(@Path("id") @Param(type = "string", required = true) String id);

  /**
   * {@code GET /api/manager/presence/state}, scopes homey.system.readonly.
   */
  @HomeyOperation(scopes = {"homey.system.readonly"})
  @GET("api/manager/presence/state")
  Call<JsonValue> getState();

  /**
   * {@code PUT /api/manager/presence/:id/asleep}, scopes homey.presence.
   *
   * @param body the JSON body object, with the fields {@code value}
   */
  @HomeyOperation(scopes = {"homey.presence"})
  @BodyField(name = "value", type = "boolean")
  @PUT("api/manager/presence/{id}/asleep")
  Call<JsonValue> setAsleep(
      @Path("id") @Param(type = "string", required = true) String id,
      @Body Map<String, Object> body);

  /**
   * {@code PUT /api/manager/presence/me/asleep}, scopes homey.presence.self.
   *
   * @param body the JSON body object, with the fields {@code opts}, {@code value}
   */
  @HomeyOperation(scopes = {"homey.presence.self"})
  @BodyField(name = "opts", type = "object")
  @BodyField(name = "value", type = "boolean")
  @PUT("api/manager/presence/me/asleep")
  Call<JsonValue> setAsleepMe(@Body Map<String, Object> body);

  /**
   * {@code PUT /api/manager/presence/:id/present}, scopes homey.presence.
   *
   * @param body the JSON body object, with the fields {@code value}
   */
  @HomeyOperation(scopes = {"homey.presence"})
  @BodyField(name = "value", type = "boolean")
  @PUT("api/manager/presence/{id}/present")
  Call<JsonValue> setPresent(
      @Path("id") @Param(type = "string", required = true) String id,
      @Body Map<String, Object> body);

  /**
   * {@code PUT /api/manager/presence/me/present}, scopes homey.presence.self.
   *
   * @param body the JSON body object, with the fields {@code opts}, {@code value}
   */
  @HomeyOperation(scopes = {"homey.presence.self"})
  @BodyField(name = "opts", type = "object")
  @BodyField(name = "value", type = "boolean")
  @PUT("api/manager/presence/me/present")
  Call<JsonValue> setPresentMe(@Body Map<String, Object> body);
}
