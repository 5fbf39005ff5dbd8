package dev.homeytoolkit.api.meta;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a Retrofit interface as one Homey manager, with the three names the Homey gives it: the schema name
 * ({@code ManagerDevices}), the HTTP id under {@code /api/manager/} ({@code devices}) and the JavaScript name
 * scripts use ({@code Homey.devices}). Retrofit itself knows none of these.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface HomeyManager {
  /** The manager's schema name, such as {@code ManagerDevices}. */
  String name();

  /** The HTTP id: calls go to {@code /api/manager/<id>/…}. */
  String id();

  /** The name under the JavaScript {@code Homey} object, such as {@code devices} or {@code googleAssistant}. */
  String jsName();
}
