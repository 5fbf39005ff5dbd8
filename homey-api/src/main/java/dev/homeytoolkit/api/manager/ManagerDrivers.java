package dev.homeytoolkit.api.manager;

import dev.homeytoolkit.api.JsonValue;
import dev.homeytoolkit.api.meta.BodyField;
import dev.homeytoolkit.api.meta.HomeyManager;
import dev.homeytoolkit.api.meta.HomeyOperation;
import dev.homeytoolkit.api.meta.Param;
import dev.homeytoolkit.api.model.Driver;
import java.util.Map;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.DELETE;
import retrofit2.http.GET;
import retrofit2.http.POST;
import retrofit2.http.Path;

/**
 * {@code Homey.drivers}: the operations of ManagerDrivers under {@code /api/manager/drivers}.
 *
 * <p>Generated once by {@code homey-api/tools/generate_managers.py}; maintained by hand since.
 */
@HomeyManager(name = "ManagerDrivers", id = "drivers", jsName = "drivers")
public interface ManagerDrivers {

  /**
   * {@code POST /api/manager/drivers/pairsession}, scopes homey.device.
   */
  @HomeyOperation(scopes = {"homey.device"}, crud = "createOne:PairSession")
  @POST("api/manager/drivers/pairsession")
  Call<JsonValue> createPairSession(
      @Body @Param(name = "pairsession", type = "object", required = true) Object pairsession);

  /**
   * {@code POST /api/manager/drivers/pairsession/:id/device}, scopes homey.device.
   */
  @HomeyOperation(scopes = {"homey.device"})
  @POST("api/manager/drivers/pairsession/{id}/device")
  Call<JsonValue> createPairSessionDevice(
      @Path("id") @Param(type = "string", required = true) String id,
      @Body @Param(name = "device", type = "object", required = true) Object device);

  /**
   * {@code DELETE /api/manager/drivers/pairsession/:id}, scopes homey.device.
   */
  @HomeyOperation(scopes = {"homey.device"}, crud = "deleteOne:PairSession")
  @DELETE("api/manager/drivers/pairsession/{id}")
  Call<JsonValue> deletePairSession(@Path("id") @Param(type = "string", required = true) String id);

  /**
   * {@code DELETE /api/manager/drivers/pairsession/:id/device}, scopes homey.device.
   */
  @HomeyOperation(scopes = {"homey.device"})
  @DELETE("api/manager/drivers/pairsession/{id}/device")
  Call<JsonValue> deletePairSessionDevice(@Path("id") @Param(type = "string", required = true) String id);

  /**
   * {@code POST /api/manager/drivers/pairsession/:id/callback}, scopes homey.device.
   *
   * @param body the JSON body object, with the fields {@code callbackId} (required), {@code data}
   */
  @HomeyOperation(scopes = {"homey.device"})
  @BodyField(name = "callbackId", type = "string", required = true)
  @BodyField(name = "data", type = "None")
  @POST("api/manager/drivers/pairsession/{id}/callback")
  Call<JsonValue> emitPairingCallback(
      @Path("id") @Param(type = "string", required = true) String id,
      @Body Map<String, Object> body);

  /**
   * {@code POST /api/manager/drivers/pairsession/:id/emit}, scopes homey.device.
   *
   * @param body the JSON body object, with the fields {@code data}, {@code event} (required)
   */
  @HomeyOperation(scopes = {"homey.device"})
  @BodyField(name = "data", type = "None")
  @BodyField(name = "event", type = "string", required = true)
  @POST("api/manager/drivers/pairsession/{id}/emit")
  Call<JsonValue> emitPairingEvent(
      @Path("id") @Param(type = "string", required = true) String id,
      @Body Map<String, Object> body);

  /**
   * {@code POST /api/manager/drivers/pairsession/:id/heartbeat}, scopes homey.device.
   */
  @HomeyOperation(scopes = {"homey.device"})
  @POST("api/manager/drivers/pairsession/{id}/heartbeat")
  Call<JsonValue> emitPairingHeartbeat(@Path("id") @Param(type = "string", required = true) String id);

  /**
   * {@code GET /api/manager/drivers/driver/:id}, scopes homey.device.readonly.
   */
  @HomeyOperation(scopes = {"homey.device.readonly"}, crud = "getOne:Driver")
  @GET("api/manager/drivers/driver/{id}")
  Call<Driver> getDriver(@Path("id") @Param(type = "string", required = true) String id);

  /**
   * {@code GET /api/manager/drivers/driver}, scopes homey.device.readonly.
   */
  @HomeyOperation(scopes = {"homey.device.readonly"}, crud = "getAll:Driver")
  @GET("api/manager/drivers/driver")
  Call<Map<String, Driver>> getDrivers();

  /**
   * {@code GET /api/manager/drivers/pairsession/:id}, scopes homey.device.
   */
  @HomeyOperation(scopes = {"homey.device"}, crud = "getOne:PairSession")
  @GET("api/manager/drivers/pairsession/{id}")
  Call<JsonValue> getPairSession(@Path("id") @Param(type = "string", required = true) String id);

  /**
   * {@code GET /api/manager/drivers/state}, scopes homey.system.readonly.
   */
  @HomeyOperation(scopes = {"homey.system.readonly"})
  @GET("api/manager/drivers/state")
  Call<JsonValue> getState();
}
