// Numbers a scan or a hurried hand spread out: "1 6 1 9 . 9 1 4 . 3 5 1", "80 63 60 835",
// "12 . 04 . 03 - 2 8 6 . 1 9". Their grouping tells nothing, so the number recognizers' patterns
// (which know each number's grouping) miss them; a label right before and the checksum tell what
// they are.
#pragma once

#include <cstddef>
#include <initializer_list>
#include <span>
#include <string_view>
#include <vector>

#include "core/detect/finding.h"
#include "core/detect/pattern_scan.h"
#include "core/detect/scan_text.h"

namespace vermeld {

// The maximal chains of `text`'s digit runs joined by one or two blanks or by a dot, dash or
// slash with at most a blank on either side, that hold exactly `digits` digits in two runs or more,
// with no word byte or '+' glued before them nor a word byte after. Sorted; linear in the number of
// runs.
std::vector<ByteSpan> ScatteredNumbers(const ScanText& text, size_t digits);

// The scattered numbers of `digits` digits right after one of `labels` (lower case, as
// ScanText::HasContextBefore), and the numbers of `digits` digits in any grouping glued to a label
// of one word ("BSN750804592" in a file name), that overlap none of `found` (what the
// recognizer's pattern found, in text order): "Ondernemingsnummer :   1 6 1 9 . 9 1 4 . 3 5 1".
std::vector<ByteSpan> LabelledScatteredNumbers(const ScanText& text, size_t digits,
                                               std::initializer_list<std::string_view> labels,
                                               std::span<const Finding> found);

// The digits a scan spread out right after a two-letter country code in capitals, itself perhaps
// split or set off by a blank: "BE 4 4 1533 4410 3545", "B E96 2921 89 84 1305". Each as the span
// from the code's first letter to the last digit, for the IBAN recognizer to validate.
std::vector<ByteSpan> ScatteredAfterCountryCode(const ScanText& text);

}  // namespace vermeld
