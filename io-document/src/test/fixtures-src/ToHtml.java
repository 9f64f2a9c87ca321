import io.github.workreport.*;
import io.github.workreport.text.TableText;
import java.nio.charset.Charset;
import java.nio.file.*;
import java.util.*;

/** Writes a text table as an HTML page: "office" (source for LibreOffice → .docx/.pdf/.doc) or "site" (a GBK page as a government site serves it). */
public class ToHtml {
  static String esc(String s) { return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"); }

  /** A narrative split into paragraphs at its sentence ends after about 120 characters, as offices write them. */
  static String paragraphs(String s) {
    StringBuilder out = new StringBuilder();
    int since = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      out.append(esc(String.valueOf(c)));
      if (++since > 120 && c == '。' && i + 1 < s.length()) { out.append("<br>"); since = 0; }
    }
    return out.toString();
  }

  public static void main(String[] a) throws Exception {
    Path in = Path.of(a[0]);
    boolean site = a[2].equals("site");
    Report r = TableText.read(Files.readAllBytes(in), in.getFileName().toString());
    List<String> lines = Files.readAllLines(in);
    String title = lines.stream().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse("");
    StringBuilder html = new StringBuilder();
    if (site) {
      html.append("<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Transitional//EN\">\n<html><head>\n"
          + "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\">\n"
          + "<title>").append(esc(title)).append("_政务公开_人民政府门户网站</title>\n"
          + "<style>.nav li{float:left} td{font-size:14px}</style>\n<script>var _hmt = _hmt || []; document.write('<div>统计</div>');</script>\n"
          + "</head><body>\n<div class=\"top\"><a href=\"/\">首页</a> | <a href=\"/zwgk\">政务公开</a></div>\n"
          + "<nav><ul class=\"nav\"><li><a href=\"/\">首页</a></li><li><a href=\"/zwgk\">政务公开</a></li><li><a href=\"/hdjl\">互动交流</a></li></ul></nav>\n"
          + "<table width=\"1000\" align=\"center\"><tr><td width=\"200\" valign=\"top\">\n"
          + "<table class=\"menu\"><tr><td><a href=\"/a\">政府工作报告</a></td></tr><tr><td><a href=\"/b\">规划计划</a></td></tr><tr><td>1. 通知公告</td></tr></table>\n"
          + "</td><td valign=\"top\">\n<div class=\"position\">当前位置：首页 &gt; 政务公开 &gt; 重点工作</div>\n");
      html.append("<h2 style=\"text-align:center\">").append(esc(title)).append("</h2>\n");
      html.append("<div class=\"info\">发布时间：2021-01-15 &nbsp; 来源：政府办公室 &nbsp; 浏览次数：<span>1024</span></div>\n<div class=\"content\">\n");
    } else {
      html.append("<html><head><meta charset=\"utf-8\"></head><body>\n");
      html.append("<p align=\"center\"><b><font size=\"4\">").append(esc(title)).append("</font></b></p>\n");
    }
    for (String l : lines.subList(1, Math.min(lines.size(), 6))) {
      String t = l.strip();
      if (t.isEmpty() || t.contains("\t") || t.startsWith("主要任务") || t.startsWith("序号") || t.equals(title)) continue;
      if (t.matches(".*\\d+\\s*项[:：]?$") && !t.startsWith("(") && !t.startsWith("（") && !t.contains("共")) break;
      html.append("<p>").append(esc(t)).append("</p>\n");
    }
    String section = null;
    boolean open = false;
    List<Task> tasks = r.tasks();
    for (int i = 0; i < tasks.size(); i++) {
      Task t = tasks.get(i);
      String s = t.section().orElse("");
      if (!Objects.equals(s, section)) {
        if (open) html.append("</table>\n");
        section = s;
        if (!s.isEmpty()) {
          String heading = s;
          for (Section sec : r.sections()) if (sec.name().equals(s) && sec.declaredCount().isPresent()) heading = s + " " + sec.declaredCount().get() + " 项:";
          html.append("<p><b>").append(esc(heading)).append("</b></p>\n");
        }
        html.append("<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" width=\"100%\">\n<tr><th width=\"6%\">序号</th><th width=\"34%\">主要任务</th><th width=\"14%\">责任单位</th><th width=\"46%\">完成情况</th></tr>\n");
        open = true;
      }
      String units = String.join(" ", t.responsibleUnits());
      // a site merges the units cell of consecutive tasks with the same units
      int span = 1;
      boolean coveredFromAbove = site && i > 0 && Objects.equals(tasks.get(i - 1).section().orElse(""), s)
          && String.join(" ", tasks.get(i - 1).responsibleUnits()).equals(units) && !units.isEmpty();
      if (site && !coveredFromAbove) {
        while (i + span < tasks.size() && Objects.equals(tasks.get(i + span).section().orElse(""), s)
            && String.join(" ", tasks.get(i + span).responsibleUnits()).equals(units) && !units.isEmpty()) span++;
      }
      html.append("<tr><td align=\"center\" valign=\"middle\">").append(t.number()).append("</td><td valign=\"top\">")
          .append(site ? "<p>" + esc(t.text()) + "</p>" : esc(t.text())).append("</td>");
      if (!coveredFromAbove) {
        html.append("<td valign=\"middle\"").append(span > 1 ? " rowspan=\"" + span + "\"" : "").append(">").append(esc(units)).append("</td>");
      }
      html.append("<td valign=\"top\">").append(paragraphs(t.outcome().narrative())).append("</td></tr>\n");
    }
    if (open) html.append("</table>\n");
    if (site) {
      html.append("</div>\n<div class=\"share\">分享到：<a>微信</a> <a>微博</a></div>\n</td></tr></table>\n"
          + "<footer><p>主办：人民政府办公室 版权所有 备案号：陕ICP备00000000号</p></footer>\n</body></html>\n");
      // characters GBK lacks (², emoji) as numeric references, as a site's editor writes them
      java.nio.charset.CharsetEncoder gbk = Charset.forName("GBK").newEncoder();
      StringBuilder safe = new StringBuilder();
      html.toString().codePoints().forEach(cp -> {
        String ch = new String(Character.toChars(cp));
        if (gbk.canEncode(ch)) safe.append(ch); else safe.append("&#").append(cp).append(';');
      });
      Files.write(Path.of(a[1]), safe.toString().getBytes(Charset.forName("GBK")));
    } else {
      html.append("</body></html>\n");
      Files.writeString(Path.of(a[1]), html.toString());
    }
  }
}
