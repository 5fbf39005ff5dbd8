package dev.homeytoolkit.api.manager;

import dev.homeytoolkit.api.JsonValue;
import dev.homeytoolkit.api.meta.BodyField;
import dev.homeytoolkit.api.meta.HomeyManager;
import dev.homeytoolkit.api.meta.HomeyOperation;
import dev.homeytoolkit.api.meta.Param;
import java.util.Map;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.DELETE;
import retrofit2.http.GET;
import retrofit2.http.POST;
import retrofit2.http.PUT;
import retrofit2.http.Path;
import retrofit2.http.Query;

/**
 * {@code Homey.matter}: the operations of ManagerMatter under {@code /api/manager/matter}.
 *
 * <p>Generated once by {@code homey-api/tools/generate_managers.py}; maintained by hand since.
 */
@HomeyManager(name = "ManagerMatter", id = "matter", jsName = "matter")
public interface ManagerMatter {

  /**
   * {@code POST /api/manager/matter/delete-fabric}, scopes homey.system.
   *
   * @param body the JSON body object, with the fields {@code deviceId} (required), {@code fabricIndex} (required)
   */
  @HomeyOperation(scopes = {"homey.system"})
  @BodyField(name = "deviceId", type = "string", required = true)
  @BodyField(name = "fabricIndex", type = "number", required = true)
  @POST("api/manager/matter/delete-fabric")
  Call<JsonValue> deleteFabric(@Body Map<String, Object> body);

  /**
   * {@code DELETE /api/manager/matter/node/:id}, scopes homey.system.
   */
  @HomeyOperation(scopes = {"homey.system"}, crud = "deleteOne:MatterNode")
  @DELETE("api/manager/matter/node/{id}")
  Call<JsonValue> deleteMatterNode(@Path("id") @Param(type = "string", required = true) String id);

  /**
   * {@code DELETE /api/manager/matter/node/:id/fabric/:fabricIndex}, scopes homey.system.
   */
  @HomeyOperation(scopes = {"homey.system"})
  @DELETE("api/manager/matter/node/{id}/fabric/{fabricIndex}")
  Call<JsonValue> deleteNodeFabric(
      @Path("id") @Param(type = "string", required = true) String id,
      @Path("fabricIndex") @Param(type = "number", required = true) Number fabricIndex);

  /**
   * {@code POST /api/manager/matter/node/:id/force-update}, scopes homey.system.
   */
  @HomeyOperation(scopes = {"homey.system"})
  @POST("api/manager/matter/node/{id}/force-update")
  Call<JsonValue> forceNodeUpdate(@Path("id") @Param(type = "string", required = true) String id);

  /**
   * {@code GET /api/manager/matter/fabrics}, scopes homey.system.readonly.
   */
  @HomeyOperation(scopes = {"homey.system.readonly"})
  @GET("api/manager/matter/fabrics")
  Call<JsonValue> getFabrics(@Query("deviceId") @Param(type = "string", required = true) String deviceId);

  /**
   * {@code GET /api/manager/matter/node/:id}, scopes homey.system.readonly.
   */
  @HomeyOperation(scopes = {"homey.system.readonly"}, crud = "getOne:MatterNode")
  @GET("api/manager/matter/node/{id}")
  Call<JsonValue> getMatterNode(@Path("id") @Param(type = "string", required = true) String id);

  /**
   * {@code GET /api/manager/matter/nodes}, scopes homey.system.readonly.
   */
  @HomeyOperation(scopes = {"homey.system.readonly"}, crud = "getAll:MatterNode")
  @GET("api/manager/matter/nodes")
  Call<JsonValue> getMatterNodes();

  /**
   * {@code GET /api/manager/matter/node/:id/attributes}, scopes homey.system.readonly.
   */
  @HomeyOperation(scopes = {"homey.system.readonly"})
  @GET("api/manager/matter/node/{id}/attributes")
  Call<JsonValue> getNodeAttributes(@Path("id") @Param(type = "string", required = true) String id);

