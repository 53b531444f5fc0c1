#include "core/disclosure/insert.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <vector>

#include "core/disclosure/body_end.h"
#include "core/disclosure/recognize.h"
#include "core/text/html_to_text.h"

namespace vermeld {
namespace {

constexpr std::string_view kHtmlMarker = "data-vermeld=\"disclosure\"";

// Elements that may not hold a <p>: the insertion point must be outside them.
constexpr std::array<std::string_view, 14> kPhrasing = {
    "p", "span", "font", "b", "i", "em", "strong", "u", "a", "h1", "h2", "h3", "h4", "small"};
constexpr std::array<std::string_view, 12> kVoid = {
    "br", "hr", "img", "meta", "link", "input", "wbr", "col", "area", "base", "source", "track"};
// Containers that start quoted history or a signature in mail clients' HTML.
constexpr std::array<std::string_view, 7> kHistory = {"<div id=\"divrplyfwdmsg\"",
                                                      "<div id=\"appendonsend\"",
                                                      "<div class=\"gmail_quote",
                                                      "<div class=\"gmail_signature\"",
                                                      "<blockquote",
                                                      "<div class=\"moz-cite-prefix\"",
                                                      "<div id=\"signature\""};

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

std::string EscapeHtml(std::string_view s) {
  std::string out;
  for (char c : s) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      default:
        out += c;
    }
  }
  return out;
}

struct OpenTag {
  std::string name;
  std::string text;  // the opening tag as written, to reopen it
};

std::string TagName(std::string_view tag) {  // tag = "<name ...>" or "</name>"
  size_t i = 1 + (tag.size() > 1 && tag[1] == '/');
  size_t j = i;
  while (j < tag.size() && (std::isalnum(static_cast<unsigned char>(tag[j])) || tag[j] == ':')) ++j;
  return Lower(tag.substr(i, j - i));
}

// The elements open at byte `pos` of the HTML (outermost first). Comments, doctype and the
// contents of <script>/<style> are skipped; a closing tag pops up to its element.
std::vector<OpenTag> OpenElements(std::string_view html, size_t pos) {
  std::vector<OpenTag> stack;
  size_t i = 0;
  while (i < pos) {
    const size_t lt = html.find('<', i);
    if (lt == std::string_view::npos || lt >= pos) break;
    if (html.substr(lt, 4) == "<!--") {
      const size_t end = html.find("-->", lt + 4);
      i = end == std::string_view::npos ? html.size() : end + 3;
      continue;
    }
    const size_t gt = html.find('>', lt);
    if (gt == std::string_view::npos) break;
    const std::string_view tag = html.substr(lt, gt - lt + 1);
    i = gt + 1;
    const std::string name = TagName(tag);
    if (name.empty()) continue;  // <!DOCTYPE>, <?xml?>, "a < b"
    if (tag[1] == '/') {
      const auto it = std::find_if(stack.rbegin(), stack.rend(),
                                   [&](const OpenTag& t) { return t.name == name; });
      if (it != stack.rend()) stack.erase(std::next(it).base(), stack.end());
      continue;
    }
    if (name == "script" || name == "style") {
      const size_t end = Lower(html.substr(i)).find("</" + name);
      i = end == std::string::npos ? html.size() : i + end;
      continue;
    }
    const bool self_closing = tag.size() >= 2 && tag[tag.size() - 2] == '/';
    if (!self_closing && std::find(kVoid.begin(), kVoid.end(), name) == kVoid.end()) {
      stack.push_back({name, std::string(tag)});
    }
  }
  return stack;
}

// Moves `pos` back over white space and opening tags (and <hr>) right before it, so the line
// goes before the element that starts the signature or history, not inside it.
size_t BackOverOpeningTags(std::string_view html, size_t pos) {
  while (pos > 0) {
    size_t p = pos;
    while (p > 0 && std::isspace(static_cast<unsigned char>(html[p - 1]))) --p;
    if (p == 0 || html[p - 1] != '>') return pos;
    const size_t lt = html.rfind('<', p - 1);
    if (lt == std::string_view::npos) return pos;
    const std::string_view tag = html.substr(lt, p - lt);
    const std::string name = TagName(tag);
    const bool opening = tag.size() > 1 && tag[1] != '/' && !name.empty();
    if (!opening || name == "br" || name == "body" || name == "html") return pos;
    pos = lt;
  }
  return pos;
}

InsertResult InsertHtml(std::string_view html, std::string_view line) {
  const std::string lower = Lower(html);
  size_t cut = html.size();
  const size_t body_close = lower.find("</body");
  if (body_close != std::string::npos) cut = body_close;
  for (std::string_view marker : kHistory) {
    const size_t at = lower.find(marker);
    if (at < cut) cut = BackOverOpeningTags(html, at);
  }
  const HtmlText plain = HtmlToText(html);
  const size_t text_cut = BodyEnd(plain.text);
  if (text_cut < plain.text.size()) {
    cut = std::min(cut, BackOverOpeningTags(html, plain.source[text_cut]));
  }
  std::string paragraph = "<p class=\"vermeld-disclosure\" " + std::string(kHtmlMarker) +
                          " style=\"font-size:smaller;color:#6b6b6b;font-style:italic\">" +
                          EscapeHtml(line) + "</p>";
  const std::vector<OpenTag> open = OpenElements(html, cut);
  const auto first_phrasing = std::find_if(open.begin(), open.end(), [](const OpenTag& t) {
    return std::find(kPhrasing.begin(), kPhrasing.end(), t.name) != kPhrasing.end();
  });
  std::string close, reopen;
  for (auto it = first_phrasing; it != open.end(); ++it) {
    close.insert(0, "</" + it->name + ">");
    reopen += it->text;
  }
  InsertResult r;
  r.inserted = true;
  r.text.reserve(html.size() + paragraph.size() + close.size() + reopen.size());
  r.text.append(html.substr(0, cut)).append(close).append(paragraph).append(reopen);
  r.text.append(html.substr(cut));
  return r;
}

InsertResult InsertPlain(std::string_view text, std::string_view line) {
  const size_t cut = BodyEnd(text);
  size_t body_end = cut;
  while (body_end > 0 && std::isspace(static_cast<unsigned char>(text[body_end - 1]))) --body_end;
  InsertResult r;
  r.inserted = true;
  r.text.append(text.substr(0, body_end));
  if (body_end > 0) r.text += "\n\n";
  r.text.append(line);
  if (cut < text.size()) {
    r.text.append("\n\n").append(text.substr(cut));
  } else if (!text.empty() && text.back() == '\n') {
    r.text += '\n';
  }
  return r;
}

}  // namespace

InsertResult InsertDisclosure(std::string_view text, bool html, std::string_view line,
                              std::string_view policy_template) {
  const bool present = html ? text.find(kHtmlMarker) != std::string_view::npos ||
                                  FindDisclosure(HtmlToText(text).text, policy_template).present
                            : FindDisclosure(text, policy_template).present;
  if (present) return {std::string(text), false};
  return html ? InsertHtml(text, line) : InsertPlain(text, line);
}

}  // namespace vermeld
