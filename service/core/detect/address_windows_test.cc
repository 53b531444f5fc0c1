#include "core/detect/address_windows.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace vermeld {
namespace {

using Strings = std::vector<std::string>;

Strings Texts(std::string_view text, const std::vector<ByteSpan>& windows) {
  Strings found;
  for (const ByteSpan& w : windows) found.emplace_back(text.substr(w.begin, w.end - w.begin));
  return found;
}

AddressWindows Find(std::string_view text) {
  static const AddressWindowFinder finder({"rue", "av.", "chaussée"}, {"straat", "laan"});
  return finder.Find(ScanText(text));
}

TEST(AddressWindowsTest, DutchStreetsOnlyWhereTheWordEndsInASuffix) {
  const std::string text = "Van de Kerkstraat 12 bus 3\nMaart 2024\nDorpslaan 5.";
  EXPECT_EQ(Texts(text, Find(text).dutch_street), (Strings{"Kerkstraat 12 bus 3", "Dorpslaan 5."}));
}

TEST(AddressWindowsTest, FrenchStreetsFromTheTypeWordToTheNumber) {
  const std::string text = "Il habite (rue de la Loi 16, puis Chaussée de Wavre 200 bte 4.";
  EXPECT_EQ(Texts(text, Find(text).french_street),
            (Strings{" (rue de la Loi 16", " Chaussée de Wavre 200 bte 4."}));
  EXPECT_TRUE(Find("Het is 16 graden en de rue is 5 lang").french_street.empty());
}

TEST(AddressWindowsTest, NumberFirstPostbusAndPostcodes) {
  const std::string text = "Au 16, av. Louise. Postbus 123, 2500 AB Den Haag; B-3000 Leuven";
  const AddressWindows w = Find(text);
  EXPECT_EQ(Texts(text, w.number_first), (Strings{"Au 16, av. Louise."}));
  EXPECT_EQ(Texts(text, w.postbus), (Strings{" av. Louise. Postbus 123"}));
  EXPECT_EQ(Texts(text, w.nl_postcode), (Strings{", 2500 AB Den"}));
  EXPECT_EQ(Texts(text, w.be_postcode), (Strings{", 2500 AB", "Haag; B-3000 Leuven"}));
}

// Tokens are found eight bytes at a time: their ends at every offset, after a blank or a tab,
// over line ends (which end no token).
TEST(AddressWindowsTest, TokensOfEveryLength) {
  for (size_t n = 0; n < 20; ++n) {
    for (const std::string sep : {" ", "\t"}) {
      std::string filler;
      for (size_t i = 0; i < n; ++i) filler += i % 2 == 0 ? '(' : '\n';
      const std::string french = "ab" + sep + filler + "rue de la Loi 16";
      EXPECT_EQ(Texts(french, Find(french).french_street), (Strings{french.substr(2)}))
          << n << " " << int{sep[0]};
      const std::string number = "Au 16" + std::string(n, ',') + sep + "av. Louise.";
      EXPECT_EQ(Texts(number, Find(number).number_first), (Strings{number}))
          << n << " " << int{sep[0]};
    }
  }
}

}  // namespace
}  // namespace vermeld
