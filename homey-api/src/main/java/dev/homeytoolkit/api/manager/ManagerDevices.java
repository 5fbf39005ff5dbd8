package dev.homeytoolkit.api.manager;

import dev.homeytoolkit.api.JsonValue;
import dev.homeytoolkit.api.meta.BodyField;
import dev.homeytoolkit.api.meta.HomeyManager;
import dev.homeytoolkit.api.meta.HomeyOperation;
import dev.homeytoolkit.api.meta.Param;
import dev.homeytoolkit.api.model.Device;
import java.util.Map;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.DELETE;
import retrofit2.http.GET;
import retrofit2.http.POST;
import retrofit2.http.PUT;
import retrofit2.http.Path;

/**
 * {@code Homey.devices}: the operations of ManagerDevices under {@code /api/manager/devices}.
 *
 * <p>Generated once by {@code homey-api/tools/generate_managers.py}; maintained by hand since.
 */
@HomeyManager(name = "ManagerDevices", id = "devices", jsName = "devices")
public interface ManagerDevices {

  /**
   * {@code POST /api/manager/devices/group}, scopes homey.device.
   */
  @HomeyOperation(scopes = {"homey.device"})
  @POST("api/manager/devices/group")
  Call<JsonValue> createGroup(@Body @Param(name = "group", type = "object", required = true) Object group);

  /**
   * {@code DELETE /api/manager/devices/device/:id}, scopes homey.device.
   */
  @HomeyOperation(scopes = {"homey.device"}, crud = "deleteOne:Device")
  @DELETE("api/manager/devices/device/{id}")
  Call<JsonValue> deleteDevice(@Path("id") @Param(type = "string", required = true) String id);

  /**
   * {@code DELETE /api/manager/devices/group/:groupId/device/:deviceId}, scopes homey.device.
   */
  @HomeyOperation(scopes = {"homey.device"})
  @DELETE("api/manager/devices/group/{groupId}/device/{deviceId}")
  Call<JsonValue> deleteDeviceFromGroup(
      @Path("groupId") @Param(type = "string", required = true) String groupId,
      @Path("deviceId") @Param(type = "string", required = true) String deviceId);

  /**
   * {@code GET /api/manager/devices/device/:deviceId/capability/:capabilityId}, scopes homey.device.readonly.
   */
  @HomeyOperation(scopes = {"homey.device.readonly"})
  @GET("api/manager/devices/device/{deviceId}/capability/{capabilityId}")
  Call<JsonValue> getCapabilityValue(
      @Path("deviceId") @Param(type = "string", required = true) String deviceId,
      @Path("capabilityId") @Param(type = "string", required = true) String capabilityId);

  /**
   * {@code GET /api/manager/devices/device/:id}, scopes homey.device.readonly.
   */
  @HomeyOperation(scopes = {"homey.device.readonly"}, crud = "getOne:Device")
  @GET("api/manager/devices/device/{id}")
  Call<Device> getDevice(@Path("id") @Param(type = "string", required = true) String id);

  /**
   * {@code GET /api/manager/devices/device/:id/settings_obj}, scopes homey.device.readonly.
   */
  @HomeyOperation(scopes = {"homey.device.readonly"})
  @GET("api/manager/devices/device/{id}/settings_obj")
  Call<JsonValue> getDeviceSettingsObj(@Path("id") @Param(type = "string", required = true) String id);

  /**
   * {@code GET /api/manager/devices/device}, scopes homey.device.readonly.
   */
  @HomeyOperation(scopes = {"homey.device.readonly"}, crud = "getAll:Device")
  @GET("api/manager/devices/device")
  Call<Map<String, Device>> getDevices();

  /**
   * {@code GET /api/manager/devices/state}, scopes homey.system.readonly.
   */
  @HomeyOperation(scopes = {"homey.system.readonly"})
  @GET("api/manager/devices/state")
  Call<JsonValue> getState();

  /**
   * {@code PUT /api/manager/devices/device/:deviceId/capability/:capabilityId}, scopes homey.device.control.
   *
   * @param body the JSON body object, with the fields {@code opts}, {@code transactionId}, {@code value} (required)
   */
  @HomeyOperation(scopes = {"homey.device.control"})
  @BodyField(name = "opts", type = "object")
  @BodyField(name = "transactionId", type = "string")
  @BodyField(name = "value", type = "string|number|boolean", required = true)
  @PUT("api/manager/devices/device/{deviceId}/capability/{capabilityId}")
  Call<JsonValue> setCapabilityValue(
      @Path("deviceId") @Param(type = "string", required = true) String deviceId,
      @Path("capabilityId") @Param(type = "string", required = true) String capabilityId,
      @Body Map<String, Object> body);

  /**
   * {@code PUT /api/manager/devices/device/:id/settings}, scopes homey.device.
   */
  @HomeyOperation(scopes = {"homey.device"})
  @PUT("api/manager/devices/device/{id}/settings")
  Call<JsonValue> setDeviceSettings(
      @Path("id") @Param(type = "string", required = true) String id,
      @Body @Param(name = "settings", type = "object", required = true) Object settings);

  /**
   * {@code PUT /api/manager/devices/device/:id}, scopes homey.device.
   */
  @HomeyOperation(scopes = {"homey.device"}, crud = "updateOne:Device")
  @PUT("api/manager/devices/device/{id}")
  Call<Device> updateDevice(
      @Path("id") @Param(type = "string", required = true) String id,
      @Body @Param(name = "device", type = "object", required = true) Object device);

  /**
   * {@code PUT /api/manager/devices/group/:id}, scopes homey.device.
   */
  @HomeyOperation(scopes = {"homey.device"})
  @PUT("api/manager/devices/group/{id}")
  Call<JsonValue> updateGroup(
      @Path("id") @Param(type = "string", required = true) String id,
      @Body @Param(name = "group", type = "object", required = true) Object group);
}
