package dev.homeytoolkit.api.manager;

import dev.homeytoolkit.api.JsonValue;
import dev.homeytoolkit.api.meta.HomeyManager;
import dev.homeytoolkit.api.meta.HomeyOperation;
import retrofit2.Call;
import retrofit2.http.GET;

/**
 * {@code Homey.vdevice}: the operations of ManagerVirtualDevice under {@code /api/manager/vdevice}.
 *
 * <p>Generated once by {@code homey-api/tools/generate_managers.py}; maintained by hand since.
 */
@HomeyManager(name = "ManagerVirtualDevice", id = "vdevice", jsName = "vdevice")
public interface ManagerVirtualDevice {

  /**
   * {@code GET /api/manager/vdevice/state}, scopes homey.system.readonly.
   */
  @HomeyOperation(scopes = {"homey.system.readonly"})
  @GET("api/manager/vdevice/state")
  Call<JsonValue> getState();
}
