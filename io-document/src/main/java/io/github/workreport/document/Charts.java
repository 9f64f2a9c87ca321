package io.github.workreport.document;

import io.github.workreport.Status;
import io.github.workreport.Summary;
import java.util.ArrayList;
import java.util.List;

/**
 * The page's two charts as inline SVG drawn here — no library, no script, no font to fetch: the
 * tasks per status as assessed beside as declared, and the lead units with the most shortfalls.
 * Bars carry their numbers as text, and the declared bars are hatched, so that grey print reads.
 * Not API.
 */
final class Charts {
  static final int WIDTH = 560;
  private static final int LABEL = 96;
  private static final int ROW = 30;

  private Charts() {}

  /** The colour of a status, as in the style sheet. */
  static String colour(Status status) {
    switch (status) {
      case EXCEEDED: return "#116329";
      case MET: return "#2da44e";
      case BASICALLY_MET: return "#bf8700";
      case ONGOING: return "#0969da";
      case NOT_MET: return "#cf222e";
      default: return "#6e7781";
    }
  }

  /** One pair of bars per status: assessed (the status's colour) over declared (hatched grey). */
  static void statuses(Html html, Summary summary) {
    int max = 1;
    for (Status status : Status.values()) {
      max = Math.max(max, Math.max(summary.count(status), summary.byDeclaredStatus().get(status)));
    }
    int top = 26;
    int height = top + Status.values().length * ROW + 8;
    int span = WIDTH - LABEL - 50;
    html.raw("<svg role=\"img\" viewBox=\"0 0 " + WIDTH + " " + height + "\" width=\"100%\" aria-labelledby=\"chart-status-title\">")
        .raw("<title id=\"chart-status-title\">").text("各状态任务数：评估与申报").raw("</title>")
        .raw("<defs><pattern id=\"hatch\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\">"
            + "<rect width=\"6\" height=\"6\" fill=\"#eaeef2\"/><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"#6e7781\" stroke-width=\"2\"/>"
            + "</pattern></defs>")
        .raw("<rect x=\"" + LABEL + "\" y=\"4\" width=\"12\" height=\"10\" fill=\"#57606a\"/>")
        .raw("<text x=\"" + (LABEL + 16) + "\" y=\"13\">").text("评估").raw("</text>")
        .raw("<rect x=\"" + (LABEL + 60) + "\" y=\"4\" width=\"12\" height=\"10\" fill=\"url(#hatch)\" stroke=\"#6e7781\"/>")
        .raw("<text x=\"" + (LABEL + 76) + "\" y=\"13\">").text("申报").raw("</text>");
    int y = top;
    for (Status status : Status.values()) {
      int assessed = summary.count(status);
      int declared = summary.byDeclaredStatus().get(status);
      int a = bar(assessed, max, span);
      int d = bar(declared, max, span);
      html.raw("<g class=\"bar s-" + status + "\">")
          .raw("<text x=\"0\" y=\"" + (y + 17) + "\">").text(status.label()).raw("</text>")
          .raw("<rect x=\"" + LABEL + "\" y=\"" + (y + 2) + "\" width=\"" + a + "\" height=\"12\" fill=\"" + colour(status) + "\"/>")
          .raw("<text x=\"" + (LABEL + a + 4) + "\" y=\"" + (y + 13) + "\">").text(assessed).raw("</text>")
          .raw("<rect x=\"" + LABEL + "\" y=\"" + (y + 15) + "\" width=\"" + d + "\" height=\"10\" fill=\"url(#hatch)\" stroke=\"#6e7781\" stroke-width=\"" + (d > 0 ? "0.5" : "0") + "\"/>")
          .raw("<text x=\"" + (LABEL + d + 4) + "\" y=\"" + (y + 25) + "\" class=\"declared\">").text(declared).raw("</text>")
          .raw("</g>");
      y += ROW;
    }
    html.raw("</svg>");
  }

  /**
   * The lead units with the most shortfalls, worst first (as {@link Summary#byLeadUnit()}): a bar
   * per unit in segments 未完成, 持续推进, 基本完成, and the claims not supported after it.
   *
   * @return false when no unit fell short (nothing drawn)
   */
  static boolean units(Html html, Summary summary, int most) {
    List<Summary.Scorecard> cards = new ArrayList<>();
    for (Summary.Scorecard card : summary.byLeadUnit()) {
      if ((card.shortfalls() > 0 || card.claimsNotSupported() > 0) && cards.size() < most) {
        cards.add(card);
      }
    }
    if (cards.isEmpty()) {
      return false;
    }
    Status[] parts = {Status.NOT_MET, Status.ONGOING, Status.BASICALLY_MET};
    int max = 1;
    for (Summary.Scorecard card : cards) {
      max = Math.max(max, card.shortfalls());
    }
    int label = 150;
    int top = 26;
    int row = 24;
    int span = WIDTH - label - 110;
    int height = top + cards.size() * row + 6;
    html.raw("<svg role=\"img\" viewBox=\"0 0 " + WIDTH + " " + height + "\" width=\"100%\" aria-labelledby=\"chart-units-title\">")
        .raw("<title id=\"chart-units-title\">").text("未达目标任务最多的牵头单位").raw("</title>");
    int x = label;
    for (Status status : parts) {
      html.raw("<rect x=\"" + x + "\" y=\"4\" width=\"12\" height=\"10\" fill=\"" + colour(status) + "\"/>")
          .raw("<text x=\"" + (x + 16) + "\" y=\"13\">").text(status.label()).raw("</text>");
      x += 86;
    }
    int y = top;
    for (Summary.Scorecard card : cards) {
      html.raw("<g class=\"unit\">").raw("<text x=\"0\" y=\"" + (y + 13) + "\">").text(fit(card.unit(), 11)).raw("</text>");
      int at = label;
      for (Status status : parts) {
        int n = card.count(status);
        int w = bar(n, max, span);
        if (n > 0) {
          html.raw("<rect x=\"" + at + "\" y=\"" + (y + 2) + "\" width=\"" + w + "\" height=\"14\" fill=\"" + colour(status) + "\">")
              .raw("<title>").text(card.unit() + " " + status.label() + " " + n).raw("</title></rect>");
          if (w >= 14) {
            html.raw("<text x=\"" + (at + w / 2) + "\" y=\"" + (y + 13) + "\" text-anchor=\"middle\" style=\"fill:#fff\">").text(n).raw("</text>");
          }
        }
        at += w;
      }
      String after = card.shortfalls() + (card.claimsNotSupported() > 0 ? "（申报不符 " + card.claimsNotSupported() + "）" : "");
      html.raw("<text x=\"" + (at + 4) + "\" y=\"" + (y + 13) + "\">").text(after).raw("</text></g>");
      y += row;
    }
    html.raw("</svg>");
    return true;
  }

  private static int bar(int n, int max, int span) {
    return n == 0 ? 0 : Math.max(2, (int) Math.round((double) n * span / max));
  }

  private static String fit(String text, int max) {
    return text.codePointCount(0, text.length()) <= max ? text
        : text.substring(0, text.offsetByCodePoints(0, max - 1)) + "…";
  }
}
