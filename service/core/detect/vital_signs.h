// HEALTH from a reading of a body: "bloeddruk 160/95 mmHg", "saturatie was 89%", "glycémie à
// 2,1 g/l" (data/health/vital_signs.txt). The word alone is everyday public-health language ("meet
// uw bloeddruk"); with a value after it, it is someone's reading. So is a value in a unit only
// lab results have (data/health/lab_units.txt: "TSH 0,9 mU/l", "184 mg/dl"), whatever its name,
// but not a reference value ("4,0-6,0 mmol/l", "normaal < 5,6 mmol/l"). Linear: only the digit runs
// of the text are looked at, and before each at most a few short words.
#pragma once

#include <array>
#include <bitset>
#include <string>
#include <string_view>
#include <vector>

#include "core/detect/name_lists.h"
#include "core/detect/pattern_scan.h"
#include "core/detect/scan_text.h"

namespace vermeld {

class VitalSigns {
 public:
  explicit VitalSigns(const std::string& data_dir);

  // Spans from the measurement's name to the end of its value (unit included), in text order.
  std::vector<ByteSpan> Find(const ScanText& scan) const;

 private:
  // Where the measurement name ending at `end` begins, or std::string_view::npos. `word` is
  // scratch space.
  size_t NameEndingAt(std::string_view text, size_t end, std::string& word) const;
  // The end of the value whose first digit run ends at `end` when a lab unit follows it, or
  // std::string_view::npos.
  size_t LabValueEnd(std::string_view text, size_t end) const;

  std::vector<std::string> names_;  // lower case, one or more words
  // The last word of each name (kLastWord) and the connectors (kConnector): the word before a
  // number is looked up once for both.
  NameTable words_;
  // A bit per ASCII key of words_ for its first byte (bits 0-4, the same for both cases) and its
  // size (WordBit): an ASCII word whose bit is clear is in no list, and is not lowered, hashed
  // and looked up (140 instructions, for some 700 words a pass over the corpus).
  std::bitset<1024> ascii_words_;
  // data/health/lab_units.txt by first byte, in list order within each: the value of every digit
  // run is looked up, so only the units that can match are compared.
  std::array<std::vector<std::string>, 256> lab_units_;
};

}  // namespace vermeld
