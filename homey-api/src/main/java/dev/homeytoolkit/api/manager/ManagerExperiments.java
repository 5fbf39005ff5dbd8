package dev.homeytoolkit.api.manager;

import dev.homeytoolkit.api.JsonValue;
import dev.homeytoolkit.api.meta.HomeyManager;
import dev.homeytoolkit.api.meta.HomeyOperation;
import dev.homeytoolkit.api.meta.Param;
import retrofit2.Call;
import retrofit2.http.GET;
import retrofit2.http.PUT;
import retrofit2.http.Path;

/**
 * {@code Homey.experiments}: the operations of ManagerExperiments under {@code /api/manager/experiments}.
 *
 * <p>Generated once by {@code homey-api/tools/generate_managers.py}; maintained by hand since.
 */
@HomeyManager(name = "ManagerExperiments", id = "experiments", jsName = "experiments")
public interface ManagerExperiments {

  /**
   * {@code PUT /api/manager/experiments/experiment/:id/disable}, scopes homey.system.
   */
  @HomeyOperation(scopes = {"homey.system"})
  @PUT("api/manager/experiments/experiment/{id}/disable")
  Call<JsonValue> disableExperiment(@Path("id") @Param(type = "string", required = true) String id);

  /**
   * {@code PUT /api/manager/experiments/experiment/:id/enable}, scopes homey.system.
   */
  @HomeyOperation(scopes = {"homey.system"})
  @PUT("api/manager/experiments/experiment/{id}/enable")
  Call<JsonValue> enableExperiment(@Path("id") @Param(type = "string", required = true) String id);

  /**
   * {@code GET /api/manager/experiments/experiment}, scopes homey.system.
   */
  @HomeyOperation(scopes = {"homey.system"})
  @GET("api/manager/experiments/experiment")
  Call<JsonValue> getExperiments();

  /**
   * {@code GET /api/manager/experiments/state}, scopes homey.system.readonly.
   */
  @HomeyOperation(scopes = {"homey.system.readonly"})
  @GET("api/manager/experiments/state")
  Call<JsonValue> getState();
}
