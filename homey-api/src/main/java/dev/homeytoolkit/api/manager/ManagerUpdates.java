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
 * {@code Homey.updates}: the operations of ManagerUpdates under {@code /api/manager/updates}.
 *
 * <p>Generated once by {@code homey-api/tools/generate_managers.py}; maintained by hand since.
 */
@HomeyManager(name = "ManagerUpdates", id = "updates", jsName = "updates")
public interface ManagerUpdates {

  /**
   * {@code DELETE /api/manager/updates/update}, no scope listed.
   */
  @HomeyOperation()
  @DELETE("api/manager/updates/update")
  Call<JsonValue> abortInstallUpdate();

  /**
   * {@code GET /api/manager/updates/option/autoupdate}, scopes homey.system.readonly.
   */
  @HomeyOperation(scopes = {"homey.system.readonly"})
  @GET("api/manager/updates/option/autoupdate")
  Call<JsonValue> getOptionAutoupdate();

  /**
   * {@code GET /api/manager/updates/option/channel}, scopes homey.system.readonly.
   */
  @HomeyOperation(scopes = {"homey.system.readonly"})
  @GET("api/manager/updates/option/channel")
  Call<JsonValue> getOptionChannel();

  /**
   * {@code GET /api/manager/updates/state}, scopes homey.system.readonly.
   */
  @HomeyOperation(scopes = {"homey.system.readonly"})
  @GET("api/manager/updates/state")
  Call<JsonValue> getState();

  /**
   * {@code GET /api/manager/updates/update}, scopes homey.updates.readonly.
   */
  @HomeyOperation(scopes = {"homey.updates.readonly"})
  @GET("api/manager/updates/update")
  Call<JsonValue> getUpdates();

  /**
   * {@code POST /api/manager/updates/update}, scopes homey.updates.
   *
   * @param body the JSON body object, with the fields {@code reboot}, {@code silent}
   */
  @HomeyOperation(scopes = {"homey.updates"})
  @BodyField(name = "reboot", type = "boolean")
  @BodyField(name = "silent", type = "boolean")
  @POST("api/manager/updates/update")
  Call<JsonValue> installUpdate(@Body Map<String, Object> body);

  /**
   * {@code PUT /api/manager/updates/option/autoupdate}, scopes homey.system.
   *
   * @param body the JSON body object, with the fields {@code value} (required)
   */
  @HomeyOperation(scopes = {"homey.system"})
  @BodyField(name = "value", type = "None", required = true)
  @PUT("api/manager/updates/option/autoupdate")
  Call<JsonValue> setOptionAutoupdate(@Body Map<String, Object> body);

  /**
   * {@code PUT /api/manager/updates/option/channel}, scopes homey.system.
   *
   * @param body the JSON body object, with the fields {@code value} (required)
   */
  @HomeyOperation(scopes = {"homey.system"})
  @BodyField(name = "value", type = "None", required = true)
  @PUT("api/manager/updates/option/channel")
  Call<JsonValue> setOptionChannel(@Body Map<String, Object> body);

  /**
   * {@code DELETE /api/manager/updates/option/autoupdate}, scopes homey.system.
   */
  @HomeyOperation(scopes = {"homey.system"})
  @DELETE("api/manager/updates/option/autoupdate")
  Call<JsonValue> unsetOptionAutoupdate();

  /**
   * {@code DELETE /api/manager/updates/option/channel}, scopes homey.system.
   */
  @HomeyOperation(scopes = {"homey.system"})
  @DELETE("api/manager/updates/option/channel")
  Call<JsonValue> unsetOptionChannel();
}
