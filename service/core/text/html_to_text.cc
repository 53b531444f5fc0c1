#include "core/text/html_to_text.h"

#include <algorithm>
#include <array>
#include <numeric>

#include "core/text/html_entities.h"
#include "core/text/utf8.h"

namespace vermeld {
namespace {

bool IsHtmlSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }
bool IsAsciiLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool IsNameChar(char c) {
  return IsAsciiLetter(c) || (c >= '0' && c <= '9') || c == ':' || c == '-' || c == '_' || c == '.';
}
char Lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

template <size_t N>
bool OneOf(std::string_view name, const std::array<std::string_view, N>& names) {
  return std::find(names.begin(), names.end(), name) != names.end();
}

// Elements whose start and end both end the current line.
constexpr std::array<std::string_view, 33> kBlocks = {
    "p",      "div",        "li",      "tr",       "h1",      "h2",     "h3",     "h4",  "h5",
    "h6",     "blockquote", "hr",      "table",    "ul",      "ol",     "dl",     "dt",  "dd",
    "pre",    "address",    "article", "aside",    "section", "header", "footer", "nav", "main",
    "figure", "figcaption", "form",    "fieldset", "center",  "caption"};
// Elements whose whole content is dropped; their content is not parsed as markup.
constexpr std::array<std::string_view, 4> kRawDropped = {"script", "style", "title", "xml"};
// Start tags that may appear in <head> without ending it.
constexpr std::array<std::string_view, 9> kHeadContent = {
    "meta", "link", "base", "title", "style", "script", "noscript", "xml", "template"};

// Collects output text and its source offsets. White space and line breaks are held back until
// the next visible character, so that they never pile up or trail.
class TextBuilder {
 public:
  void Visible(std::string_view bytes, size_t src, bool own_offsets) {
    Flush();
    out_.text.append(bytes);
    const size_t old = out_.source.size();
    out_.source.resize(old + bytes.size(), src);
    if (own_offsets) std::iota(out_.source.begin() + old, out_.source.end(), src);
  }
  // &nbsp; or U+00A0: a visible space (it keeps an otherwise empty line), but runs of them
  // collapse to one.
  void NoBreakSpace(size_t src) {
    Flush();
    if (!out_.text.empty() && out_.text.back() == ' ') return;
    out_.text.push_back(' ');
    out_.source.push_back(src);
  }
  void Space(size_t src) { Want(kSpace, src); }
  // The first cell of a row: line breaks from blocks inside it, before its text, do not count.
  void CellStart() { cell_start_ = true; }
  // A later cell of a row: its text follows the previous cell's after a tab, on the same line.
  void CellBreak(size_t src) {
    Want(kTab, src);
    breaks_ = 0;
    cell_start_ = true;
  }
  // A block boundary: the next text starts on a new line.
  void LineBreak(size_t src) {
    if (cell_start_) return;
    Hold(src);
    breaks_ = std::max(breaks_, 1);
  }
  // A row or table boundary: always a new line, even after an empty cell.
  void RowBreak(size_t src) {
    cell_start_ = false;
    LineBreak(src);
  }
  // <br>: one more line break on top of those already pending.
  void ForcedBreak(size_t src) {
    if (cell_start_) return;
    Hold(src);
    breaks_ = std::min(breaks_ + 1, kMaxBreaks);
  }

  HtmlText Finish() {
    TrimTrailing("\n \t");
    const size_t lead = out_.text.find_first_not_of(" \t\n");
    if (lead == std::string::npos) return {};
    out_.text.erase(0, lead);
    out_.source.erase(out_.source.begin(), out_.source.begin() + lead);
    return std::move(out_);
  }

 private:
  enum Sep { kNone, kSpace, kTab };
  static constexpr int kMaxBreaks = 2;  // at most one blank line

