package dev.homeytoolkit.api.manager;

import dev.homeytoolkit.api.JsonValue;
import dev.homeytoolkit.api.meta.HomeyManager;
import dev.homeytoolkit.api.meta.HomeyOperation;
import retrofit2.Call;
import retrofit2.http.GET;

/**
 * {@code Homey.clock}: the operations of ManagerClock under {@code /api/manager/clock}.
 *
 * <p>Generated once by {@code homey-api/tools/generate_managers.py}; maintained by hand since.
 */
@HomeyManager(name = "ManagerClock", id = "clock", jsName = "clock")
public interface ManagerClock {

  /**
   * {@code GET /api/manager/clock/state}, scopes homey.system.readonly.
   */
  @HomeyOperation(scopes = {"homey.system.readonly"})
  @GET("api/manager/clock/state")
  Call<JsonValue> getState();
}
