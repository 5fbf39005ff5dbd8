package dev.homeytoolkit.api.meta;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The Homey's type and required flag of a Java parameter that Retrofit binds with {@code @Path}, {@code @Query},
 * {@code @QueryMap} or {@code @Body}. The parameter's Homey name comes from the Retrofit annotation, except for a
 * {@code @Body} (the whole body: a {@code root} parameter) or a {@code @QueryMap} (a jQuery-style object), which
 * name it here.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface Param {
  /** The Homey's name; needed only on {@code @Body} and {@code @QueryMap} parameters. */
  String name() default "";

  /** The Homey's type: {@code string}, {@code number}, {@code boolean}, {@code object}, {@code array}, a union
   * such as {@code string|number|boolean}, or {@code None} for any value. */
  String type();

  /** Whether the Homey refuses the call without it ({@code Missing Parameter: <name>}). */
  boolean required() default false;
}
