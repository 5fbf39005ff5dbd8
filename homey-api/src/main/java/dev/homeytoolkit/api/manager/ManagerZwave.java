package dev.homeytoolkit.api.manager;

import dev.homeytoolkit.api.JsonValue;
import dev.homeytoolkit.api.meta.BodyField;
import dev.homeytoolkit.api.meta.HomeyManager;
import dev.homeytoolkit.api.meta.HomeyOperation;
import java.util.Map;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.DELETE;
import retrofit2.http.GET;
import retrofit2.http.POST;
import retrofit2.http.PUT;

/**
 * {@code Homey.zwave}: the operations of ManagerZwave under {@code /api/manager/zwave}.
 *
 * <p>Generated once by {@code homey-api/tools/generate_managers.py}; maintained by hand since.
 */
@HomeyManager(name = "ManagerZwave", id = "zwave", jsName = "zwave")
public interface ManagerZwave {

  /**
   * {@code GET /api/manager/zwave/log}, scopes homey.system.
   */
  @HomeyOperation(scopes = {"homey.system"})
  @GET("api/manager/zwave/log")
  Call<JsonValue> getLog();

  /**
   * {@code GET /api/manager/zwave/option/regionOverride}, scopes homey.system.readonly.
   */
  @HomeyOperation(scopes = {"homey.system.readonly"})
  @GET("api/manager/zwave/option/regionOverride")
  Call<JsonValue> getOptionRegionOverride();

  /**
   * {@code GET /api/manager/zwave/state}, scopes homey.system.readonly.
   */
  @HomeyOperation(scopes = {"homey.system.readonly"})
  @GET("api/manager/zwave/state")
  Call<JsonValue> getState();

  /**
   * {@code POST /api/manager/zwave/command}, scopes homey.system.
   *
   * @param body the JSON body object, with the fields {@code command} (required), {@code opts}
   */
  @HomeyOperation(scopes = {"homey.system"})
  @BodyField(name = "command", type = "string", required = true)
  @BodyField(name = "opts", type = "object")
  @POST("api/manager/zwave/command")
  Call<JsonValue> runCommand(@Body Map<String, Object> body);

  /**
   * {@code PUT /api/manager/zwave/log}, scopes homey.system.
   *
   * @param body the JSON body object, with the fields {@code enabled} (required)
   */
  @HomeyOperation(scopes = {"homey.system"})
  @BodyField(name = "enabled", type = "boolean", required = true)
  @PUT("api/manager/zwave/log")
  Call<JsonValue> setLogEnabled(@Body Map<String, Object> body);

  /**
   * {@code PUT /api/manager/zwave/option/regionOverride}, scopes homey.system.
   *
   * @param body the JSON body object, with the fields {@code value} (required)
   */
  @HomeyOperation(scopes = {"homey.system"})
  @BodyField(name = "value", type = "None", required = true)
  @PUT("api/manager/zwave/option/regionOverride")
  Call<JsonValue> setOptionRegionOverride(@Body Map<String, Object> body);

  /**
   * {@code DELETE /api/manager/zwave/option/regionOverride}, scopes homey.system.
   */
  @HomeyOperation(scopes = {"homey.system"})
  @DELETE("api/manager/zwave/option/regionOverride")
  Call<JsonValue> unsetOptionRegionOverride();
}
