package dev.homeytoolkit.api.manager;

import dev.homeytoolkit.api.JsonValue;
import dev.homeytoolkit.api.meta.HomeyManager;
import dev.homeytoolkit.api.meta.HomeyOperation;
import retrofit2.Call;
import retrofit2.http.GET;

/**
 * {@code Homey.webserver}: the operations of ManagerWebserver under {@code /api/manager/webserver}.
 *
 * <p>Generated once by {@code homey-api/tools/generate_managers.py}; maintained by hand since.
 */
@HomeyManager(name = "ManagerWebserver", id = "webserver", jsName = "webserver")
public interface ManagerWebserver {

  /**
   * {@code GET /api/manager/webserver/state}, scopes homey.system.readonly.
   */
  @HomeyOperation(scopes = {"homey.system.readonly"})
  @GET("api/manager/webserver/state")
  Call<JsonValue> getState();
}
