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
import retrofit2.http.POST;
import retrofit2.http.PUT;

/**
 * {@code Homey.backup}: the operations of ManagerBackup under {@code /api/manager/backup}.
 *
 * <p>Generated once by {@code homey-api/tools/generate_managers.py}; maintained by hand since.
 */
@HomeyManager(name = "ManagerBackup", id = "backup", jsName = "backup")
public interface ManagerBackup {

  /**
   * {@code GET /api/manager/backup/option/automaticBackupsEnabled}, scopes homey.system.readonly.
   */
  @HomeyOperation(scopes = {"homey.system.readonly"})
  @GET("api/manager/backup/option/automaticBackupsEnabled")
  Call<JsonValue> getOptionAutomaticBackupsEnabled();

  /**
   * {@code GET /api/manager/backup/option/lastSuccessfulBackup}, scopes homey.system.readonly.
   */
  @HomeyOperation(scopes = {"homey.system.readonly"})
  @GET("api/manager/backup/option/lastSuccessfulBackup")
  Call<JsonValue> getOptionLastSuccessfulBackup();

  /**
   * {@code GET /api/manager/backup/state}, scopes homey.system.readonly.
   */
  @HomeyOperation(scopes = {"homey.system.readonly"})
  @GET("api/manager/backup/state")
  Call<JsonValue> getState();

  /**
   * {@code POST /api/manager/backup/backup}, scopes homey.system.
   */
  @HomeyOperation(scopes = {"homey.system"})
  @POST("api/manager/backup/backup")
  Call<JsonValue> scheduleBackup();

  /**
   * {@code PUT /api/manager/backup/option/automaticBackupsEnabled}, scopes homey.system.
   *
   * @param body the JSON body object, with the fields {@code value} (required)
   */
  @HomeyOperation(scopes = {"homey.system"})
  @BodyField(name = "value", type = "None", required = true)
  @PUT("api/manager/backup/option/automaticBackupsEnabled")
  Call<JsonValue> setOptionAutomaticBackupsEnabled(@Body Map<String, Object> body);

  /**
   * {@code PUT /api/manager/backup/option/lastSuccessfulBackup}, no scope listed.
   *
   * @param body the JSON body object, with the fields {@code value} (required)
   */
  @HomeyOperation()
  @BodyField(name = "value", type = "None", required = true)
  @PUT("api/manager/backup/option/lastSuccessfulBackup")
  Call<JsonValue> setOptionLastSuccessfulBackup(@Body Map<String, Object> body);

  /**
   * {@code DELETE /api/manager/backup/option/automaticBackupsEnabled}, scopes homey.system.
   */
  @HomeyOperation(scopes = {"homey.system"})
  @DELETE("api/manager/backup/option/automaticBackupsEnabled")
  Call<JsonValue> unsetOptionAutomaticBackupsEnabled();

  /**
   * {@code DELETE /api/manager/backup/option/lastSuccessfulBackup}, no scope listed.
   */
  @HomeyOperation()
  @DELETE("api/manager/backup/option/lastSuccessfulBackup")
  Call<JsonValue> unsetOptionLastSuccessfulBackup();
}