  /**
   * {@code GET /api/manager/matter/node/:id/firmware-update}, scopes homey.system.readonly.
   */
  @HomeyOperation(scopes = {"homey.system.readonly"})
  @GET("api/manager/matter/node/{id}/firmware-update")
  Call<JsonValue> getNodeAvailableFirmwareUpdate(@Path("id") @Param(type = "string", required = true) String id);

  /**
   * {@code GET /api/manager/matter/node/:id/fabrics}, scopes homey.system.readonly.
   */
  @HomeyOperation(scopes = {"homey.system.readonly"})
  @GET("api/manager/matter/node/{id}/fabrics")
  Call<JsonValue> getNodeFabrics(@Path("id") @Param(type = "string", required = true) String id);

  /**
   * {@code GET /api/manager/matter/option/paaSettings}, scopes homey.system.
   */
  @HomeyOperation(scopes = {"homey.system"})
  @GET("api/manager/matter/option/paaSettings")
  Call<JsonValue> getOptionPaaSettings();

  /**
   * {@code GET /api/manager/matter/state}, scopes homey.system.readonly.
   */
  @HomeyOperation(scopes = {"homey.system.readonly"})
  @GET("api/manager/matter/state")
  Call<JsonValue> getState();

  /**
   * {@code POST /api/manager/matter/node/:id/firmware-update}, scopes homey.system.readonly.
   *
   * @param body the JSON body object, with the fields {@code softwareVersion} (required)
   */
  @HomeyOperation(scopes = {"homey.system.readonly"})
  @BodyField(name = "softwareVersion", type = "number", required = true)
  @POST("api/manager/matter/node/{id}/firmware-update")
  Call<JsonValue> installNodeAvailableFirmwareUpdate(
      @Path("id") @Param(type = "string", required = true) String id,
      @Body Map<String, Object> body);

  /**
   * {@code POST /api/manager/matter/node/:id/diagnostic-report}, scopes homey.system.readonly.
   */
  @HomeyOperation(scopes = {"homey.system.readonly"})
  @POST("api/manager/matter/node/{id}/diagnostic-report")
  Call<JsonValue> nodeDiagnosticReport(@Path("id") @Param(type = "string", required = true) String id);

  /**
   * {@code GET /api/manager/matter/node/:id/thread-network}, scopes homey.system.readonly.
   */
  @HomeyOperation(scopes = {"homey.system.readonly"})
  @GET("api/manager/matter/node/{id}/thread-network")
  Call<JsonValue> nodeThreadNetworkInformation(@Path("id") @Param(type = "string", required = true) String id);

  /**
   * {@code GET /api/manager/matter/node/:id/wifi-network}, scopes homey.system.readonly.
   */
  @HomeyOperation(scopes = {"homey.system.readonly"})
  @GET("api/manager/matter/node/{id}/wifi-network")
  Call<JsonValue> nodeWiFiNetworkInformation(@Path("id") @Param(type = "string", required = true) String id);

  /**
   * {@code POST /api/manager/matter/node/:id/ping}, scopes homey.system.
   */
  @HomeyOperation(scopes = {"homey.system"})
  @POST("api/manager/matter/node/{id}/ping")
  Call<JsonValue> pingNode(@Path("id") @Param(type = "string", required = true) String id);

  /**
   * {@code POST /api/manager/matter/node/:id/resolve-address}, scopes homey.system.readonly.
   */
  @HomeyOperation(scopes = {"homey.system.readonly"})
  @POST("api/manager/matter/node/{id}/resolve-address")
  Call<JsonValue> resolveNodeAddress(@Path("id") @Param(type = "string", required = true) String id);

  /**
   * {@code PUT /api/manager/matter/option/paaSettings}, scopes homey.system.
   *
   * @param body the JSON body object, with the fields {@code value} (required)
   */
  @HomeyOperation(scopes = {"homey.system"})
  @BodyField(name = "value", type = "None", required = true)
  @PUT("api/manager/matter/option/paaSettings")
  Call<JsonValue> setOptionPaaSettings(@Body Map<String, Object> body);

  /**
   * {@code DELETE /api/manager/matter/option/paaSettings}, scopes homey.system.
   */
  @HomeyOperation(scopes = {"homey.system"})
  @DELETE("api/manager/matter/option/paaSettings")
  Call<JsonValue> unsetOptionPaaSettings();
}
