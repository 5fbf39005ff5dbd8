package dev.homeytoolkit.api.manager;

import dev.homeytoolkit.api.JsonValue;
import dev.homeytoolkit.api.meta.HomeyManager;
import dev.homeytoolkit.api.meta.HomeyOperation;
import retrofit2.Call;
import retrofit2.http.GET;

/**
 * {@code Homey.safety}: the operations of ManagerSafety under {@code /api/manager/safety}.
 *
 * <p>Generated once by {@code homey-api/tools/generate_managers.py}; maintained by hand since.
 */
@HomeyManager(name = "ManagerSafety", id = "safety", jsName = "safety")
public interface ManagerSafety {

  /**
   * {@code GET /api/manager/safety/state}, scopes homey.system.readonly.
   */
  @HomeyOperation(scopes = {"homey.system.readonly"})
  @GET("api/manager/safety/state")
  Call<JsonValue> getState();
}
