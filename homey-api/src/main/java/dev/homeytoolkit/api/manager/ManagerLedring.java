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
import retrofit2.http.PUT;

/**
 * {@code Homey.ledring}: the operations of ManagerLedring under {@code /api/manager/ledring}.
 *
 * <p>Generated once by {@code homey-api/tools/generate_managers.py}; maintained by hand since.
 */
@HomeyManager(name = "ManagerLedring", id = "ledring", jsName = "ledring")
public interface ManagerLedring {

  /**
   * {@code GET /api/manager/ledring/option/screensaver}, scopes homey.system.readonly.
   */
  @HomeyOperation(scopes = {"homey.system.readonly"})
  @GET("api/manager/ledring/option/screensaver")
  Call<JsonValue> getOptionScreensaver();

  /**
   * {@code GET /api/manager/ledring/screensaver}, no scope listed.
   */
  @HomeyOperation()
  @GET("api/manager/ledring/screensaver")
  Call<JsonValue> getScreensavers();

  /**
   * {@code GET /api/manager/ledring/state}, scopes homey.system.readonly.
   */
  @HomeyOperation(scopes = {"homey.system.readonly"})
  @GET("api/manager/ledring/state")
  Call<JsonValue> getState();

  /**
   * {@code PUT /api/manager/ledring/option/screensaver}, scopes homey.system.
   *
   * @param body the JSON body object, with the fields {@code value} (required)
   */
  @HomeyOperation(scopes = {"homey.system"})
  @BodyField(name = "value", type = "None", required = true)
  @PUT("api/manager/ledring/option/screensaver")
  Call<JsonValue> setOptionScreensaver(@Body Map<String, Object> body);

  /**
   * {@code DELETE /api/manager/ledring/option/screensaver}, scopes homey.system.
   */
  @HomeyOperation(scopes = {"homey.system"})
  @DELETE("api/manager/ledring/option/screensaver")
  Call<JsonValue> unsetOptionScreensaver();
}
