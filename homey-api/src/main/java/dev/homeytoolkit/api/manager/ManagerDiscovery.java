package dev.homeytoolkit.api.manager;

import dev.homeytoolkit.api.JsonValue;
import dev.homeytoolkit.api.meta.HomeyManager;
import dev.homeytoolkit.api.meta.HomeyOperation;
import retrofit2.Call;
import retrofit2.http.GET;

/**
 * {@code Homey.discovery}: the operations of ManagerDiscovery under {@code /api/manager/discovery}.
 *
 * <p>Generated once by {@code homey-api/tools/generate_managers.py}; maintained by hand since.
 */
@HomeyManager(name = "ManagerDiscovery", id = "discovery", jsName = "discovery")
public interface ManagerDiscovery {

  /**
   * {@code GET /api/manager/discovery/state}, scopes homey.system.readonly.
   */
  @HomeyOperation(scopes = {"homey.system.readonly"})
  @GET("api/manager/discovery/state")
  Call<JsonValue> getState();
}
