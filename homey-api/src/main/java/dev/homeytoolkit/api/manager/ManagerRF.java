package dev.homeytoolkit.api.manager;

import dev.homeytoolkit.api.JsonValue;
import dev.homeytoolkit.api.meta.BodyField;
import dev.homeytoolkit.api.meta.HomeyManager;
import dev.homeytoolkit.api.meta.HomeyOperation;
import dev.homeytoolkit.api.meta.Param;
import java.util.Map;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.GET;
import retrofit2.http.POST;
import retrofit2.http.Path;

/**
 * {@code Homey.rf}: the operations of ManagerRF under {@code /api/manager/rf}.
 *
 * <p>Generated once by {@code homey-api/tools/generate_managers.py}; maintained by hand since.
 */
@HomeyManager(name = "ManagerRF", id = "rf", jsName = "rf")
public interface ManagerRF {

  /**
   * {@code POST /api/manager/rf/:frequency/emulate}, scopes homey.system.
   */
  @HomeyOperation(scopes = {"homey.system"})
  @POST("api/manager/rf/{frequency}/emulate")
  Call<JsonValue> emulate(
      @Path("frequency") @Param(type = "string", required = true) String frequency,
      @Body @Param(name = "data", type = "array", required = true) Object data);

  /**
   * {@code GET /api/manager/rf/state}, scopes homey.system.readonly.
   */
  @HomeyOperation(scopes = {"homey.system.readonly"})
  @GET("api/manager/rf/state")
  Call<JsonValue> getState();

  /**
   * {@code POST /api/manager/rf/record}, scopes homey.system.
   *
   * @param body the JSON body object, with the fields {@code frequency}, {@code timeout}
   */
  @HomeyOperation(scopes = {"homey.system"})
  @BodyField(name = "frequency", type = "string")
  @BodyField(name = "timeout", type = "number")
  @POST("api/manager/rf/record")
  Call<JsonValue> record(@Body Map<String, Object> body);

  /**
   * {@code POST /api/manager/rf/replay}, scopes homey.system.
   *
   * @param body the JSON body object, with the fields {@code data} (required), {@code frequency} (required)
   */
  @HomeyOperation(scopes = {"homey.system"})
  @BodyField(name = "data", type = "array", required = true)
  @BodyField(name = "frequency", type = "string", required = true)
  @POST("api/manager/rf/replay")
  Call<JsonValue> replay(@Body Map<String, Object> body);

  /**
   * {@code POST /api/manager/rf/mhz433/config}, scopes homey.system.
   *
   * @param body the JSON body object, with the fields {@code baudrate}, {@code carrier}, {@code channelSpacing}, {@code deviation}, {@code filterBandwidth}, {@code modulation}, {@code power}
   */
  @HomeyOperation(scopes = {"homey.system"})
  @BodyField(name = "baudrate", type = "number")
  @BodyField(name = "carrier", type = "number")
  @BodyField(name = "channelSpacing", type = "number")
  @BodyField(name = "deviation", type = "number")
  @BodyField(name = "filterBandwidth", type = "number")
  @BodyField(name = "modulation", type = "string")
  @BodyField(name = "power", type = "number")
  @POST("api/manager/rf/mhz433/config")
  Call<JsonValue> set433MHzConfig(@Body Map<String, Object> body);

  /**
   * {@code POST /api/manager/rf/ir/prontohex}, scopes homey.system.
   *
   * @param body the JSON body object, with the fields {@code payload} (required), {@code repetitions}
   */
  @HomeyOperation(scopes = {"homey.system"})
  @BodyField(name = "payload", type = "string", required = true)
  @BodyField(name = "repetitions", type = "number")
  @POST("api/manager/rf/ir/prontohex")
  Call<JsonValue> txInfraredProntohex(@Body Map<String, Object> body);
}
