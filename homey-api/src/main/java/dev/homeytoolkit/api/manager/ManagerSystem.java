package dev.homeytoolkit.api.manager;

import dev.homeytoolkit.api.JsonValue;
import dev.homeytoolkit.api.meta.BodyField;
import dev.homeytoolkit.api.meta.HomeyManager;
import dev.homeytoolkit.api.meta.HomeyOperation;
import dev.homeytoolkit.api.meta.Param;
import dev.homeytoolkit.api.model.SystemInfo;
import java.util.Map;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.DELETE;
import retrofit2.http.GET;
import retrofit2.http.POST;
import retrofit2.http.PUT;
import retrofit2.http.Query;

/**
 * {@code Homey.system}: the operations of ManagerSystem under {@code /api/manager/system}.
 *
 * <p>Generated once by {@code homey-api/tools/generate_managers.py}; maintained by hand since.
 */
@HomeyManager(name = "ManagerSystem", id = "system", jsName = "system")
public interface ManagerSystem {

  /**
   * {@code POST /api/manager/system/disable-wifi}, scopes homey.system.
   */
  @HomeyOperation(scopes = {"homey.system"})
  @POST("api/manager/system/disable-wifi")
  Call<JsonValue> disableWifi();

  /**
   * {@code POST /api/manager/system/enable-wifi}, scopes homey.system.
   */
  @HomeyOperation(scopes = {"homey.system"})
  @POST("api/manager/system/enable-wifi")
  Call<JsonValue> enableWifi();

  /**
   * {@code GET /api/manager/system/}, scopes homey.system.readonly.
   */
  @HomeyOperation(scopes = {"homey.system.readonly"})
  @GET("api/manager/system/")
  Call<SystemInfo> getInfo();

  /**
   * {@code GET /api/manager/system/memory}, scopes homey.system.readonly.
   */
  @HomeyOperation(scopes = {"homey.system.readonly"})
  @GET("api/manager/system/memory")
  Call<JsonValue> getMemoryInfo();

  /**
   * {@code GET /api/manager/system/memory/total}, scopes homey.system.readonly.
   */
  @HomeyOperation(scopes = {"homey.system.readonly"})
  @GET("api/manager/system/memory/total")
  Call<JsonValue> getMemoryInfoTotal();

  /**
   * {@code GET /api/manager/system/option/forwardedPort}, scopes homey.system.readonly.
   */
  @HomeyOperation(scopes = {"homey.system.readonly"})
  @GET("api/manager/system/option/forwardedPort")
  Call<JsonValue> getOptionForwardedPort();

  /**
   * {@code GET /api/manager/system/state}, scopes homey.system.readonly.
   */
  @HomeyOperation(scopes = {"homey.system.readonly"})
  @GET("api/manager/system/state")
  Call<JsonValue> getState();

  /**
   * {@code GET /api/manager/system/storage}, scopes homey.system.readonly.
   */
  @HomeyOperation(scopes = {"homey.system.readonly"})
  @GET("api/manager/system/storage")
  Call<JsonValue> getStorageInfo();

  /**
   * {@code GET /api/manager/system/storage/total}, scopes homey.system.readonly.
   */
  @HomeyOperation(scopes = {"homey.system.readonly"})
  @GET("api/manager/system/storage/total")
  Call<JsonValue> getStorageInfoTotal();

  /**
   * {@code GET /api/manager/system/name}, scopes homey.system.readonly.
   */
  @HomeyOperation(scopes = {"homey.system.readonly"})
  @GET("api/manager/system/name")
  Call<JsonValue> getSystemName();

  /**
   * {@code GET /api/manager/system/ping}, no scope listed.
   */
  @HomeyOperation()
  @GET("api/manager/system/ping")
  Call<Boolean> ping(@Query("id") @Param(type = "string") String id);

  /**
   * {@code POST /api/manager/system/reboot}, scopes homey.system.
   */
  @HomeyOperation(scopes = {"homey.system"})
  @POST("api/manager/system/reboot")
  Call<JsonValue> reboot();

  /**
   * {@code POST /api/manager/system/reboot-ota}, scopes homey.system.
   */
  @HomeyOperation(scopes = {"homey.system"})
  @POST("api/manager/system/reboot-ota")
  Call<JsonValue> rebootOTA();

  /**
   * {@code POST /api/manager/system/journalctl}, scopes homey.system.readonly.
   *
   * @param body the JSON body object, with the fields {@code append}
   */
  @HomeyOperation(scopes = {"homey.system.readonly"})
  @BodyField(name = "append", type = "string")
  @POST("api/manager/system/journalctl")
  Call<JsonValue> sendLog(@Body Map<String, Object> body);

  /**
   * {@code PUT /api/manager/system/debug}, scopes homey.system.
   *
   * @param body the JSON body object, with the fields {@code namespace} (required)
   */
  @HomeyOperation(scopes = {"homey.system"})
  @BodyField(name = "namespace", type = "string", required = true)
  @PUT("api/manager/system/debug")
  Call<JsonValue> setDebug(@Body Map<String, Object> body);

  /**
   * {@code PUT /api/manager/system/option/forwardedPort}, scopes homey.system.
   *
   * @param body the JSON body object, with the fields {@code value} (required)
   */
  @HomeyOperation(scopes = {"homey.system"})
  @BodyField(name = "value", type = "None", required = true)
  @PUT("api/manager/system/option/forwardedPort")
  Call<JsonValue> setOptionForwardedPort(@Body Map<String, Object> body);

  /**
   * {@code PUT /api/manager/system/name}, scopes homey.system.
   *
   * @param body the JSON body object, with the fields {@code name} (required)
   */
  @HomeyOperation(scopes = {"homey.system"})
  @BodyField(name = "name", type = "string", required = true)
  @PUT("api/manager/system/name")
  Call<JsonValue> setSystemName(@Body Map<String, Object> body);

  /**
   * {@code DELETE /api/manager/system/option/forwardedPort}, scopes homey.system.
   */
  @HomeyOperation(scopes = {"homey.system"})
  @DELETE("api/manager/system/option/forwardedPort")
  Call<JsonValue> unsetOptionForwardedPort();
}
