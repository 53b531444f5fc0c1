#include "core/detect/table_layout.h"

#include <algorithm>
#include <bit>
#include <cstring>

#include "core/detect/byte_lanes.h"
#include "core/detect/name_lists.h"

namespace vermeld {
namespace {

// Longer lines are prose or noise, never table rows; the bound keeps a column lookup, which
// counts separators from the start of the line, cheap.
constexpr size_t kMaxRowBytes = 1024;

bool IsBlank(char c) { return c == ' ' || c == '\t' || c == '\r'; }

// The separator of a block whose header line lines its cells up with runs of tabs, as one types
// a table in Word ("N°\tEnfant\t\t\t\tNé(e) le"): each run parts two cells.
constexpr char kTabRuns = '\x1f';

// The runs of tabs in `line`.
size_t CountTabRuns(std::string_view line) {
  size_t n = 0;
  for (size_t i = 0; i < line.size(); ++i) n += line[i] == '\t' && (i == 0 || line[i - 1] != '\t');
  return n;
}

// The separators `sep` of a line outside quotes: exports quote a cell that holds one
// ("...;\"ok; na controle\"").
size_t CountUnquoted(std::string_view line, char sep) {
  const size_t first = line.find(sep);  // most lines have none: no byte loop for them
  if (first == std::string_view::npos) return 0;
  size_t n = 0;
  bool quoted = std::count(line.begin(), line.begin() + first, '"') % 2 == 1;
  for (size_t i = first; i < line.size(); ++i) {
    quoted ^= line[i] == '"';
    n += line[i] == sep && !quoted;
  }
  return n;
}

// The first two blanks in a row from `from` on, or text.size(). Sixteen places at a time: find
// stops at every blank, and prose has one every few bytes.
size_t GapFrom(std::string_view text, size_t from) {
  const char* d = text.data();
  size_t i = from;
  for (; i + 17 <= text.size(); i += 16) {
    const unsigned pairs = Lanes::TopBits(Lanes::And(Lanes::Equal(Lanes::Load(d + i), ' '),
                                                     Lanes::Equal(Lanes::Load(d + i + 1), ' ')));
    if (pairs != 0) return i + std::countr_zero(pairs);
  }
  for (; i + 1 < text.size(); ++i) {
    if (d[i] == ' ' && d[i + 1] == ' ') return i;
  }
  return text.size();
}

// The first two blanks in a row in `s` that break columns, from `from`, a cell's first byte, on;
// or npos. Two blanks after a stop that ends words, before a capital, space a typist's sentences
// ("Uw paspoort is klaar.  Kom het ophalen."): as a column break they made forms and tables of
// prose. A cell of one word keeps its stop ("Nr.  Naam").
size_t ColumnGap(std::string_view s, size_t from) {
  const size_t blank = s.find(' ', from);
  size_t gap = s.find("  ", from);
  while (gap != std::string_view::npos && blank < gap &&
         std::string_view(".!?").find(s[gap - 1]) != std::string_view::npos && gap + 2 < s.size() &&
         s[gap + 2] >= 'A' && s[gap + 2] <= 'Z') {
    gap = s.find("  ", gap + 2);
  }
  return gap;
}

// The gaps of two blanks or more in `s` after its first non-blank byte: the column breaks of a
// table aligned with spaces, as a plain-text mail types one ("Naam      BSN      Geb.datum").
size_t CountGaps(std::string_view s) {
  size_t gaps = 0;
  size_t i = s.find_first_not_of(" \r");
  for (size_t gap = i == std::string_view::npos ? i : ColumnGap(s, i);
       gap != std::string_view::npos; gap = ColumnGap(s, gap)) {
    gap = s.find_first_not_of(' ', gap);
    if (gap == std::string_view::npos || s[gap] == '\r') break;  // blanks that end the line
    ++gaps;
  }
  return gaps;
}

// The next occurrence of a byte from a line on, looked for again only once a line passes it:
// most lines hold no '|', tab or ';', and a search of each line for each was a memchr call.
// Linear: the searches of one byte read disjoint stretches of the text.
class NextByte {
 public:
  NextByte(std::string_view text, char c) : text_(text), c_(c), next_(Find(0)) {}
  // True when text[begin, end) holds the byte; `begin` never decreases from call to call.
  bool In(size_t begin, size_t end) {
    if (next_ < begin) next_ = Find(begin);
    return next_ < end;
  }

