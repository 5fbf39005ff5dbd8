package dev.homeytoolkit.api.manager;

import dev.homeytoolkit.api.JsonValue;
import dev.homeytoolkit.api.meta.HomeyManager;
import dev.homeytoolkit.api.meta.HomeyOperation;
import dev.homeytoolkit.api.meta.Param;
import dev.homeytoolkit.api.model.Alarm;
import java.util.Map;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.DELETE;
import retrofit2.http.GET;
import retrofit2.http.POST;
import retrofit2.http.PUT;
import retrofit2.http.Path;

/**
 * {@code Homey.alarms}: the operations of ManagerAlarms under {@code /api/manager/alarms}.
 *
 * <p>Generated once by {@code homey-api/tools/generate_managers.py}; maintained by hand since.
 */
@HomeyManager(name = "ManagerAlarms", id = "alarms", jsName = "alarms")
public interface ManagerAlarms {

  /**
   * {@code POST /api/manager/alarms/alarm}, scopes homey.alarm.
   */
  @HomeyOperation(scopes = {"homey.alarm"}, crud = "createOne:Alarm")
  @POST("api/manager/alarms/alarm")
  Call<Alarm> createAlarm(@Body @Param(name = "alarm", type = "object", required = true) Object alarm);

  /**
   * {@code DELETE /api/manager/alarms/alarm/:id}, scopes homey.alarm.
   */
  @HomeyOperation(scopes = {"homey.alarm"}, crud = "deleteOne:Alarm")
  @DELETE("api/manager/alarms/alarm/{id}")
  Call<JsonValue> deleteAlarm(@Path("id") @Param(type = "string", required = true) String id);

  /**
   * {@code GET /api/manager/alarms/alarm/:id}, scopes homey.alarm.readonly.
   */
  @HomeyOperation(scopes = {"homey.alarm.readonly"}, crud = "getOne:Alarm")
  @GET("api/manager/alarms/alarm/{id}")
  Call<Alarm> getAlarm(@Path("id") @Param(type = "string", required = true) String id);

  /**
   * {@code GET /api/manager/alarms/alarm}, scopes homey.alarm.readonly.
   */
  @HomeyOperation(scopes = {"homey.alarm.readonly"}, crud = "getAll:Alarm")
  @GET("api/manager/alarms/alarm")
  Call<Map<String, Alarm>> getAlarms();

  /**
   * {@code PUT /api/manager/alarms/alarm/:id}, scopes homey.alarm.
   */
  @HomeyOperation(scopes = {"homey.alarm"}, crud = "updateOne:Alarm")
  @PUT("api/manager/alarms/alarm/{id}")
  Call<Alarm> updateAlarm(
      @Path("id") @Param(type = "string", required = true) String id,
      @Body @Param(name = "alarm", type = "object", required = true) Object alarm);
}
