package dev.homeytoolkit.api.manager;

import dev.homeytoolkit.api.JsonValue;
import dev.homeytoolkit.api.meta.BodyField;
import dev.homeytoolkit.api.meta.HomeyManager;
import dev.homeytoolkit.api.meta.HomeyOperation;
import java.util.Map;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.GET;
import retrofit2.http.POST;

/**
 * {@code Homey.ble}: the operations of ManagerBLE under {@code /api/manager/ble}.
 *
 * <p>Generated once by {@code homey-api/tools/generate_managers.py}; maintained by hand since.
 */
@HomeyManager(name = "ManagerBLE", id = "ble", jsName = "ble")
public interface ManagerBLE {

  /**
   * {@code GET /api/manager/ble/state}, scopes homey.system.readonly.
   */
  @HomeyOperation(scopes = {"homey.system.readonly"})
  @GET("api/manager/ble/state")
  Call<JsonValue> getState();

  /**
   * {@code POST /api/manager/ble/command}, scopes homey.system.
   *
   * @param body the JSON body object, with the fields {@code command} (required), {@code opts}
   */
  @HomeyOperation(scopes = {"homey.system"})
  @BodyField(name = "command", type = "string", required = true)
  @BodyField(name = "opts", type = "object")
  @POST("api/manager/ble/command")
  Call<JsonValue> runCommand(@Body Map<String, Object> body);
}
