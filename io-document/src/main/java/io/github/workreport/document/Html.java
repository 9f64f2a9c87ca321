package io.github.workreport.document;

/**
 * A page of HTML written into a {@link StringBuilder}, text escaped as it goes: {@code &}, {@code <},
 * {@code >} and quotes become entities, so a task's text never becomes markup. Not API.
 */
final class Html {
  private final StringBuilder out;

  Html(StringBuilder out) {
    this.out = out;
  }

  /** Markup as is: only for the generator's own constant markup. */
  Html raw(String markup) {
    out.append(markup);
    return this;
  }

  /** Text, escaped for an element's content or a quoted attribute. */
  Html text(Object text) {
    escape(out, String.valueOf(text));
    return this;
  }

  /** {@code <tag class="cls">text</tag>}. */
  Html element(String tag, String cls, Object text) {
    out.append('<').append(tag);
    if (cls != null && !cls.isEmpty()) {
      out.append(" class=\"").append(cls).append('"');
    }
    out.append('>');
    text(text);
    out.append("</").append(tag).append('>');
    return this;
  }

  /** {@code name="value"} with a leading space, the value escaped. */
  Html attribute(String name, Object value) {
    out.append(' ').append(name).append("=\"");
    text(value);
    out.append('"');
    return this;
  }

  static void escape(StringBuilder out, String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&': out.append("&amp;"); break;
        case '<': out.append("&lt;"); break;
        case '>': out.append("&gt;"); break;
        case '"': out.append("&quot;"); break;
        case '\'': out.append("&#39;"); break;
        default:
          // Controls other than tab and line breaks are not allowed in HTML text.
          if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
            out.append('\uFFFD');
          } else {
            out.append(c);
          }
      }
    }
  }

  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    escape(out, text);
    return out.toString();
  }
}
