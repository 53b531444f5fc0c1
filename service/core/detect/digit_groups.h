// A test on a number recognizer's digit window before its pattern runs there: does the window
// hold digit runs laid out like the pattern's digit groups? A pattern such as
// \b[0-9]{2}[.\- ]?[0-9]{2}...\b puts at most one byte between groups (or a few: " - "), and its
// matches start and end at digit runs' ends; so a match needs consecutive runs that close,
// whose lengths add up group by group. Phone numbers, dates and amounts rarely fit: most windows
// then skip RE2 (about 1,000 instructions a call), and no window holding a match is skipped.
#pragma once

#include <cstddef>
#include <initializer_list>
#include <vector>

#include "core/detect/pattern_scan.h"

namespace vermeld {

// True when some consecutive runs of `runs` (ScanText::DigitRuns) inside `window`, each at most
// `gap` bytes after the one before, hold `groups` digits in order, every run ending at the end of a
// group (a missing separator joins groups into one run: {4, 3, 3} fits "0403 448 635",
// "0403448635" and "0403.448635", not "040 3448635"). `gap` is 3 for a pattern that allows
// " - " between groups.
bool HasDigitGroups(const std::vector<ByteSpan>& runs, ByteSpan window,
                    std::initializer_list<size_t> groups, size_t gap = 1);

}  // namespace vermeld
