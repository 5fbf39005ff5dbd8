package dev.homeytoolkit.console.sync;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;

/**
 * Maps a script's name on the Homey to a file name and back, so that {@code decode(encode(name)).equals(name)}.
 *
 * <p>A script name is free text on the hub: it may hold slashes, colons, emoji, a leading dot. Most characters are
 * kept as they are, so {@code Living room lights} becomes {@code Living room lights.js} and {@code Lüften} stays
 * readable. What a file system on Linux, macOS or Windows would refuse, hide or misread is written as
 * {@code %XX} escapes of its UTF-8 bytes, as in a URL: {@code / \ : * ? " < > |}, control and invisible format
 * characters, spaces other than the plain space, a leading dot or dash, the first letter of a Windows device name
 * ({@code CON}, {@code NUL}, {@code COM1}…), and {@code %} itself. The empty name is written {@code %}.
 *
 * <p>Decoding is lenient: a {@code %} that does not start a valid escape is kept as a literal, so a file the user
 * names {@code 100%.js} becomes the script {@code 100%}. A name whose file name would pass 255 bytes is shortened
 * and given a hash suffix; that one mapping is not reversible, which is fine because a pulled script is found
 * through the manifest by its file, and only new files are named by decoding.
 */
final class FileNames {
  static final String EXTENSION = ".js";

  /** File systems allow 255 bytes per name; keep room for the extension and a collision suffix. */
  private static final int MAX_BASE_BYTES = 200;

  private static final HexFormat HEX = HexFormat.of().withUpperCase();
  private static final String FORBIDDEN = "/\\:*?\"<>|%";
  private static final Set<String> WINDOWS_DEVICES = Set.of(
      "CON", "PRN", "AUX", "NUL",
      "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9",
      "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9");

  private FileNames() {
  }

  /** The file name, with {@code .js}, for a script called {@code name}. */
  static String fileFor(String name) {
    return encode(name) + EXTENSION;
  }

  /** The script name a file stands for, or null when the file is not a {@code .js} file. */
  static String nameOf(String fileName) {
    if (!fileName.endsWith(EXTENSION) || fileName.length() == EXTENSION.length()) return null;
    return decode(fileName.substring(0, fileName.length() - EXTENSION.length()));
  }

  /** The name with unsafe characters escaped; no extension. */
  static String encode(String name) {
    if (name.isEmpty()) return "%";
    var out = new StringBuilder(name.length() + 8);
    var deviceName = isWindowsDevice(name);
    for (int i = 0; i < name.length(); ) {
      int cp = name.codePointAt(i);
      boolean first = i == 0;
      if (keep(cp, first) && !(first && deviceName)) {
        out.appendCodePoint(cp);
      } else {
        for (byte b : new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8)) {
          out.append('%').append(HEX.toHexDigits(b));
        }
      }
      i += Character.charCount(cp);
    }
    return shorten(name, out.toString());
  }

  /** The name an encoded file base name (no extension) stands for. */
  static String decode(String base) {
    if (base.equals("%")) return "";
    var out = new StringBuilder(base.length());
    int i = 0;
    while (i < base.length()) {
      if (!isEscape(base, i)) {
        out.append(base.charAt(i++));
        continue;
      }
      // A run of escapes is decoded together: one character may take several UTF-8 bytes.
      var bytes = new ByteArrayOutputStream();
      int start = i;
      while (isEscape(base, i)) {
        bytes.write(HexFormat.fromHexDigits(base, i + 1, i + 3));
        i += 3;
      }
      out.append(utf8OrLiteral(bytes.toByteArray(), base.substring(start, i)));
    }
    return out.toString();
  }

  private static boolean keep(int cp, boolean first) {
    if (cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp <= 0x9F)) return false;
    if (cp < 0x80 && FORBIDDEN.indexOf(cp) >= 0) return false;
    if (first && (cp == '.' || cp == '-')) return false;
    return switch (Character.getType(cp)) {
      case Character.CONTROL, Character.FORMAT, Character.PRIVATE_USE, Character.SURROGATE, Character.UNASSIGNED,
           Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR -> false;
      case Character.SPACE_SEPARATOR -> cp == ' ';
      default -> true;
    };
  }

  /** Windows refuses {@code CON.js}, {@code nul.txt.js} and the like whatever the extension. */
  private static boolean isWindowsDevice(String name) {
    int dot = name.indexOf('.');
    var stem = (dot < 0 ? name : name.substring(0, dot)).stripTrailing();
    return WINDOWS_DEVICES.contains(stem.toUpperCase(Locale.ROOT));
  }

  private static boolean isEscape(String s, int i) {
    return i + 2 < s.length() && s.charAt(i) == '%'
        && HexFormat.isHexDigit(s.charAt(i + 1)) && HexFormat.isHexDigit(s.charAt(i + 2));
  }

  private static String utf8OrLiteral(byte[] bytes, String literal) {
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      return literal;
    }
  }

  private static String shorten(String name, String encoded) {
    if (encoded.getBytes(StandardCharsets.UTF_8).length <= MAX_BASE_BYTES) return encoded;
    var out = new StringBuilder();
    int bytes = 0;
    for (int i = 0; i < encoded.length(); ) {
      int cp = encoded.codePointAt(i);
      int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
      // Never cut an escape in half: stop before a '%' that would not fit whole.
      int need = cp == '%' ? 3 : size;
      if (bytes + need > MAX_BASE_BYTES - 9) break;
      out.appendCodePoint(cp);
      bytes += size;
      i += Character.charCount(cp);
      if (cp == '%') {
        out.append(encoded, i, i + 2);
        bytes += 2;
        i += 2;
      }
    }
    return out.append('~').append(sha256(name), 0, 8).toString();
  }

  static String sha256(String text) {
    try {
      var digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError("every JDK has SHA-256", e);
    }
  }
}
