package io.github.workreport.text;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Just enough JSON for the gold file: objects as maps, arrays as lists, numbers as BigDecimal.
 * Core stays free of Jackson, so the test reads its labels with this.
 */
final class MiniJson {
  private final String s;
  private int i;

  private MiniJson(String s) {
    this.s = s;
  }

  static Object parse(String text) {
    MiniJson p = new MiniJson(text);
    Object value = p.value();
    p.space();
    if (p.i != text.length()) {
      throw new IllegalArgumentException("trailing text at " + p.i);
    }
    return value;
  }

  private void space() {
    while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
      i++;
    }
  }

  private Object value() {
    space();
    char c = s.charAt(i);
    switch (c) {
      case '{': return object();
      case '[': return array();
      case '"': return string();
      case 't': expect("true"); return Boolean.TRUE;
      case 'f': expect("false"); return Boolean.FALSE;
      case 'n': expect("null"); return null;
      default: return number();
    }
  }

  private void expect(String word) {
    if (!s.startsWith(word, i)) {
      throw new IllegalArgumentException("expected " + word + " at " + i);
    }
    i += word.length();
  }

  private Map<String, Object> object() {
    Map<String, Object> out = new LinkedHashMap<>();
    i++;
    space();
    if (s.charAt(i) == '}') {
      i++;
      return out;
    }
    while (true) {
      space();
      String key = string();
      space();
      expect(":");
      out.put(key, value());
      space();
      if (s.charAt(i) == ',') {
        i++;
        continue;
      }
      expect("}");
      return out;
    }
  }

  private List<Object> array() {
    List<Object> out = new ArrayList<>();
    i++;
    space();
    if (s.charAt(i) == ']') {
      i++;
      return out;
    }
    while (true) {
      out.add(value());
      space();
      if (s.charAt(i) == ',') {
        i++;
        continue;
      }
      expect("]");
      return out;
    }
  }

  private String string() {
    expect("\"");
    StringBuilder out = new StringBuilder();
    while (true) {
      char c = s.charAt(i++);
      if (c == '"') {
        return out.toString();
      }
      if (c == '\\') {
        char e = s.charAt(i++);
        switch (e) {
          case 'n': out.append('\n'); break;
          case 't': out.append('\t'); break;
          case 'r': out.append('\r'); break;
          case 'b': out.append('\b'); break;
          case 'f': out.append('\f'); break;
          case 'u': out.append((char) Integer.parseInt(s.substring(i, i + 4), 16)); i += 4; break;
          default: out.append(e);
        }
      } else {
        out.append(c);
      }
    }
  }

  private BigDecimal number() {
    int start = i;
    while (i < s.length() && "+-0123456789.eE".indexOf(s.charAt(i)) >= 0) {
      i++;
    }
    return new BigDecimal(s.substring(start, i));
  }
}
