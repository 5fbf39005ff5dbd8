package dev.homeytoolkit.api.manager;

import dev.homeytoolkit.api.JsonValue;
import dev.homeytoolkit.api.meta.HomeyManager;
import dev.homeytoolkit.api.meta.HomeyOperation;
import dev.homeytoolkit.api.model.Session;
import retrofit2.Call;
import retrofit2.http.GET;

/**
 * {@code Homey.sessions}: the operations of ManagerSessions under {@code /api/manager/sessions}.
 *
 * <p>Generated once by {@code homey-api/tools/generate_managers.py}; maintained by hand since.
 */
@HomeyManager(name = "ManagerSessions", id = "sessions", jsName = "sessions")
public interface ManagerSessions {

  /**
   * {@code GET /api/manager/sessions/session/me}, no scope listed.
   */
  @HomeyOperation()
  @GET("api/manager/sessions/session/me")
  Call<Session> getSessionMe();

  /**
   * {@code GET /api/manager/sessions/state}, scopes homey.system.readonly.
   */
  @HomeyOperation(scopes = {"homey.system.readonly"})
  @GET("api/manager/sessions/state")
  Call<JsonValue> getState();
}
