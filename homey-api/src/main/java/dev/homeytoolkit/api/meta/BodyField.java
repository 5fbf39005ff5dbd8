package dev.homeytoolkit.api.meta;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * One field of a JSON body object that the Homey assembles from several parameters (for instance
 * {@code setCapabilityValue}'s {@code value}, {@code opts} and {@code transactionId}). Retrofit sees the whole object
 * as one {@code @Body Map}; these annotations keep each field's name, type and required flag.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@Repeatable(BodyField.List.class)
public @interface BodyField {
  /** The field's name in the body object. */
  String name();

  /** As in {@link Param#type()}. */
  String type();

  /** Whether the Homey refuses the call without it. */
  boolean required() default false;

  /** The container Java needs to repeat {@link BodyField}. */
  @Documented
  @Retention(RetentionPolicy.RUNTIME)
  @Target(ElementType.METHOD)
  @interface List {
    /** The repeated fields. */
    BodyField[] value();
  }
}