  void Hold(size_t src) {
    if (!held_) pending_src_ = src;
    held_ = true;
  }
  void Want(Sep s, size_t src) {
    Hold(src);
    sep_ = std::max(sep_, s);
  }
  void Emit(char c) {
    out_.text.push_back(c);
    out_.source.push_back(pending_src_);
  }
  void TrimTrailing(const char* chars) {
    const size_t keep = out_.text.find_last_not_of(chars) + 1;  // npos + 1 == 0
    out_.text.resize(keep);
    out_.source.resize(keep);
  }
  void Flush() {
    cell_start_ = false;
    if (!held_) return;
    if (!out_.text.empty()) {
      if (breaks_ > 0) {
        TrimTrailing(" \t");
        int trailing = 0;
        for (auto it = out_.text.rbegin(); it != out_.text.rend() && *it == '\n' && trailing < 2;
             ++it) {
          ++trailing;
        }
        if (!out_.text.empty()) {
          for (int k = trailing; k < kMaxBreaks && k - trailing < breaks_; ++k) Emit('\n');
        }
      } else if (sep_ != kNone) {
        const char last = out_.text.back();
        const bool separated = last == '\n' || last == '\t' || (sep_ == kSpace && last == ' ');
        if (!separated) Emit(sep_ == kTab ? '\t' : ' ');
      }
    }
    held_ = false;
    breaks_ = 0;
    sep_ = kNone;
  }

  HtmlText out_;
  bool held_ = false;
  bool cell_start_ = false;
  size_t pending_src_ = 0;
  int breaks_ = 0;
  Sep sep_ = kNone;
};

// Position just past the first case-insensitive "</name" followed by a name end and '>', or npos.
size_t FindEndTag(std::string_view html, size_t from, std::string_view name) {
  for (size_t lt = html.find("</", from); lt != std::string_view::npos;
       lt = html.find("</", lt + 2)) {
    size_t k = 0;
    while (k < name.size() && lt + 2 + k < html.size() && Lower(html[lt + 2 + k]) == name[k]) ++k;
    const size_t after = lt + 2 + k;
    if (k == name.size() && (after == html.size() || !IsNameChar(html[after]))) {
      const size_t gt = html.find('>', after);
      return gt == std::string_view::npos ? gt : gt + 1;
    }
  }
  return std::string_view::npos;
}

// Position just past the '>' that closes a tag whose attributes start at `from`; quoted attribute
// values may contain '>'. npos when the input ends first.
size_t FindTagEnd(std::string_view html, size_t from) {
  bool after_equals = false;
  for (size_t j = from; j < html.size(); ++j) {
    const char c = html[j];
    if (c == '>') return j + 1;
    if ((c == '"' || c == '\'') && after_equals) {
      j = html.find(c, j + 1);
      if (j == std::string_view::npos) return j;
      after_equals = false;
    } else if (c == '=') {
      after_equals = true;
    } else if (!IsHtmlSpace(c)) {
      after_equals = false;
    }
  }
  return std::string_view::npos;
}

class Converter {
 public:
  explicit Converter(std::string_view html) : html_(html) {}

  HtmlText Run() {
    while (pos_ < html_.size()) {
      const char c = html_[pos_];
      if (c == '<' && Markup()) continue;
      if (in_head_) {
        if (IsHtmlSpace(c)) {
          ++pos_;
          continue;
        }
        in_head_ = false;  // text cannot live in <head>: browsers end it here
      }
      Text();
    }
    return out_.Finish();
  }

 private:
  // Handles markup at pos_ (a '<'). Returns false when the '<' is plain text.
  bool Markup() {
    const std::string_view rest = html_.substr(pos_);
    if (rest.substr(0, 4) == "<!--") return SkipTo(html_.find("-->", pos_ + 2), 3);
    if (rest.size() < 2) return false;
    if (rest[1] == '!' || rest[1] == '?') return SkipTo(html_.find('>', pos_ + 2), 1);
    const bool end_tag = rest[1] == '/';
    const size_t name_start = pos_ + (end_tag ? 2 : 1);
    if (name_start >= html_.size() || !IsAsciiLetter(html_[name_start])) return false;
    size_t name_end = name_start;
    while (name_end < html_.size() && IsNameChar(html_[name_end])) ++name_end;
    std::string name(html_.substr(name_start, name_end - name_start));
    std::transform(name.begin(), name.end(), name.begin(), Lower);
    const size_t tag_start = pos_;
    // End tags carry no attributes worth parsing: they end at the first '>'.
    const size_t tag_end =
        end_tag ? FindTagEnd(html_, html_.find('>', name_end)) : FindTagEnd(html_, name_end);
    SkipTo(tag_end, 0);
    if (tag_end == std::string_view::npos) return true;  // cut off by the end of the input
    if (end_tag) {
      EndTag(name, tag_start);
    } else {
      StartTag(name, tag_start);
    }
    return true;
  }

