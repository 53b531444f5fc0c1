// A Belgian national number begins with its holder's birth date (YY.MM.DD): a date beside it on
// its line that is that same date is the holder's birth date, whatever words stand around it, as
// registers and client files list them ("Wuyts, Albert   28/05/1938   38.05.28-675.94",
// "Klant: 5 april 1986, 86040516564").
#pragma once

#include <span>
#include <string_view>
#include <vector>

#include "core/detect/pattern_scan.h"

namespace vermeld {

// The dates within kReach bytes of each of `numbers` (spans of national numbers in `text`) on
// its line that equal the birth date it encodes: day and month, and the year's last two digits.
// Numeric ("28/05/1938", "1938-05-28", "28.05.38") or with the month in words ("5 april 1986",
// "7 février 1956"). In text order, each once.
std::vector<ByteSpan> DatesOfNationalNumbers(std::string_view text,
                                             std::span<const ByteSpan> numbers);

inline constexpr size_t kNationalNumberDateReach = 64;

}  // namespace vermeld
