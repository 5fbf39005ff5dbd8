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
 * {@code Homey.geolocation}: the operations of ManagerGeolocation under {@code /api/manager/geolocation}.
 *
 * <p>Generated once by {@code homey-api/tools/generate_managers.py}; maintained by hand since.
 */
@HomeyManager(name = "ManagerGeolocation", id = "geolocation", jsName = "geolocation")
public interface ManagerGeolocation {

  /**
   * {@code GET /api/manager/geolocation/option/address}, scopes homey.geolocation.readonly.
   */
  @HomeyOperation(scopes = {"homey.geolocation.readonly"})
  @GET("api/manager/geolocation/option/address")
  Call<JsonValue> getOptionAddress();

  /**
   * {@code GET /api/manager/geolocation/option/location}, scopes homey.geolocation.readonly.
   */
  @HomeyOperation(scopes = {"homey.geolocation.readonly"})
  @GET("api/manager/geolocation/option/location")
  Call<JsonValue> getOptionLocation();

  /**
   * {@code GET /api/manager/geolocation/state}, scopes homey.system.readonly.
   */
  @HomeyOperation(scopes = {"homey.system.readonly"})
  @GET("api/manager/geolocation/state")
  Call<JsonValue> getState();

  /**
   * {@code PUT /api/manager/geolocation/option/address}, scopes homey.geolocation.
   *
   * @param body the JSON body object, with the fields {@code value} (required)
   */
  @HomeyOperation(scopes = {"homey.geolocation"})
  @BodyField(name = "value", type = "None", required = true)
  @PUT("api/manager/geolocation/option/address")
  Call<JsonValue> setOptionAddress(@Body Map<String, Object> body);

  /**
   * {@code PUT /api/manager/geolocation/option/location}, scopes homey.geolocation.
   *
   * @param body the JSON body object, with the fields {@code value} (required)
   */
  @HomeyOperation(scopes = {"homey.geolocation"})
  @BodyField(name = "value", type = "None", required = true)
  @PUT("api/manager/geolocation/option/location")
  Call<JsonValue> setOptionLocation(@Body Map<String, Object> body);

  /**
   * {@code DELETE /api/manager/geolocation/option/address}, scopes homey.geolocation.
   */
  @HomeyOperation(scopes = {"homey.geolocation"})
  @DELETE("api/manager/geolocation/option/address")
  Call<JsonValue> unsetOptionAddress();

  /**
   * {@code DELETE /api/manager/geolocation/option/location}, scopes homey.geolocation.
   */
  @HomeyOperation(scopes = {"homey.geolocation"})
  @DELETE("api/manager/geolocation/option/location")
  Call<JsonValue> unsetOptionLocation();
}
