#include "core/detect/phone_number_types.h"

#include <re2/set.h>

#include <cstdint>
#include <initializer_list>
#include <stdexcept>
#include <vector>

namespace vermeld {
namespace {

using PhoneType = i18n::phonenumbers::PhoneNumberUtil::PhoneNumberType;
using Util = i18n::phonenumbers::PhoneNumberUtil;

// One PhoneNumberDesc of the metadata: the type it stands for, its possible lengths and its
// national number pattern.
struct Desc {
  PhoneType type;
  uint32_t lengths;  // bit n: n digits is a possible length
  const char* pattern;
};

constexpr uint32_t Lengths(std::initializer_list<int> lengths) {
  uint32_t bits = 0;
  for (int l : lengths) bits |= 1u << l;
  return bits;
}

// GetNumberTypeHelper's order: the general description first (a number matching no other is
// invalid), then premium rate, toll free, shared cost, VoIP, personal number, pager, UAN,
// voicemail (first match wins), fixed line (FIXED_LINE_OR_MOBILE when mobile matches too), mobile.
// Types a country has no pattern for are left out: they never match.
const Desc kBelgium[] = {
    {Util::UNKNOWN, Lengths({8, 9}), R"(4\d{8}|[1-9]\d{7})"},
    {Util::PREMIUM_RATE, Lengths({8}),
     R"((?:70(?:2[0-57]|3[04-7]|44|6[569]|7[0579])|90(?:0[0-8]|1[36]|2[0-3568]|3[0-689]|[47][2-68]|5[1-68]|6[0-378]|9[34679]))\d{4})"},
    {Util::TOLL_FREE, Lengths({8}), R"(800[1-9]\d{4})"},
    {Util::SHARED_COST, Lengths({8}), R"(7879\d{4})"},
    {Util::UAN, Lengths({8}), R"(78(?:0[57]|1[014-8]|2[25]|3[15-8]|48|[56]0|7[06-8]|9\d)\d{4})"},
    {Util::FIXED_LINE, Lengths({8}),
     R"(80[2-8]\d{5}|(?:1[0-69]|[23][2-8]|4[23]|5\d|6[013-57-9]|71|8[1-79]|9[2-4])\d{6})"},
    {Util::MOBILE, Lengths({9}), R"(4[5-9]\d{7})"},
};

const Desc kNetherlands[] = {
    {Util::UNKNOWN, Lengths({5, 6, 7, 8, 9, 10, 11}),
     R"((?:[124-7]\d\d|3(?:[02-9]\d|1[0-8]))\d{6}|8\d{6,9}|9\d{6,10}|1\d{4,5})"},
    {Util::PREMIUM_RATE, Lengths({7, 8, 9, 10}), R"(90[069]\d{4,7})"},
    {Util::TOLL_FREE, Lengths({7, 8, 9, 10}), R"(800\d{4,7})"},
    {Util::VOIP, Lengths({9}), R"((?:85|91)\d{7})"},
    {Util::PAGER, Lengths({9}), R"(66\d{7})"},
    {Util::UAN, Lengths({5, 6, 9}),
     R"(140(?:1[035]|2[0346]|3[03568]|4[0356]|5[0358]|8[458])|(?:140(?:1[16-8]|2[259]|3[124]|4[17-9]|5[124679]|7)|8[478]\d{6})\d)"},
    {Util::FIXED_LINE, Lengths({9}),
     R"((?:1(?:[035]\d|1[13-578]|6[124-8]|7[24]|8[0-467])|2(?:[0346]\d|2[2-46-9]|5[125]|9[479])|3(?:[03568]\d|1[3-8]|2[01]|4[1-8])|4(?:[0356]\d|1[1-368]|7[58]|8[15-8]|9[23579])|5(?:[0358]\d|[19][1-9]|2[1-57-9]|4[13-8]|6[126]|7[0-3578])|7\d\d)\d{6})"},
    {Util::MOBILE, Lengths({9, 11}), R"((?:6[1-58]|970\d)\d{7})"},
};

// One country's descriptions compiled into a set matched against the whole number.
class CountryTypes {
 public:
  template <size_t N>
  explicit CountryTypes(const Desc (&descs)[N])
      : descs_(descs, descs + N), set_(RE2::DefaultOptions, RE2::ANCHOR_BOTH) {
    for (const Desc& d : descs_) {
      if (set_.Add(d.pattern, nullptr) < 0) throw std::logic_error("bad phone metadata pattern");
    }
    if (!set_.Compile()) throw std::logic_error("phone metadata patterns do not compile");
  }

  PhoneType Type(std::string_view nsn) const {
    std::vector<int> hits;
    if (!set_.Match(re2::StringPiece(nsn.data(), nsn.size()), &hits)) return Util::UNKNOWN;
    uint32_t matched = 0;  // bit i: descs_[i] matches, lengths included
    for (int i : hits) {
      if (nsn.size() < 32 && (descs_[i].lengths >> nsn.size() & 1u)) matched |= 1u << i;
    }
    if (!(matched & 1u)) return Util::UNKNOWN;
    for (size_t i = 1; i < descs_.size(); ++i) {
      if (!(matched & (1u << i))) continue;
      if (descs_[i].type != Util::FIXED_LINE) return descs_[i].type;
      const bool mobile = matched & (1u << (descs_.size() - 1));  // mobile comes last
      return mobile ? Util::FIXED_LINE_OR_MOBILE : Util::FIXED_LINE;
    }
    return Util::UNKNOWN;
  }

 private:
  std::vector<Desc> descs_;
  RE2::Set set_;
};

}  // namespace

PhoneType BeNlNumberType(int country, std::string_view nsn) {
  static const CountryTypes belgium(kBelgium);
  static const CountryTypes netherlands(kNetherlands);
  if (country == kBelgiumCallingCode) return belgium.Type(nsn);
  if (country == kNetherlandsCallingCode) return netherlands.Type(nsn);
  return Util::UNKNOWN;
}

}  // namespace vermeld
