package dev.homeytoolkit.simulator.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;

/** Ids that depend only on the seed and a name, so the same seed gives the same home. */
public final class Ids {
  private Ids() {}

  /** A version-4-looking UUID derived from the seed and {@code key}. */
  public static String uuid(long seed, String key) {
    var h = sha256(seed + ":" + key);
    long msb = 0;
    long lsb = 0;
    for (int i = 0; i < 8; i++) msb = (msb << 8) | (h[i] & 0xff);
    for (int i = 8; i < 16; i++) lsb = (lsb << 8) | (h[i] & 0xff);
    msb = (msb & ~0xF000L) | 0x4000L;
    lsb = (lsb & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
    return new UUID(msb, lsb).toString();
  }

  /** {@code n} hex characters derived from the seed and {@code key}: a Homey id is 24 of them. */
  public static String hex(long seed, String key, int n) {
    return HexFormat.of().formatHex(sha256(seed + ":" + key)).substring(0, n);
  }

  private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  });

  static byte[] sha256(String s) {
    return SHA256.get().digest(s.getBytes(StandardCharsets.UTF_8));
  }
}
