// The number type libphonenumber's GetNumberType reports for a Belgian or Dutch number, worked out
// from those two countries' metadata with one RE2::Set instead of libphonenumber's ICU regexes
// (about 1 us a number, most of PHONE's time). The patterns and lengths are libphonenumber
// 8.12.57's (Debian 12); phone_number_types_test.cc checks them against the installed library.
#pragma once

#include <phonenumbers/phonenumberutil.h>

#include <string_view>

namespace vermeld {

// Country calling codes whose numbers BeNlNumberType knows.
inline constexpr int kBelgiumCallingCode = 32;
inline constexpr int kNetherlandsCallingCode = 31;

// GetNumberType of the number with calling code `country` (32 or 31) and national significant
// number `nsn` (ASCII digits without the trunk prefix); UNKNOWN when the number is not valid.
i18n::phonenumbers::PhoneNumberUtil::PhoneNumberType BeNlNumberType(int country,
                                                                    std::string_view nsn);

}  // namespace vermeld
