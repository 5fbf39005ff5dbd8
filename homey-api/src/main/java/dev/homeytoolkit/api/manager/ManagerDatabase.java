package dev.homeytoolkit.api.manager;

import dev.homeytoolkit.api.JsonValue;
import dev.homeytoolkit.api.meta.HomeyManager;
import dev.homeytoolkit.api.meta.HomeyOperation;
import retrofit2.Call;
import retrofit2.http.GET;

/**
 * {@code Homey.database}: the operations of ManagerDatabase under {@code /api/manager/database}.
 *
 * <p>Generated once by {@code homey-api/tools/generate_managers.py}; maintained by hand since.
 */
@HomeyManager(name = "ManagerDatabase", id = "database", jsName = "database")
public interface ManagerDatabase {

  /**
   * {@code GET /api/manager/database/state}, scopes homey.system.readonly.
   */
  @HomeyOperation(scopes = {"homey.system.readonly"})
  @GET("api/manager/database/state")
  Call<JsonValue> getState();
}
