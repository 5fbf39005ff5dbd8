package dev.homeytoolkit.api.meta;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * What the Homey says about an operation that Retrofit's own annotations do not: the scopes a token needs and the
 * operation's CRUD role. The HTTP method and path come from Retrofit's {@code @GET}/{@code @PUT}/… on the same
 * method, the parameters from {@code @Path}/{@code @Query}/{@code @Body} plus {@link Param} and {@link BodyField}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface HomeyOperation {
  /** Scopes that grant this operation (any one suffices); empty when the Homey lists none. */
  String[] scopes() default {};

  /** The CRUD role such as {@code getAll:Device}, or empty. */
  String crud() default "";
}
