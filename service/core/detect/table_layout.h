// Tables typed or pasted as text: one row per line, cells split by '|' (Markdown, text pasted from
// a grid), by tabs (Excel, and Word tables as HtmlToText renders them), by ';' or ',' (a CSV
// export: every line with as many as the first, outside quotes; a ',' export's header line has no
// blank), by gaps of two blanks or more (a plain-text mail's table or form aligned with spaces,
// every line with as many gaps as the first), the block's first line holding the column headers. A
// value in a table is often named only by its column's header ("Geboortedatum", "BSN"), rows away
// from it.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <initializer_list>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/detect/pattern_scan.h"
#include "core/detect/text_lines.h"

namespace vermeld {

class TableLayout {
 public:
  // Linear in the text; a text without '|', tab, ';', ',' or two blanks in a row is rejected by
  // five passes.
  explicit TableLayout(std::string_view text);
  // The same, from the text's lines (ScanText::Lines) rather than a search for each line's end.
  explicit TableLayout(const TextLines& lines);

  // The trimmed header cell of the column holding text[pos], or empty when pos is not in a body
  // row of a table.
  std::string_view HeaderAbove(size_t pos) const;

  // The header cells of the table (Block::IsTable: "Naam:<tab>Jan" is a form's field) whose
  // header line holds text[pos], or none.
  std::span<const ByteSpan> HeaderCellsAt(size_t pos) const;

  // Calls fn(header, cell) for every non-empty body cell (trimmed) of tables (Block::IsTable), in
  // text order: a key-value form ("Naam:<tab>Jan") is not a table with columns of like values.
  // A template: the cells are split once, by the constructor, and a call through std::function
  // for each then cost more than reading them.
  template <typename Fn>
  void ForEachBodyCell(Fn fn) const {
    for (const BodyCell& c : body_cells_) fn(Header(blocks_[c.block], c.column), c.cell);
  }

  // Calls fn(label, value) with the first two non-empty cells (trimmed) of every line of the
  // blocks of fewer than kMinColumns named columns: a key-value form typed as a grid ("|
  // Achternaam | Bakker |", "Naam<TAB>Jan Peeters"), its first line a field like the others
  // unless a rule under it makes it a header.
  void ForEachKeyValue(const std::function<void(std::string_view, ByteSpan)>& fn) const;

  // Calls fn(header, label, cell) for every non-empty body cell of tables (Block::IsTable) after
  // the first non-empty cell of its row, the label: a form comparing people side by side ("Champ
  // | Arrivant 1 | Arrivant 2" over "NOM | POPA | DE GROOT") names its fields in its first column.
  void ForEachRowLabelledCell(
      const std::function<void(std::string_view, std::string_view, ByteSpan)>& fn) const;

  static constexpr size_t kMinColumns = 3;

 private:
  struct Block {
    size_t header_begin = 0;  // of the header line
    size_t body_begin = 0;    // of the first body line
    size_t end = 0;           // of the last line
    char separator = '|';
    size_t first_header = 0;  // index into headers_ of the header line's first cell
    size_t columns = 0;       // cells in the header line
    // ...not counting empty ones: "| Achternaam | Bakker |" opens a key-value form of two columns,
    // its outer bars making four cells.
    size_t named_columns = 0;
    bool ruled = false;  // a Markdown rule under the header line: "|---|---|"

    // Columns of like values under their headers: kMinColumns named ones, or a rule under the
    // header ("| Naam | Functie |\n|---|---|"); else a key-value form.
    bool IsTable() const { return named_columns >= kMinColumns || ruled; }
  };

  // True when the block `open`, its first line [first, first_end), goes on with the table just
  // closed after a heading between: a list of workers per subcontractor, of pupils per class
  // ("Onderaannemer 2: ..." over "| POPESCU Andrei | 07/02/1985 |" with no header of its own);
  // or after a row aligned with a blank too few ("Fleur de Groot    4738.19.740 +31 6 ...").
  bool ContinuesTable(const Block& open, size_t first, size_t first_end) const;
  static constexpr size_t kMaxLinesBetween = 4;

  // Calls fn(block, begin, end) for each body line [begin, end) of tables (Block::IsTable).
  void ForEachBodyLine(const std::function<void(const Block&, size_t, size_t)>& fn) const;
  // The cells of the line [begin, end), trimmed (empty cells as empty spans), in order.
  void SplitRow(size_t begin, size_t end, char separator,
                const std::function<void(size_t, ByteSpan)>& fn) const;
  std::string_view Header(const Block& block, size_t column) const;

  // A non-empty body cell of a table (Block::IsTable) and where its header is.
  struct BodyCell {
    uint32_t block = 0;  // index into blocks_
    uint32_t column = 0;
    ByteSpan cell;
  };

  std::string_view text_;
  std::vector<Block> blocks_;         // sorted, disjoint
  std::vector<ByteSpan> headers_;     // every block's header cells
  std::vector<BodyCell> body_cells_;  // in text order (ForEachBodyCell)
};

// The header lower-cased (A-Z only), blanks and a final ':' dropped from its ends: what callers
// compare with their column names ("Geboortedatum :" -> "geboortedatum").
std::string NormalizedHeader(std::string_view header);

// True when a cell's value says there is none or none is known: "geen", "n.v.t.", "onbekend",
// "-", "inconnue", bilingual "geen / aucune". Read like a header (NormalizedHeader).
bool CellSaysNone(std::string_view cell);

constexpr size_t kMaxHeader = 48;

// True when the normalized header equals one of `names` or contains one of `parts`. A header of
// more than kMaxHeader bytes is a line of prose or a programme's first row, not a column's name
// ("Lezing \"Zorg voor jezelf\" door het Centrum Geestelijke Gezondheidszorg"), unless slashes
// part its languages ("Geboortedatum / Date de naissance / Date of birth").
bool HeaderMatches(std::string_view header, std::initializer_list<std::string_view> names,
                   std::initializer_list<std::string_view> parts);

}  // namespace vermeld
