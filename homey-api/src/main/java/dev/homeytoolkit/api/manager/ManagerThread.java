package dev.homeytoolkit.api.manager;

import dev.homeytoolkit.api.JsonValue;
import dev.homeytoolkit.api.meta.HomeyManager;
import dev.homeytoolkit.api.meta.HomeyOperation;
import retrofit2.Call;
import retrofit2.http.GET;

/**
 * {@code Homey.thread}: the operations of ManagerThread under {@code /api/manager/thread}.
 *
 * <p>Generated once by {@code homey-api/tools/generate_managers.py}; maintained by hand since.
 */
@HomeyManager(name = "ManagerThread", id = "thread", jsName = "thread")
public interface ManagerThread {

  /**
   * {@code GET /api/manager/thread/topology}, scopes homey.device.readonly.
   */
  @HomeyOperation(scopes = {"homey.device.readonly"})
  @GET("api/manager/thread/topology")
  Call<JsonValue> getNetworkTopology();

  /**
   * {@code GET /api/manager/thread/state}, scopes homey.system.readonly.
   */
  @HomeyOperation(scopes = {"homey.system.readonly"})
  @GET("api/manager/thread/state")
  Call<JsonValue> getState();
}
