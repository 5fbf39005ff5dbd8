package dev.homeytoolkit.api.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QueryStringTest {
  static String join(List<Map.Entry<String, String>> pairs) {
    return String.join("&", pairs.stream().map(e -> e.getKey() + "=" + e.getValue()).toList());
  }

  @Test void writesLikeJQueryParam() {
    assertEquals("a=1", join(QueryString.pairs("a", 1.0)));
    assertEquals("a[]=1&a[]=2", join(QueryString.pairs("a", List.of(1, 2))));
    var o = new LinkedHashMap<String, Object>();
    o.put("x", 1);
    o.put("y", List.of("p", "q"));
    o.put("z", Map.of("deep", true));
    assertEquals("o[x]=1&o[y][]=p&o[y][]=q&o[z][deep]=true", join(QueryString.pairs("o", o)));
    assertEquals("a[0][x]=1&a[1][x]=2", join(QueryString.pairs("a", List.of(Map.of("x", 1), Map.of("x", 2)))));
    assertEquals("n=", join(QueryString.pairs("n", null)));
    assertEquals("d=0.5", join(QueryString.pairs("d", 0.5)));
  }

  @Test void flattenIndexesArraysBecauseAMapCannotRepeatAKey() {
    assertEquals(Map.of("a[0]", "1", "a[1]", "2", "o[x]", "y"),
        QueryString.flatten("a", List.of(1, 2)).entrySet().stream().collect(
            java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue,
                (x, y) -> x, () -> new java.util.HashMap<>(Map.of("o[x]", "y")))));
  }
}
