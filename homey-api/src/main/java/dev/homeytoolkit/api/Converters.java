package dev.homeytoolkit.api;

import dev.homeytoolkit.api.model.Json;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import okhttp3.MediaType;
import okhttp3.RequestBody;
import okhttp3.ResponseBody;
import retrofit2.Converter;
import retrofit2.Retrofit;

/**
 * Retrofit converters ahead of Moshi's: {@link JsonValue} answers keep their text as received (an empty answer is
 * JSON {@code null}), and every {@code @Body} is written by {@link Json#write} so numbers go out as JavaScript
 * writes them ({@code 1}, not {@code 1.0}), in path and query values as well.
 */
final class Converters extends Converter.Factory {
  static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

  @Override public Converter<ResponseBody, ?> responseBodyConverter(
      Type type, Annotation[] annotations, Retrofit retrofit) {
    if (type != JsonValue.class) return null;
    return body -> {
      try (body) {
        return JsonValue.of(body.string());
      }
    };
  }

  @Override public Converter<?, String> stringConverter(Type type, Annotation[] annotations, Retrofit retrofit) {
    if (!(type instanceof Class<?> c) || !Number.class.isAssignableFrom(c)) return null;
    return value -> Json.number((Number) value); // path and query numbers as JavaScript writes them: 3, not 3.0
  }

  @Override public Converter<?, RequestBody> requestBodyConverter(
      Type type, Annotation[] parameterAnnotations, Annotation[] methodAnnotations, Retrofit retrofit) {
    return value -> RequestBody.create(value instanceof JsonValue v ? v.text() : Json.write(value), JSON);
  }
}
