// A stay in or transfer to a hospital named by its short form, which the literal scan of care
// places cannot read (two-letter literals): "opgenomen in AZ Delta", "afgevoerd naar UZ Gent",
// "transférée au CHU Saint-Pierre". The stay words are those of data/health/care_stays.txt.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/detect/pattern_scan.h"

namespace vermeld {

class HospitalStays {
 public:
  // `stays`: lower-case words and phrases of a stay or transfer ("opgenomen", "ligt").
  explicit HospitalStays(std::vector<std::string> stays) : stays_(std::move(stays)) {}

  // Spans from a stay word to the end of the hospital's name after it ("AZ", "UZ", "CHU", "ZNA",
  // "GZA", "UMC", "CHR", "UPC", "PC" after an admission only, and one or two capitalised words),
  // the stay word at most kReach bytes before the short form in its clause (no line end or
  // punctuation between), and no word placing something near the hospital between ("ligt naast AZ
  // Groeninge"). In text order.
  std::vector<ByteSpan> Find(std::string_view text) const;

  static constexpr size_t kReach = 40;

 private:
  std::vector<std::string> stays_;
};

}  // namespace vermeld
