// Numbers a scan or a hurried hand spread out: "1 6 1 9 . 9 1 4 . 3 5 1", "80 63 60 835",
// "12 . 04 . 03 - 2 8 6 . 1 9". Their grouping tells nothing, so the number recognizers' patterns
// (which know each number's grouping) miss them; a label right before and the checksum tell what
// they are.
#pragma once

#include <cstddef>
#include <initializer_list>
#include <string_view>
#include <vector>

#include "core/detect/finding.h"
#include "core/detect/pattern_scan.h"
#include "core/detect/scan_text.h"

namespace vermeld {

// A kind of number as a recognizer looks for it spread out.
struct ScatteredKind {
  size_t digits = 0;
  std::initializer_list<std::string_view> labels;    // lower case, as ScanText::HasContextBefore
  bool (*valid)(std::string_view digits) = nullptr;  // the checksum
  std::string_view type;
  double score = 0;
};

// Appends a finding of `kind` for each number of kind.digits digits passing kind.valid that
// overlaps none of out[first, end) (what the recognizer's pattern found, in text order) and is
// either spread out right after one of kind.labels, no other number, line, clause or sentence
// between ("Ondernemingsnummer :   1 6 1 9 . 9 1 4 . 3 5 1"), or glued to a label of one word in
// any grouping ("BSN750804592" in a file name). Spread out: digit runs joined by one or two blanks
// or by a dot, dash or slash with at most a blank on either side, with no word byte or '+' glued
// before them nor a word byte after. Linear in the number of digit runs.
void AddLabelledScatteredNumbers(const ScanText& text, const ScatteredKind& kind, size_t first,
                                 std::vector<Finding>& out);

// The digits a scan spread out right after a two-letter country code in capitals, itself perhaps
// split or set off by a blank: "BE 4 4 1533 4410 3545", "B E96 2921 89 84 1305". Each as the span
// from the code's first letter to the last digit, for the IBAN recognizer to validate.
std::vector<ByteSpan> ScatteredAfterCountryCode(const ScanText& text);

}  // namespace vermeld
