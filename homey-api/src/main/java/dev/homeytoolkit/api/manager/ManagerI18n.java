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
 * {@code Homey.i18n}: the operations of ManagerI18n under {@code /api/manager/i18n}.
 *
 * <p>Generated once by {@code homey-api/tools/generate_managers.py}; maintained by hand since.
 */
@HomeyManager(name = "ManagerI18n", id = "i18n", jsName = "i18n")
public interface ManagerI18n {

  /**
   * {@code GET /api/manager/i18n/option/language}, scopes homey.system.readonly.
   */
  @HomeyOperation(scopes = {"homey.system.readonly"})
  @GET("api/manager/i18n/option/language")
  Call<JsonValue> getOptionLanguage();

  /**
   * {@code GET /api/manager/i18n/option/units}, scopes homey.system.readonly.
   */
  @HomeyOperation(scopes = {"homey.system.readonly"})
  @GET("api/manager/i18n/option/units")
  Call<JsonValue> getOptionUnits();

  /**
   * {@code GET /api/manager/i18n/state}, scopes homey.system.readonly.
   */
  @HomeyOperation(scopes = {"homey.system.readonly"})
  @GET("api/manager/i18n/state")
  Call<JsonValue> getState();

  /**
   * {@code PUT /api/manager/i18n/option/language}, scopes homey.system.
   *
   * @param body the JSON body object, with the fields {@code value} (required)
   */
  @HomeyOperation(scopes = {"homey.system"})
  @BodyField(name = "value", type = "None", required = true)
  @PUT("api/manager/i18n/option/language")
  Call<JsonValue> setOptionLanguage(@Body Map<String, Object> body);

  /**
   * {@code PUT /api/manager/i18n/option/units}, scopes homey.system.
   *
   * @param body the JSON body object, with the fields {@code value} (required)
   */
  @HomeyOperation(scopes = {"homey.system"})
  @BodyField(name = "value", type = "None", required = true)
  @PUT("api/manager/i18n/option/units")
  Call<JsonValue> setOptionUnits(@Body Map<String, Object> body);

  /**
   * {@code DELETE /api/manager/i18n/option/language}, scopes homey.system.
   */
  @HomeyOperation(scopes = {"homey.system"})
  @DELETE("api/manager/i18n/option/language")
  Call<JsonValue> unsetOptionLanguage();

  /**
   * {@code DELETE /api/manager/i18n/option/units}, scopes homey.system.
   */
  @HomeyOperation(scopes = {"homey.system"})
  @DELETE("api/manager/i18n/option/units")
  Call<JsonValue> unsetOptionUnits();
}
