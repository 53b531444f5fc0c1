// The text a recognizer scans, with what several recognizers need computed once: where the
// digits are (number recognizers look only there), where URLs are, and context-word lookups.
#pragma once

#include <cstddef>
#include <initializer_list>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/detect/name_tokens.h"
#include "core/detect/pattern_scan.h"
#include "core/detect/table_layout.h"
#include "core/detect/text_lines.h"

namespace vermeld {

class ScanText {
 public:
  explicit ScanText(std::string_view text);
  ~ScanText();  // leaves its buffers' room to the thread's next ScanText (spare_room.h)
  ScanText(const ScanText&) = delete;
  ScanText& operator=(const ScanText&) = delete;

  std::string_view text() const { return text_; }

  // The text as identifier patterns read it, the offsets unchanged: each '_' a blank, and each
  // comma that parts the cells of a CSV export a tab. File names join their words with '_'
  // ("loonstrook_392605090_2025-08.pdf"), where RE2's \b and the stands-alone checks would take
  // '_' for a letter, and a comma between digits joins them ("1,250"). The text itself when it
  // holds neither.
  std::string_view IdentifierText() const;

  // True when one of `words` (lower case, not empty, ASCII or UTF-8) occurs as a whole word
  // within `window` bytes before begin or after end, or in the header of the table column holding
  // begin. Only A-Z are folded: "É" must be listed as such.
  bool HasContext(size_t begin, size_t end, std::initializer_list<std::string_view> words,
                  size_t window = 120) const;

  // True when one of `words` (as HasContext) is in the header of the table column holding pos.
  bool ColumnHeaderHas(size_t pos, std::initializer_list<std::string_view> words) const;

  // Like HasContext, but only looks at the `window` bytes before `begin` (labels: "btw: ...").
  bool HasContextBefore(size_t begin, std::initializer_list<std::string_view> words,
                        size_t window) const;

  // True when text[begin, end) overlaps a URL (http://, https://, ftp:// or www. up to the next
  // blank, '<', '>' or quote): numbers and addresses inside links are paths and hosts, not
  // personal data of their own.
  bool InUrl(size_t begin, size_t end) const;

  // The maximal runs of ASCII digits, in text order.
  const std::vector<ByteSpan>& DigitRuns() const { return digit_runs_; }

  // Every digit run widened by `margin` bytes on each side (clipped to the text), overlapping
  // or touching windows merged; sorted and disjoint; windows holding fewer than `min_digits`
  // digits left out. A pattern each of whose matches holds a digit, with at most `margin`
  // non-digit bytes before its first digit and after its last, and at most 2 * margin between
  // two digits, has all its matches inside these windows (see ForEachMatchIn); a recognizer
  // whose findings need N digits loses nothing with min_digits = N. Prose has few digits, and
  // fewer long numbers: number patterns then skip most of the text.
  // Written into a buffer the text keeps (the nine number recognizers each allocated a vector a
  // text): valid, and the caller's to reorder or filter (KeepWindows), until the next call.
  std::span<ByteSpan> DigitWindows(size_t margin, size_t min_digits = 1) const;

  // The maximal runs of bytes for which in_run(byte) holds that contain `anchor` (in_run(anchor)
  // must hold), sorted and disjoint: e.g. the character runs around each '@' that can form an
  // e-mail address. Linear: found by memchr on `anchor`, each byte visited at most twice.
  std::vector<ByteSpan> RunsAround(char anchor, bool (*in_run)(char)) const;

  // The tables of the text, found at the first call.
  const TableLayout& Tables() const;

  // The words of the text, split at the first call.
  const TextWords& Words() const;

  // The lines of the text, split at the first call.
  const TextLines& Lines() const;

  // What PersonContext (person_context.h) learns of the whole text, whatever the findings, kept
  // for the next context made on it: DATE_OF_BIRTH and HEALTH each make one, and each of these
  // answers reads every line. Unset until a context asks.
  struct PersonFacts {
    std::optional<bool> letter;      // a line at the start is a salutation
    std::optional<size_t> faq_from;  // where a FAQ starts, or npos
    std::optional<bool> record;      // one person's record ("Cliënt: Jan Smet")
  };
  PersonFacts& Facts() const { return facts_; }

 private:
  std::string_view text_;
  std::vector<ByteSpan> digit_runs_;
  std::vector<ByteSpan> urls_;                   // sorted, disjoint
  mutable std::vector<ByteSpan> digit_windows_;  // DigitWindows' buffer
  mutable std::optional<std::string> identifier_text_;
  mutable std::optional<TableLayout> tables_;
  mutable std::optional<TextWords> words_;
  mutable std::optional<TextLines> lines_;
  mutable PersonFacts facts_;
};

}  // namespace vermeld
