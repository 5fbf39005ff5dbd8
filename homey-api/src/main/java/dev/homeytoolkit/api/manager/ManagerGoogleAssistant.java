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
 * {@code Homey.googleAssistant}: the operations of ManagerGoogleAssistant under {@code /api/manager/google-assistant}.
 *
 * <p>Generated once by {@code homey-api/tools/generate_managers.py}; maintained by hand since.
 */
@HomeyManager(name = "ManagerGoogleAssistant", id = "google-assistant", jsName = "googleAssistant")
public interface ManagerGoogleAssistant {

  /**
   * {@code GET /api/manager/google-assistant/option/enabled}, scopes homey.system.
   */
  @HomeyOperation(scopes = {"homey.system"})
  @GET("api/manager/google-assistant/option/enabled")
  Call<JsonValue> getOptionEnabled();

  /**
   * {@code GET /api/manager/google-assistant/option/pinCode}, scopes homey.system.
   */
  @HomeyOperation(scopes = {"homey.system"})
  @GET("api/manager/google-assistant/option/pinCode")
  Call<JsonValue> getOptionPinCode();

  /**
   * {@code GET /api/manager/google-assistant/state}, scopes homey.system.readonly.
   */
  @HomeyOperation(scopes = {"homey.system.readonly"})
  @GET("api/manager/google-assistant/state")
  Call<JsonValue> getState();

  /**
   * {@code PUT /api/manager/google-assistant/option/enabled}, scopes homey.system.
   *
   * @param body the JSON body object, with the fields {@code value} (required)
   */
  @HomeyOperation(scopes = {"homey.system"})
  @BodyField(name = "value", type = "None", required = true)
  @PUT("api/manager/google-assistant/option/enabled")
  Call<JsonValue> setOptionEnabled(@Body Map<String, Object> body);

  /**
   * {@code PUT /api/manager/google-assistant/option/pinCode}, scopes homey.system.
   *
   * @param body the JSON body object, with the fields {@code value} (required)
   */
  @HomeyOperation(scopes = {"homey.system"})
  @BodyField(name = "value", type = "None", required = true)
  @PUT("api/manager/google-assistant/option/pinCode")
  Call<JsonValue> setOptionPinCode(@Body Map<String, Object> body);

  /**
   * {@code POST /api/manager/google-assistant/sync}, scopes homey.system.
   */
  @HomeyOperation(scopes = {"homey.system"})
  @POST("api/manager/google-assistant/sync")
  Call<JsonValue> sync();

  /**
   * {@code DELETE /api/manager/google-assistant/option/enabled}, scopes homey.system.
   */
  @HomeyOperation(scopes = {"homey.system"})
  @DELETE("api/manager/google-assistant/option/enabled")
  Call<JsonValue> unsetOptionEnabled();

  /**
   * {@code DELETE /api/manager/google-assistant/option/pinCode}, scopes homey.system.
   */
  @HomeyOperation(scopes = {"homey.system"})
  @DELETE("api/manager/google-assistant/option/pinCode")
  Call<JsonValue> unsetOptionPinCode();
}
