// Where the ADDRESS patterns (address_patterns.h) can match, found from the digit runs
// without running them: each pattern holds a house number, a postcode or a "Postbus" number,
// so every match lies around a digit run, and the words it allows before or after the digits
// are blank-separated tokens that can be counted and tested cheaply (a street-type word, a
// capitalised word). Each list is sorted and disjoint and holds every match of its pattern, so
// the patterns run only there (ForEachMatchIn) and find exactly what whole-text scans find.
// Linear: each token is read for a bounded number of digit runs.
#pragma once

#include <array>
#include <string>
#include <string_view>
#include <vector>

#include "core/detect/scan_text.h"

namespace vermeld {

struct AddressWindows {
  std::vector<ByteSpan> dutch_street;   // "Kerkstraat 12": where the word ends in a suffix,
                                        // fills an address field or opens an address block's
                                        // street line (address_fields.h)
  std::vector<ByteSpan> french_street;  // "rue de la Loi 16"
  std::vector<ByteSpan> number_first;   // "16, avenue Louise"
  std::vector<ByteSpan> postbus;        // "Postbus 123"
  std::vector<ByteSpan> nl_postcode;    // "1015 CJ Amsterdam"
  std::vector<ByteSpan> be_postcode;    // "B-3000 Leuven"
};

// Lower-case ASCII words by their last byte, for "may this token end in one of them".
class WordEnds {
 public:
  explicit WordEnds(const std::vector<std::string>& words);
  // The words `token` (not empty) may end with, ASCII case folded.
  const std::vector<std::string>& Candidates(std::string_view token) const;

 private:
  std::array<std::vector<std::string>, 256> by_last_;
};

class AddressWindowFinder {
 public:
  // `street_types`: the words before a French street name, lower case ("rue", "av.");
  // `street_suffixes`: the endings of Dutch street names, lower case ("straat").
  AddressWindowFinder(const std::vector<std::string>& street_types,
                      const std::vector<std::string>& street_suffixes)
      : types_(street_types), suffixes_(street_suffixes) {}

  AddressWindows Find(const ScanText& scan) const;

 private:
  WordEnds types_;
  WordEnds suffixes_;
};

}  // namespace vermeld
