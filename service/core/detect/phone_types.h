// The type libphonenumber's GetNumberType gives a Belgian or Dutch number, computed the same way
// (GetNumberTypeHelper: the possible lengths, then a full match of the national number pattern
// of each number kind in turn) from libphonenumber's own metadata, but with RE2: its ICU regexes
// cost some 5 us a number and were the PHONE recognizer's largest cost. phone_types_test.cc
// checks the result against GetNumberType.
#pragma once

#include <phonenumbers/phonenumberutil.h>
#include <re2/re2.h>

#include <memory>
#include <string_view>
#include <utility>
#include <vector>

namespace vermeld {

class NationalNumberTypes {
 public:
  using PhoneType = i18n::phonenumbers::PhoneNumberUtil::PhoneNumberType;

  // Reads the metadata of BE and NL; throws std::runtime_error when either is missing.
  NationalNumberTypes();

  // The type of the national significant number `digits` (ASCII digits, no leading zero) of
  // country calling code 32 or 31: what GetNumberType says of a PhoneNumber with that country
  // code and national number.
  PhoneType Type(int country, std::string_view digits) const;

 private:
  // One PhoneNumberDesc: no pattern matches nothing, as in libphonenumber.
  struct Desc {
    std::vector<int> lengths;  // empty: any length
    std::unique_ptr<RE2> pattern;
    bool Matches(std::string_view digits) const;
  };
  struct Country {
    int code = 0;
    Desc general;
    std::vector<std::pair<PhoneType, Desc>> special;  // premium rate ... voicemail, in order
    Desc fixed_line;
    Desc mobile;
    bool same_mobile_and_fixed_line = false;
  };

  std::vector<Country> countries_;
};

}  // namespace vermeld
