package dev.homeytoolkit.api.manager;

import dev.homeytoolkit.api.JsonValue;
import dev.homeytoolkit.api.meta.BodyField;
import dev.homeytoolkit.api.meta.HomeyManager;
import dev.homeytoolkit.api.meta.HomeyOperation;
import java.util.Map;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.DELETE;
import retrofit2.http.GET;
import retrofit2.http.PUT;

/**
 * {@code Homey.energydongle}: the operations of ManagerEnergyDongle under {@code /api/manager/energydongle}.
 *
 * <p>Generated once by {@code homey-api/tools/generate_managers.py}; maintained by hand since.
 */
@HomeyManager(name = "ManagerEnergyDongle", id = "energydongle", jsName = "energydongle")
public interface ManagerEnergyDongle {

  /**
   * {@code GET /api/manager/energydongle/option/phaseLoadNotificationSettings}, scopes homey.system.readonly.
   */
  @HomeyOperation(scopes = {"homey.system.readonly"})
  @GET("api/manager/energydongle/option/phaseLoadNotificationSettings")
  Call<JsonValue> getOptionPhaseLoadNotificationSettings();

  /**
   * {@code PUT /api/manager/energydongle/option/phaseLoadNotificationSettings}, scopes homey.system.
   *
   * @param body the JSON body object, with the fields {@code value} (required)
   */
  @HomeyOperation(scopes = {"homey.system"})
  @BodyField(name = "value", type = "None", required = true)
  @PUT("api/manager/energydongle/option/phaseLoadNotificationSettings")
  Call<JsonValue> setOptionPhaseLoadNotificationSettings(@Body Map<String, Object> body);

  /**
   * {@code DELETE /api/manager/energydongle/option/phaseLoadNotificationSettings}, scopes homey.system.
   */
  @HomeyOperation(scopes = {"homey.system"})
  @DELETE("api/manager/energydongle/option/phaseLoadNotificationSettings")
  Call<JsonValue> unsetOptionPhaseLoadNotificationSettings();
}
