package dev.homeytoolkit.api.manager;

import dev.homeytoolkit.api.JsonValue;
import dev.homeytoolkit.api.meta.HomeyManager;
import dev.homeytoolkit.api.meta.HomeyOperation;
import retrofit2.Call;
import retrofit2.http.GET;

/**
 * {@code Homey.weather}: the operations of ManagerWeather under {@code /api/manager/weather}.
 *
 * <p>Generated once by {@code homey-api/tools/generate_managers.py}; maintained by hand since.
 */
@HomeyManager(name = "ManagerWeather", id = "weather", jsName = "weather")
public interface ManagerWeather {

  /**
   * {@code GET /api/manager/weather/state}, scopes homey.system.readonly.
   */
  @HomeyOperation(scopes = {"homey.system.readonly"})
  @GET("api/manager/weather/state")
  Call<JsonValue> getState();

  /**
   * {@code GET /api/manager/weather/weather}, scopes homey.geolocation.readonly.
   */
  @HomeyOperation(scopes = {"homey.geolocation.readonly"})
  @GET("api/manager/weather/weather")
  Call<JsonValue> getWeather();

  /**
   * {@code GET /api/manager/weather/forecast/hourly}, scopes homey.geolocation.readonly.
   */
  @HomeyOperation(scopes = {"homey.geolocation.readonly"})
  @GET("api/manager/weather/forecast/hourly")
  Call<JsonValue> getWeatherHourly();
}
