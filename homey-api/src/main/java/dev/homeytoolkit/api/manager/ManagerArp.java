package dev.homeytoolkit.api.manager;

import dev.homeytoolkit.api.JsonValue;
import dev.homeytoolkit.api.meta.HomeyManager;
import dev.homeytoolkit.api.meta.HomeyOperation;
import retrofit2.Call;
import retrofit2.http.GET;

/**
 * {@code Homey.arp}: the operations of ManagerArp under {@code /api/manager/arp}.
 *
 * <p>Generated once by {@code homey-api/tools/generate_managers.py}; maintained by hand since.
 */
@HomeyManager(name = "ManagerArp", id = "arp", jsName = "arp")
public interface ManagerArp {

  /**
   * {@code GET /api/manager/arp/state}, scopes homey.system.readonly.
   */
  @HomeyOperation(scopes = {"homey.system.readonly"})
  @GET("api/manager/arp/state")
  Call<JsonValue> getState();
}
