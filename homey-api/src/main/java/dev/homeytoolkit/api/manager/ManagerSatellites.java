package dev.homeytoolkit.api.manager;

import dev.homeytoolkit.api.JsonValue;
import dev.homeytoolkit.api.meta.HomeyManager;
import dev.homeytoolkit.api.meta.HomeyOperation;
import retrofit2.Call;
import retrofit2.http.GET;

/**
 * {@code Homey.satellites}: the operations of ManagerSatellites under {@code /api/manager/satellites}.
 *
 * <p>Generated once by {@code homey-api/tools/generate_managers.py}; maintained by hand since.
 */
@HomeyManager(name = "ManagerSatellites", id = "satellites", jsName = "satellites")
public interface ManagerSatellites {

  /**
   * {@code GET /api/manager/satellites/state}, scopes homey.system.readonly.
   */
  @HomeyOperation(scopes = {"homey.system.readonly"})
  @GET("api/manager/satellites/state")
  Call<JsonValue> getState();
}