  // Moves pos_ to `found + extra`, or to the end when nothing was found. Always true.
  bool SkipTo(size_t found, size_t extra) {
    pos_ = found == std::string_view::npos ? html_.size() : found + extra;
    return true;
  }

  void StartTag(const std::string& name, size_t at) {
    if (in_head_ && !OneOf(name, kHeadContent) && name.find(':') == std::string::npos) {
      in_head_ = false;
    }
    if (OneOf(name, kRawDropped)) {
      SkipTo(FindEndTag(html_, pos_, name), 0);
    } else if (name == "head") {
      in_head_ = true;
    } else if (name == "br") {
      out_.ForcedBreak(at);
    } else if (name == "td" || name == "th") {
      if (cells_in_row_++ > 0) {
        out_.CellBreak(at);
      } else {
        out_.CellStart();
      }
    } else if (OneOf(name, kBlocks)) {
      if (name == "pre") ++pre_depth_;
      if (name == "tr" || name == "table") {
        cells_in_row_ = 0;
        out_.RowBreak(at);
      } else {
        out_.LineBreak(at);
      }
    }
  }

  void EndTag(const std::string& name, size_t at) {
    if (name == "head") {
      in_head_ = false;
    } else if (name == "br") {
      out_.ForcedBreak(at);  // browsers read </br> as <br>
    } else if (OneOf(name, kBlocks)) {
      if (name == "pre" && pre_depth_ > 0) --pre_depth_;
      if (name == "tr" || name == "table") {
        cells_in_row_ = 0;
        out_.RowBreak(at);
      } else {
        out_.LineBreak(at);
      }
    }
  }

  void Text() {
    const char c = html_[pos_];
    if (c == '&') {
      if (const auto e = DecodeHtmlEntity(html_.substr(pos_))) {
        Decoded(e->code_point);
        pos_ += e->length;
        return;
      }
    } else if (IsHtmlSpace(c)) {
      if (pre_depth_ == 0) {
        out_.Space(pos_);
      } else if (c != '\r') {
        out_.Visible(html_.substr(pos_, 1), pos_, true);
      }
      ++pos_;
      return;
    } else if (c == '\xC2' && pos_ + 1 < html_.size() && html_[pos_ + 1] == '\xA0') {
      out_.NoBreakSpace(pos_);
      pos_ += 2;
      return;
    }
    // A run of ordinary bytes (a lone '&' or '<' starts one). A single space between two ordinary
    // bytes is already collapsed, so it stays in the run.
    const auto ordinary = [&](size_t k) {
      const char d = html_[k];
      return d != '<' && d != '&' && d != '\xC2' && !IsHtmlSpace(d);
    };
    size_t end = pos_ + 1;
    while (end < html_.size()) {
      if (ordinary(end)) {
        ++end;
      } else if (html_[end] == ' ' && end + 1 < html_.size() && ordinary(end + 1)) {
        end += 2;
      } else {
        break;
      }
    }
    out_.Visible(html_.substr(pos_, end - pos_), pos_, true);
    pos_ = end;
  }

  void Decoded(char32_t cp) {
    if (cp == 0xA0) {
      out_.NoBreakSpace(pos_);
      return;
    }
    std::string bytes;
    AppendUtf8(cp, bytes);
    out_.Visible(bytes, pos_, false);
  }

  std::string_view html_;
  size_t pos_ = 0;
  bool in_head_ = false;
  int pre_depth_ = 0;
  int cells_in_row_ = 0;  // of the innermost row; nested tables make it approximate
  TextBuilder out_;
};

}  // namespace

HtmlText HtmlToText(std::string_view html) { return Converter(html).Run(); }

}  // namespace vermeld
