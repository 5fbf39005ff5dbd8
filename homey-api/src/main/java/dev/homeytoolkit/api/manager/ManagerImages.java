package dev.homeytoolkit.api.manager;

import dev.homeytoolkit.api.JsonValue;
import dev.homeytoolkit.api.meta.HomeyManager;
import dev.homeytoolkit.api.meta.HomeyOperation;
import retrofit2.Call;
import retrofit2.http.GET;

/**
 * {@code Homey.images}: the operations of ManagerImages under {@code /api/manager/images}.
 *
 * <p>Generated once by {@code homey-api/tools/generate_managers.py}; maintained by hand since.
 */
@HomeyManager(name = "ManagerImages", id = "images", jsName = "images")
public interface ManagerImages {

  /**
   * {@code GET /api/manager/images/image}, scopes homey.device.readonly.
   */
  @HomeyOperation(scopes = {"homey.device.readonly"}, crud = "getAll:Image")
  @GET("api/manager/images/image")
  Call<JsonValue> getImages();

  /**
   * {@code GET /api/manager/images/state}, scopes homey.system.readonly.
   */
  @HomeyOperation(scopes = {"homey.system.readonly"})
  @GET("api/manager/images/state")
  Call<JsonValue> getState();
}
