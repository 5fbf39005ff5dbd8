package dev.homeytoolkit.api.manager;

import dev.homeytoolkit.api.JsonValue;
import dev.homeytoolkit.api.meta.HomeyManager;
import dev.homeytoolkit.api.meta.HomeyOperation;
import retrofit2.Call;
import retrofit2.http.GET;

/**
 * {@code Homey.api}: the operations of ManagerApi under {@code /api/manager/api}.
 *
 * <p>Generated once by {@code homey-api/tools/generate_managers.py}; maintained by hand since.
 */
@HomeyManager(name = "ManagerApi", id = "api", jsName = "api")
public interface ManagerApi {

  /**
   * {@code GET /api/manager/api/state}, scopes homey.system.readonly.
   */
  @HomeyOperation(scopes = {"homey.system.readonly"})
  @GET("api/manager/api/state")
  Call<JsonValue> getState();
}
