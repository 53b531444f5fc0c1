#include "core/detect/birth_date_of_number.h"

#include <string>
#include <vector>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "core/detect/test_util.h"

namespace vermeld {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;

// The dates found beside the national number `number` (its first occurrence in `text`).
std::vector<std::string> Dates(std::string_view text, std::string_view number) {
  const ByteSpan numbers[] = {test_util::FirstSpan(text, number)};
  return test_util::SpanTexts(text, DatesOfNationalNumbers(text, numbers));
}

TEST(DatesOfNationalNumbersTest, TheDateTheNumberEncodesOnItsLine) {
  EXPECT_THAT(
      Dates("Wuyts, Albert     28/05/1938    38.05.28-675.94   2.02   ja", "38.05.28-675.94"),
      ElementsAre("28/05/1938"));
  EXPECT_THAT(Dates("Klant: 5 april 1986, 86040516564", "86040516564"),
              ElementsAre("5 april 1986"));
  EXPECT_THAT(Dates("RRN 56021012345 - n\u00e9e le 10 f\u00e9vrier 1956", "56021012345"),
              ElementsAre("10 f\u00e9vrier 1956"));
  EXPECT_THAT(Dates("1938-05-28 | 38052867594", "38052867594"), ElementsAre("1938-05-28"));
}

TEST(DatesOfNationalNumbersTest, OtherDatesAndOtherLinesAreNot) {
  // An appointment, or the same date on another line.
  EXPECT_THAT(Dates("Afspraak 12/03/2025, RRN 38.05.28-675.94", "38.05.28-675.94"), IsEmpty());
  EXPECT_THAT(Dates("28/05/1938\nRRN 38.05.28-675.94", "38.05.28-675.94"), IsEmpty());
  // A number with an unknown birth date (month 00) gives none.
  EXPECT_THAT(Dates("01/01/1938 38.00.00-675.94", "38.00.00-675.94"), IsEmpty());
  // A longer number holding the date is no date.
  EXPECT_THAT(Dates("ref 28/05/19381 38.05.28-675.94", "38.05.28-675.94"), IsEmpty());
}

}  // namespace
}  // namespace vermeld
