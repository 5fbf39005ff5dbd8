package dev.homeytoolkit.api.manager;

import dev.homeytoolkit.api.JsonValue;
import dev.homeytoolkit.api.meta.HomeyManager;
import dev.homeytoolkit.api.meta.HomeyOperation;
import dev.homeytoolkit.api.meta.Param;
import dev.homeytoolkit.api.model.Zone;
import java.util.Map;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.DELETE;
import retrofit2.http.GET;
import retrofit2.http.POST;
import retrofit2.http.PUT;
import retrofit2.http.Path;

/**
 * {@code Homey.zones}: the operations of ManagerZones under {@code /api/manager/zones}.
 *
 * <p>Generated once by {@code homey-api/tools/generate_managers.py}; maintained by hand since.
 */
@HomeyManager(name = "ManagerZones", id = "zones", jsName = "zones")
public interface ManagerZones {

  /**
   * {@code POST /api/manager/zones/zone}, scopes homey.zone.
   */
  @HomeyOperation(scopes = {"homey.zone"}, crud = "createOne:Zone")
  @POST("api/manager/zones/zone")
  Call<Zone> createZone(@Body @Param(name = "zone", type = "object", required = true) Object zone);

  /**
   * {@code DELETE /api/manager/zones/zone/:id}, scopes homey.zone.
   */
  @HomeyOperation(scopes = {"homey.zone"}, crud = "deleteOne:Zone")
  @DELETE("api/manager/zones/zone/{id}")
  Call<JsonValue> deleteZone(@Path("id") @Param(type = "string", required = true) String id);

  /**
   * {@code GET /api/manager/zones/state}, scopes homey.system.readonly.
   */
  @HomeyOperation(scopes = {"homey.system.readonly"})
  @GET("api/manager/zones/state")
  Call<JsonValue> getState();

  /**
   * {@code GET /api/manager/zones/zone/:id}, scopes homey.zone.readonly.
   */
  @HomeyOperation(scopes = {"homey.zone.readonly"}, crud = "getOne:Zone")
  @GET("api/manager/zones/zone/{id}")
  Call<Zone> getZone(@Path("id") @Param(type = "string", required = true) String id);

  /**
   * {@code GET /api/manager/zones/zone}, scopes homey.zone.readonly.
   */
  @HomeyOperation(scopes = {"homey.zone.readonly"}, crud = "getAll:Zone")
  @GET("api/manager/zones/zone")
  Call<Map<String, Zone>> getZones();

  /**
   * {@code PUT /api/manager/zones/zone/:id}, scopes homey.zone.
   */
  @HomeyOperation(scopes = {"homey.zone"}, crud = "updateOne:Zone")
  @PUT("api/manager/zones/zone/{id}")
  Call<Zone> updateZone(
      @Path("id") @Param(type = "string", required = true) String id,
      @Body @Param(name = "zone", type = "object", required = true) Object zone);
}
