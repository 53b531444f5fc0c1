#include "core/detect/phone_types.h"

#include <gtest/gtest.h>

#include <phonenumbers/phonenumber.pb.h>

#include <random>
#include <string>

namespace vermeld {
namespace {

using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

PhoneNumberUtil::PhoneNumberType LibraryType(int country, const std::string& digits) {
  PhoneNumber number;
  number.set_country_code(country);
  number.set_national_number(std::stoull(digits));
  return PhoneNumberUtil::GetInstance()->GetNumberType(number);
}

// Every three-digit prefix at the lengths of real numbers, and random numbers of every length
// the recognizer asks about: the same type as libphonenumber's for each.
TEST(NationalNumberTypesTest, AgreesWithGetNumberType) {
  const NationalNumberTypes types;
  std::mt19937 random(7);
  std::uniform_int_distribution<int> digit(0, 9);
  auto check = [&](int country, std::string digits) {
    ASSERT_EQ(types.Type(country, digits), LibraryType(country, digits))
        << country << " " << digits;
  };
  for (int country : {32, 31}) {
    for (int prefix = 100; prefix < 1000; ++prefix) {
      for (size_t length : {7, 8, 9, 10, 11}) {
        std::string digits = std::to_string(prefix);
        while (digits.size() < length) digits += static_cast<char>('0' + digit(random));
        check(country, digits);
      }
    }
    for (size_t length = 1; length <= 17; ++length) {
      for (int i = 0; i < 300; ++i) {
        std::string digits(1, static_cast<char>('1' + digit(random) % 9));
        while (digits.size() < length) digits += static_cast<char>('0' + digit(random));
        check(country, digits);
      }
    }
  }
}

TEST(NationalNumberTypesTest, KnowsCommonKinds) {
  const NationalNumberTypes types;
  EXPECT_EQ(types.Type(32, "470123456"), PhoneNumberUtil::MOBILE);
  EXPECT_EQ(types.Type(32, "22792211"), PhoneNumberUtil::FIXED_LINE);
  EXPECT_EQ(types.Type(32, "80012345"), PhoneNumberUtil::TOLL_FREE);
  EXPECT_EQ(types.Type(31, "612345678"), PhoneNumberUtil::MOBILE);
  EXPECT_EQ(types.Type(31, "12"), PhoneNumberUtil::UNKNOWN);
  EXPECT_EQ(types.Type(44, "2079460958"), PhoneNumberUtil::UNKNOWN);  // not loaded
}

PhoneNumberUtil::PhoneNumberType ParsedType(const std::string& text) {
  const PhoneNumberUtil& util = *PhoneNumberUtil::GetInstance();
  PhoneNumber number;
  if (util.Parse(text, "BE", &number) != PhoneNumberUtil::NO_PARSING_ERROR) {
    return PhoneNumberUtil::UNKNOWN;
  }
  return util.GetNumberType(number);
}

// Random dialled numbers of the lengths the recognizer asks about, some after country codes of
// every size and kind (shared by regions, with national prefixes, non-geographic): whatever
// MayBeValid rules out, Parse and GetNumberType find of UNKNOWN type, with '+' and with "00".
TEST(DialledNumbersTest, RulesOutOnlyWhatParseFindsUnknown) {
  const DialledNumbers dialled;
  std::mt19937 random(11);
  std::uniform_int_distribution<int> digit(0, 9);
  int ruled_out = 0;
  for (const std::string start :
       {"",    "1",   "7",    "33", "39", "44", "49", "61", "212", "352", "800",
        "882", "995", "1242", "2",  "3",  "4",  "5",  "6",  "8",   "9"}) {
    for (size_t length = 6; length <= 15; ++length) {
      for (int i = 0; i < 150; ++i) {
        std::string d =
            start.empty() ? std::string(1, static_cast<char>('1' + digit(random) % 9)) : start;
        while (d.size() < length) d += static_cast<char>('0' + digit(random));
        if (dialled.MayBeValid(d)) continue;
        ++ruled_out;
        ASSERT_EQ(ParsedType("+" + d), PhoneNumberUtil::UNKNOWN) << d;
        ASSERT_EQ(ParsedType("00 " + d), PhoneNumberUtil::UNKNOWN) << d;
      }
    }
  }
  EXPECT_GT(ruled_out, 10000);
}

// The recognizer reads "000 ..." as a national number of neither country, as Parse does.
TEST(DialledNumbersTest, ThreeZerosAreNoValidNumber) {
  std::mt19937 random(13);
  std::uniform_int_distribution<int> digit(0, 9);
  for (size_t length = 8; length <= 15; ++length) {
    for (int i = 0; i < 500; ++i) {
      std::string d = "000";
      while (d.size() < length) d += static_cast<char>('0' + digit(random));
      ASSERT_EQ(ParsedType(d), PhoneNumberUtil::UNKNOWN) << d;
    }
  }
}

TEST(DialledNumbersTest, KnowsLengthsAndPrefixes) {
  const DialledNumbers dialled;
  EXPECT_FALSE(dialled.MayBeValid("123456789002"));  // +1 takes ten digits
  EXPECT_TRUE(dialled.MayBeValid("12025550123"));
  EXPECT_TRUE(dialled.MayBeValid("33612345678"));
  EXPECT_TRUE(dialled.MayBeValid("4402079460958"));  // "+44 (0)20 ...": Parse strips the 0
}

}  // namespace
}  // namespace vermeld
