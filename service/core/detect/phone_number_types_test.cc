#include "core/detect/phone_number_types.h"

#include <gtest/gtest.h>
#include <phonenumbers/phonenumber.pb.h>

#include <random>
#include <string>

namespace vermeld {
namespace {

using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

PhoneNumberUtil::PhoneNumberType LibraryType(int country, const std::string& nsn) {
  PhoneNumber number;
  number.set_country_code(country);
  number.set_national_number(std::stoull(nsn));
  return PhoneNumberUtil::GetInstance()->GetNumberType(number);
}

// The patterns decide on at most five leading digits and then only count the rest: every number
// of up to four digits, and every five-digit prefix completed at random to every length up to one
// past the longest valid number, cover them.
TEST(PhoneNumberTypesTest, AgreesWithLibphonenumber) {
  std::mt19937 rng(7);
  for (int country : {kBelgiumCallingCode, kNetherlandsCallingCode}) {
    for (int n = 1; n < 10000; ++n) {
      const std::string nsn = std::to_string(n);
      ASSERT_EQ(BeNlNumberType(country, nsn), LibraryType(country, nsn)) << country << " " << nsn;
    }
    for (int prefix = 10000; prefix < 100000; ++prefix) {
      std::string nsn = std::to_string(prefix);
      while (nsn.size() <= 12) {
        ASSERT_EQ(BeNlNumberType(country, nsn), LibraryType(country, nsn)) << country << " " << nsn;
        nsn.push_back(static_cast<char>('0' + rng() % 10));
      }
    }
  }
}

TEST(PhoneNumberTypesTest, KnowsOnlyBelgiumAndTheNetherlands) {
  EXPECT_EQ(BeNlNumberType(33, "142685300"), PhoneNumberUtil::UNKNOWN);
  EXPECT_EQ(BeNlNumberType(kBelgiumCallingCode, "470123456"), PhoneNumberUtil::MOBILE);
  EXPECT_EQ(BeNlNumberType(kNetherlandsCallingCode, "201234567"), PhoneNumberUtil::FIXED_LINE);
}

}  // namespace
}  // namespace vermeld
