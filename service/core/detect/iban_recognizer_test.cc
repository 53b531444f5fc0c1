#include "core/detect/iban_recognizer.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>

namespace vermeld {
namespace {

using ::testing::ElementsAre;

std::vector<std::string> Texts(std::string_view text) {
  const ScanText scan(text);
  std::vector<Finding> out;
  NewIbanRecognizer()->Find(scan, out);
  std::vector<std::string> r;
  for (const Finding& f : out) r.emplace_back(text.substr(f.begin, f.end - f.begin));
  return r;
}

TEST(IbanRecognizerTest, TheBankBicAfterASlash) {
  EXPECT_THAT(Texts("IBAN/BIC: BE97985834003649/GKCCBEBB"), ElementsAre("BE97985834003649"));
  EXPECT_THAT(Texts("IBAN NL87INGB1273855610/BIC INGBNL2A"), ElementsAre("NL87INGB1273855610"));
}

TEST(IbanRecognizerTest, ALabelTypedWithoutItsBlank) {
  EXPECT_THAT(Texts("rek.nr.BE97985834003649"), ElementsAre("BE97985834003649"));
}

TEST(IbanRecognizerTest, FindsGroupedAndCompactIbans) {
  for (const char* n : {"BE68 5390 0754 7034", "BE68539007547034", "NL91 ABNA 0417 1643 00",
                        "NL91ABNA0417164300", "DE89 3704 0044 0532 0130 00",
                        "GB29 NWBK 6016 1331 9268 19", "FR14 2004 1010 0505 0001 3M02 606",
                        // Dashes, dots, lower case as forms and chats type them.
                        "BE68-5390-0754-7034", "BE68.5390.0754.7034", "be68 5390 0754 7034",
                        "nl91abna0417164300"}) {
    const std::string t = std::string("Gelieve te storten op ") + n + ". Dank u.";
    EXPECT_THAT(Texts(t), ElementsAre(n)) << n;
  }
}

TEST(IbanRecognizerTest, ACountryCodeSetOffByABlank) {
  // As Belgian invoices print it.
  for (const char* n : {"BE 68 5390 0754 7034", "BE 68539007547034", "NL 91 ABNA 0417 1643 00"}) {
    const std::string t = std::string("IBAN: ") + n + ".";
    EXPECT_THAT(Texts(t), ElementsAre(n)) << n;
  }
  // Only in capitals: "de", "nl", "be" before a number are words as well.
  EXPECT_TRUE(Texts("stort op be 68 5390 0754 7034").empty());
  // Words after a country code are no account number, even when their letters pass mod 97.
  EXPECT_TRUE(Texts("DE 60 JAAR CHIRO ZELE FEEST").empty());
}

TEST(IbanRecognizerTest, DigitsAScanSpreadOut) {
  EXPECT_THAT(Texts("N° de compte :  B E96 2921 89 84 1305\nop naam van"),
              ElementsAre("B E96 2921 89 84 1305"));
  EXPECT_THAT(Texts("Rekening voor de uitbetaling :  BE 4 4 1533 4410 3545"),
              ElementsAre("BE 4 4 1533 4410 3545"));
  EXPECT_TRUE(Texts("Rekening voor de uitbetaling :  BE 4 4 1533 4410 3546").empty());
}

TEST(IbanRecognizerTest, FindsTheLongestIbansWithLetterGroups) {
  // Malta and Saint Lucia: letter groups after the check digits, 38 and 39 characters written.
  for (const char* n :
       {"MT84 MALT 0110 0001 2345 MTLC AST0 01S", "LC55 HEMM 0001 0001 0012 0012 0002 3015"}) {
    const std::string t = std::string("Rekening ") + n + " (buitenland).";
    EXPECT_THAT(Texts(t), ElementsAre(n)) << n;
  }
}

TEST(IbanRecognizerTest, GroupsOfOtherSizes) {
  EXPECT_THAT(Texts("Van rekening: BE23  4324 96 99 3791"), ElementsAre("BE23  4324 96 99 3791"));
}

TEST(IbanRecognizerTest, TwoIbansAFewWordsApart) {
  // The pattern may run on over the words after the first; the second is still tried.
  EXPECT_THAT(Texts("op BE08 7515 3890 9913 naar BE74 1359 0553 6707."),
              ElementsAre("BE08 7515 3890 9913", "BE74 1359 0553 6707"));
  EXPECT_THAT(Texts("gezet BE68 0284 8704 1034 ipv zijn nieuwe BE83 7690 7353 2215"),
              ElementsAre("BE68 0284 8704 1034", "BE83 7690 7353 2215"));
}

TEST(IbanRecognizerTest, StopsAtTheCountryLength) {
  EXPECT_THAT(Texts("IBAN BE68 5390 0754 7034 2024 betaald"), ElementsAre("BE68 5390 0754 7034"));
}

TEST(IbanRecognizerTest, FailingChecksumsAreNeverReported) {
  for (const char* t : {"BE68 5390 0754 7035", "BE69 5390 0754 7034", "NL91 ABNA 0417 1643 01",
                        "DE89 3704 0044 0532 0130 01", "GB29 NWBK 6016 1331 9268 18"}) {
    EXPECT_TRUE(Texts(t).empty()) << t;
  }
}

TEST(IbanRecognizerTest, BelgianNationalCheckIsApplied) {
  // Passes mod 97 but not the Belgian account check (last two = first ten mod 97).
  EXPECT_TRUE(IsValidIban("BE68539007547034"));
  EXPECT_FALSE(IsValidIban("BE84539007547134"));
}

TEST(IbanRecognizerTest, IgnoresUnknownCountriesAndWrongLengths) {
  EXPECT_TRUE(Texts("XX68 5390 0754 7034").empty());
  EXPECT_TRUE(Texts("BE68 5390 0754 70").empty());
  EXPECT_FALSE(IsValidIban("NL91ABNA041716430"));
}

}  // namespace
}  // namespace vermeld