 private:
  size_t Find(size_t from) const { return std::min(text_.find(c_, from), text_.size()); }

  std::string_view text_;
  char c_;
  size_t next_;
};

// What a line holds of the separators that make a row (NextByte), and of two blanks in a row.
struct LineHolds {
  bool pipe = false;
  bool tab = false;
  bool semicolon = false;
  bool gap = false;
};

// The separator of a row: '|' when the line has one, else a tab, else two or more ';' (CSV as
// Excel exports it in Belgium and the Netherlands), else two or more ',' (CSV as other tools
// export it) in a block of them or on a header line without blanks ("firstname,lastname,email":
// prose puts a blank after its commas), else gaps (' ': a table or a form aligned with spaces;
// `holds.gap`: the line holds two blanks in a row), else none ('\0'). `cells` counts the ';', ','
// or gaps of such a row.
char RowSeparator(std::string_view line, LineHolds holds, bool in_comma_block, size_t& cells) {
  cells = 0;
  if (line.size() > kMaxRowBytes) return '\0';
  if (holds.pipe) return '|';
  if (holds.tab) return '\t';
  if (holds.semicolon && (cells = CountUnquoted(line, ';')) >= 2) return ';';
  if (in_comma_block || line.find(' ') == std::string_view::npos) {
    return (cells = CountUnquoted(line, ',')) >= 2 ? ',' : '\0';
  }
  return holds.gap && (cells = CountGaps(line)) >= 1 ? ' ' : '\0';
}

// Markdown's rule under the header: "|---|:---:|".
bool IsRuleRow(std::string_view line) {
  return line.find_first_not_of("|-:+ \t\r") == std::string_view::npos &&
         line.find('-') != std::string_view::npos;
}

size_t LineEnd(std::string_view text, size_t begin) {
  const size_t end = text.find('\n', begin);
  return end == std::string_view::npos ? text.size() : end;
}

}  // namespace

TableLayout::TableLayout(std::string_view text) : TableLayout(TextLines(text)) {}

TableLayout::TableLayout(const TextLines& lines) : text_(lines.text()) {
  const std::string_view text = text_;
  size_t next_gap = GapFrom(text, 0);
  NextByte pipes(text, '|'), tabs(text, '\t'), semicolons(text, ';');
  if (!pipes.In(0, text.size()) && !tabs.In(0, text.size()) && !semicolons.In(0, text.size()) &&
      !std::memchr(text.data(), ',', text.size()) && next_gap == text.size()) {
    return;
  }
  Block open;
  size_t header_begin = 0, header_end = 0, rows = 0;  // of `open`
  size_t separators = 0;  // in each line of an open ';' or ',' block: prose has no fixed count
  // True when `open`, its header holding two tabs in a row, lines its cells up with runs of
  // tabs: a body line with another number of tabs than the header, or rows that copy the
  // header's runs and hold nothing under its empty cells. A spreadsheet's rows keep the header's
  // tabs and fill a column under an empty or merged header cell ("Naam\t\tGeboortedatum" over
  // "Peeters\tJan\t12/03/1990"): each tab ends a cell there.
  auto typed_with_tab_runs = [&] {
    const auto tabs = [&](size_t b, size_t e) {
      return std::count(text.begin() + b, text.begin() + e, '\t');
    };
    const auto header_tabs = tabs(header_begin, header_end);
    uint64_t blank_headers = 0;
    SplitRow(header_begin, header_end, '\t', [&](size_t column, ByteSpan cell) {
      if (column < 64 && cell.begin == cell.end) blank_headers |= uint64_t{1} << column;
    });
    bool filled_under_blank = false;
    for (size_t line = open.body_begin; line <= open.end && line < text.size();) {
      const size_t line_end = LineEnd(text, line);
      if (tabs(line, line_end) != header_tabs) return true;
      SplitRow(line, line_end, '\t', [&](size_t column, ByteSpan cell) {
        filled_under_blank |=
            column < 64 && ((blank_headers >> column) & 1) != 0 && cell.begin < cell.end;
      });
      line = line_end + 1;
    }
    return !filled_under_blank;
  };
  auto close = [&] {
    if (open.separator == '\t' &&
        text.substr(header_begin, header_end - header_begin).find("\t\t") !=
            std::string_view::npos &&
        typed_with_tab_runs()) {
      open.separator = kTabRuns;
    }
    if (rows > 0 && !open.ruled && ContinuesTable(open, header_begin, header_end)) {
      // Its lines are rows under the table above's header.
      const Block& above = blocks_.back();
      open.separator = above.separator;
      open.body_begin = header_begin;
      open.first_header = above.first_header;
      open.columns = above.columns;
      open.named_columns = above.named_columns;
      open.ruled = above.ruled;
      blocks_.push_back(open);
    } else if (rows >= 2 && open.body_begin <= open.end) {
      open.first_header = headers_.size();
      SplitRow(header_begin, header_end, open.separator, [&](size_t, ByteSpan cell) {
        headers_.push_back(cell);
        open.named_columns += cell.begin < cell.end;
      });
      open.columns = headers_.size() - open.first_header;
      // Semicolons and commas make only tables: two rows of "Naam;Jan Peeters;" are more likely
      // a list than a form. Lines of one gap are a form ("Aanvrager      PEETERS, Marleen").
      if ((open.separator == ';' || open.separator == ',') && !open.IsTable()) {
        headers_.resize(open.first_header);
      } else {
        blocks_.push_back(open);
      }
    }
    rows = 0;
  };
  for (size_t i = 0; i < lines.size() && lines.Begin(i) < text.size(); ++i) {
    const size_t begin = lines.Begin(i);
    const size_t end = lines.End(i);
    const std::string_view line = lines.Line(i);
    size_t cells = 0;
    // Two blanks in a row are looked for once per gap, not once per blank: prose has a blank
    // every few bytes, and most lines no gap.
    if (next_gap < begin) next_gap = GapFrom(text, begin);
    const LineHolds holds{.pipe = pipes.In(begin, end),
                          .tab = tabs.In(begin, end),
                          .semicolon = semicolons.In(begin, end),
                          .gap = next_gap < end};
    const char sep = RowSeparator(line, holds, rows > 0 && open.separator == ',', cells);
    if (sep == '\0' || (rows > 0 && (sep != open.separator || cells != separators))) close();
    if (sep != '\0') {
      if (rows == 0) {
        open = {begin, end + 1, begin, sep, 0, 0, 0, false};
        header_begin = begin;
        header_end = end;
        separators = cells;
      } else if (rows == 1 && IsRuleRow(line)) {
        open.body_begin = end + 1;
        open.ruled = true;
      }
      open.end = begin;
      ++rows;
    }
  }
  close();
  // The body cells, split once: four recognizers read them, each split every row again.
  ForEachBodyLine([&](const Block& block, size_t line, size_t line_end) {
    const auto index = static_cast<uint32_t>(&block - blocks_.data());
    SplitRow(line, line_end, block.separator, [&](size_t column, ByteSpan cell) {
      if (cell.begin < cell.end) {
        body_cells_.push_back(
            {.block = index, .column = static_cast<uint32_t>(column), .cell = cell});
      }
    });
  });
}

bool TableLayout::ContinuesTable(const Block& open, size_t first, size_t first_end) const {
  if (blocks_.empty()) return false;
  const Block& above = blocks_.back();
  auto base = [](char separator) { return separator == kTabRuns ? '\t' : separator; };
  if (!above.IsTable() || base(above.separator) != base(open.separator)) return false;
  // A heading between, blank lines around it, or a row whose cells a slip ran together: no more
  // than kMaxLinesBetween line ends (counted
  // only over a few rows' bytes: lines of one cell after a table must not each count back to it).
  const size_t above_end = LineEnd(text_, above.end);
  if (first < above_end || first - above_end > kMaxLinesBetween * kMaxRowBytes ||
      static_cast<size_t>(std::count(text_.begin() + above_end, text_.begin() + first, '\n')) >
          kMaxLinesBetween) {
    return false;
  }
  // As many cells as the header above, and digits in the first line, as rows of dates and
  // numbers have, each in a column whose cell in the table's last row has one too: a header of
  // another table under a heading may hold a year ("| Factuur 2024 | Vervaldatum | Bedrag |"),
  // under a column of names.
  auto has_digit = [&](ByteSpan cell) {
    return std::any_of(text_.begin() + cell.begin, text_.begin() + cell.end, IsAsciiDigit);
  };
  uint64_t digit_columns = 0;
  SplitRow(above.end, LineEnd(text_, above.end), above.separator, [&](size_t column, ByteSpan c) {
    if (column < 64 && has_digit(c)) digit_columns |= uint64_t{1} << column;
  });
  size_t cells = 0;
  bool digits = false, aligned = true;
  SplitRow(first, first_end, above.separator, [&](size_t column, ByteSpan cell) {
    ++cells;
    if (!has_digit(cell)) return;
    digits = true;
    aligned = aligned && column < 64 && ((digit_columns >> column) & 1) != 0;
  });
  return cells == above.columns && digits && aligned;
}

void TableLayout::SplitRow(size_t begin, size_t end, char separator,
                           const std::function<void(size_t, ByteSpan)>& fn) const {
  for (size_t column = 0, b = begin;; ++column) {
    size_t e = b;
    if (separator == ';' || separator == ',') {  // a quoted cell may hold one: "ok; na controle"
      for (bool quoted = false; e < end && (quoted || text_[e] != separator); ++e) {
        quoted ^= text_[e] == '"';
      }
    } else if (separator == ' ') {  // the next gap after the cell's first byte
      while (b < end && text_[b] == ' ') ++b;
      e = ColumnGap(text_.substr(b, end - b), 0);
      e = e == std::string_view::npos ? end : b + e;
    } else {
      e = text_.find(separator == kTabRuns ? '\t' : separator, b);
      if (e == std::string_view::npos || e > end) e = end;
    }
    size_t cb = b, ce = e;
    while (cb < ce && IsBlank(text_[cb])) ++cb;
    while (ce > cb && IsBlank(text_[ce - 1])) --ce;
    if (ce - cb >= 2 && text_[cb] == '"' && text_[ce - 1] == '"') ++cb, --ce;  // "Naam";"Claes"
    fn(column, {cb, ce});
    if (e == end) return;
    b = e + 1;
    if (separator == kTabRuns) {
      while (b < end && text_[b] == '\t') ++b;
    }
  }
}

std::string_view TableLayout::Header(const Block& block, size_t column) const {
  if (column >= block.columns) return {};
  const ByteSpan h = headers_[block.first_header + column];
  return text_.substr(h.begin, h.end - h.begin);
}

std::string_view TableLayout::HeaderAbove(size_t pos) const {
  auto it = std::upper_bound(blocks_.begin(), blocks_.end(), pos,
                             [](size_t p, const Block& b) { return p < b.body_begin; });
  if (it == blocks_.begin()) return {};
  const Block& block = *--it;
  // Past the block's last line (a row is no longer than kMaxRowBytes): without this test a long
  // line after a table was read back to its start for every candidate in it (quadratic).
  if (pos > block.end + kMaxRowBytes) return {};
  size_t line = text_.rfind('\n', pos == 0 ? 0 : pos - 1);
  line = line == std::string_view::npos || pos == 0 ? 0 : line + 1;
  if (line > block.end) return {};  // after the block's last line
  const std::string_view before = text_.substr(line, pos - line);
  // With the byte at pos: the gap right before a cell counts, blanks at a line's end do not.
  if (block.separator == ' ') return Header(block, CountGaps(text_.substr(line, pos - line + 1)));
  if (block.separator == kTabRuns) return Header(block, CountTabRuns(before));
  const bool quotable = block.separator == ';' || block.separator == ',';
  return Header(block, quotable ? CountUnquoted(before, block.separator)
                                : static_cast<size_t>(
                                      std::count(before.begin(), before.end(), block.separator)));
}

std::span<const ByteSpan> TableLayout::HeaderCellsAt(size_t pos) const {
  // The first block whose body starts after pos: its header line is the only one that can hold it.
  auto it = std::upper_bound(blocks_.begin(), blocks_.end(), pos,
                             [](size_t p, const Block& b) { return p < b.body_begin; });
  if (it == blocks_.end() || !it->IsTable()) return {};
  const std::span<const ByteSpan> cells(headers_.data() + it->first_header, it->columns);
  if (pos < cells.front().begin || pos >= cells.back().end) return {};
  return cells;
}

void TableLayout::ForEachBodyLine(
    const std::function<void(const Block&, size_t, size_t)>& fn) const {
  for (const Block& block : blocks_) {
    if (!block.IsTable()) continue;
    for (size_t line = block.body_begin; line <= block.end;) {
      const size_t line_end = LineEnd(text_, line);
      fn(block, line, line_end);
      line = line_end + 1;
    }
  }
}

void TableLayout::ForEachRowLabelledCell(
    const std::function<void(std::string_view, std::string_view, ByteSpan)>& fn) const {
  ForEachBodyLine([&](const Block& block, size_t line, size_t line_end) {
    ByteSpan label{};
    SplitRow(line, line_end, block.separator, [&](size_t column, ByteSpan cell) {
      if (cell.begin == cell.end) return;
      if (label.begin == label.end) {
        label = cell;
      } else {
        fn(Header(block, column), text_.substr(label.begin, label.end - label.begin), cell);
      }
    });
  });
}

void TableLayout::ForEachKeyValue(const std::function<void(std::string_view, ByteSpan)>& fn) const {
  for (const Block& block : blocks_) {
    // A ruled grid of two columns may pair fields and values under its header ("| Veld | Waarde
    // |\n|---|---|\n| Naam | Jan Peeters |"); an unruled one's first line is a field too.
    if (block.named_columns >= kMinColumns) continue;
    for (size_t line = block.ruled ? block.body_begin : block.header_begin; line <= block.end;) {
      const size_t line_end = LineEnd(text_, line);
      if (IsRuleRow(text_.substr(line, line_end - line))) {
        line = line_end + 1;
        continue;
      }
      ByteSpan label{}, value{};
      int named = 0;
      SplitRow(line, line_end, block.separator, [&](size_t, ByteSpan cell) {
        if (cell.begin == cell.end) return;
        (named == 0 ? label : value) = cell;
        ++named;
      });
      if (named == 2) fn(text_.substr(label.begin, label.end - label.begin), value);
      line = line_end + 1;
    }
  }
}

bool CellSaysNone(std::string_view cell) {
  auto none = [](std::string_view part) {
    while (part.starts_with(' ')) part.remove_prefix(1);
    while (part.ends_with(' ')) part.remove_suffix(1);
    for (std::string_view word :
         {"",           "/",        "-",    "\u2013", "nee",     "neen",     "geen",   "nvt",
          "n.v.t.",     "onbekend", "none", "no",     "n/a",     "non",      "aucun",  "aucune",
          "n\u00e9ant", "ok",       "x",    "?",      "inconnu", "inconnue", "unknown"}) {
      if (part == word) return true;
    }
    return false;
  };
  const std::string entry = NormalizedHeader(cell);
  if (none(entry)) return true;
  const size_t slash = entry.find(" / ");
  return slash != std::string::npos && none(std::string_view(entry).substr(0, slash)) &&
         none(std::string_view(entry).substr(slash + 3));
}

std::string NormalizedHeader(std::string_view header) {
  while (!header.empty() && (IsBlank(header.back()) || header.back() == ':')) {
    header.remove_suffix(1);
  }
  while (!header.empty() && IsBlank(header.front())) header.remove_prefix(1);
  // Accented capitals too: forms write "PRÉNOM / VOORNAAM", "NÉ(E) LE".
  std::string out;
  AppendLowerUtf8(header, out);
  return out;
}

bool HeaderMatches(std::string_view header, std::initializer_list<std::string_view> names,
                   std::initializer_list<std::string_view> parts) {
  if (header.empty() ||
      (header.size() > kMaxHeader && header.find('/') == std::string_view::npos)) {
    return false;
  }
  const std::string h = NormalizedHeader(header);
  for (std::string_view n : names) {
    if (h == n) return true;
  }
  for (std::string_view p : parts) {
    if (h.find(p) != std::string::npos) return true;
  }
  return false;
}

}  // namespace vermeld
