package dev.homeytoolkit.api.meta;

import java.util.List;
import java.util.Optional;

/**
 * One operation of the Homey Web API v3, read from the annotations of the Retrofit interfaces in
 * {@code dev.homeytoolkit.api.manager}. Used to validate and build generic calls (the console's JS {@code Homey}
 * object goes through {@code HomeyClient.invoke}).
 *
 * @param manager the manager's schema name, {@code ManagerDevices}
 * @param managerId the HTTP id, {@code devices}
 * @param jsName the JavaScript name, {@code devices}
 * @param name the operation name, {@code getDevices}; also the Java method name
 * @param method the HTTP method in upper case, {@code GET}
 * @param path the path within the manager with {@code :name} placeholders, {@code /device/:id}
 * @param parameters the parameters, sorted by name
 * @param scopes the scopes that grant the operation (any one), possibly empty
 * @param crud the CRUD role, {@code getAll:Device}, or empty
 */
public record Operation(
    String manager,
    String managerId,
    String jsName,
    String name,
    String method,
    String path,
    List<Parameter> parameters,
    List<String> scopes,
    String crud) {

  /** Copies the lists, so an operation never changes. */
  public Operation {
    parameters = List.copyOf(parameters);
    scopes = List.copyOf(scopes);
  }

  /** The full HTTP path template, {@code /api/manager/devices/device/:id}. */
  public String httpPath() {
    return "/api/manager/" + managerId + path;
  }

  /** The parameter called {@code name}, if any. */
  public Optional<Parameter> parameter(String name) {
    return parameters.stream().filter(p -> p.name().equals(name)).findFirst();
  }

  /** {@code devices.getDevices}: how the console and error messages name the operation. */
  @Override public String toString() {
    return jsName + "." + name + " (" + method + " " + httpPath() + ")";
  }
}
