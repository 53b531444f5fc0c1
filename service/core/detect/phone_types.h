// The type libphonenumber's GetNumberType gives a Belgian or Dutch number, computed the same way
// (GetNumberTypeHelper: the possible lengths, then a full match of the national number pattern
// of each number kind in turn) from libphonenumber's own metadata, but with RE2: its ICU regexes
// cost some 5 us a number and were the PHONE recognizer's largest cost. phone_types_test.cc
// checks the result against GetNumberType.
#pragma once

#include <phonenumbers/phonenumberutil.h>
#include <re2/re2.h>

#include <cstdint>
#include <memory>
#include <string_view>
#include <unordered_map>
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

// Rules out, from libphonenumber's metadata, numbers dialled with a country code that Parse and
// GetNumberType would find of UNKNOWN type, without their ICU regexes (some 130,000 instructions
// a number). When no national prefix can be stripped from the digits after the country code,
// Parse keeps them all as the national significant number, and GetNumberType knows no type for
// a length that no region of the code allows. phone_types_test.cc checks it against Parse.
class DialledNumbers {
 public:
  // Reads the metadata of every country code; throws std::runtime_error when it is missing.
  DialledNumbers();

  // False when `dialled` (ASCII digits after the '+' or "00" of an international number, the
  // first not '0') is not a valid number for libphonenumber: no country code starts it, or the
  // rest has a length no region of the code allows and no national prefix to strip. True: ask
  // libphonenumber.
  bool MayBeValid(std::string_view dialled) const;

 private:
  struct Code {
    uint32_t lengths = 0;  // bit n: some region allows national numbers of n digits
    std::vector<std::unique_ptr<RE2>> national_prefixes;  // one per region that has any
  };
  std::unordered_map<int, Code> codes_;
};

}  // namespace vermeld
