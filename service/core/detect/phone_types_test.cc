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

}  // namespace
}  // namespace vermeld
