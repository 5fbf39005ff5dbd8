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
 * {@code Homey.coprocessor}: the operations of ManagerCoprocessor under {@code /api/manager/coprocessor}.
 *
 * <p>Generated once by {@code homey-api/tools/generate_managers.py}; maintained by hand since.
 */
@HomeyManager(name = "ManagerCoprocessor", id = "coprocessor", jsName = "coprocessor")
public interface ManagerCoprocessor {

  /**
   * {@code GET /api/manager/coprocessor/bridge}, scopes homey.system.readonly.
   */
  @HomeyOperation(scopes = {"homey.system.readonly"})
  @GET("api/manager/coprocessor/bridge")
  Call<JsonValue> getBridges();

  /**
   * {@code GET /api/manager/coprocessor/state}, scopes homey.system.readonly.
   */
  @HomeyOperation(scopes = {"homey.system.readonly"})
  @GET("api/manager/coprocessor/state")
  Call<JsonValue> getState();

  /**
   * {@code POST /api/manager/coprocessor/bridge}, scopes homey.system.
   *
   * @param body the JSON body object, with the fields {@code serialHash} (required)
   */
  @HomeyOperation(scopes = {"homey.system"})
  @BodyField(name = "serialHash", type = "string", required = true)
  @POST("api/manager/coprocessor/bridge")
  Call<JsonValue> pairBridge(@Body Map<String, Object> body);
}
