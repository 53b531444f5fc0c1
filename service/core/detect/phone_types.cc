#include "core/detect/phone_types.h"

#include <phonenumbers/phonemetadata.pb.h>

#include <algorithm>
#include <stdexcept>
#include <string>

// libphonenumber's compiled-in metadata (metadata.h, not installed): a serialized
// PhoneMetadataCollection, the one PhoneNumberUtil reads.
namespace i18n::phonenumbers {
int metadata_size();
const void* metadata_get();
}  // namespace i18n::phonenumbers

namespace vermeld {
namespace {

using i18n::phonenumbers::PhoneMetadata;
using i18n::phonenumbers::PhoneNumberDesc;
using i18n::phonenumbers::PhoneNumberUtil;

}  // namespace

bool NationalNumberTypes::Desc::Matches(std::string_view digits) const {
  if (!pattern) return false;
  if (!lengths.empty() &&
      std::find(lengths.begin(), lengths.end(), static_cast<int>(digits.size())) == lengths.end()) {
    return false;
  }
  return RE2::FullMatch(re2::StringPiece(digits.data(), digits.size()), *pattern);
}

NationalNumberTypes::NationalNumberTypes() {
  i18n::phonenumbers::PhoneMetadataCollection all;
  if (!all.ParseFromArray(i18n::phonenumbers::metadata_get(),
                          i18n::phonenumbers::metadata_size())) {
    throw std::runtime_error("libphonenumber metadata unreadable");
  }
  auto desc = [](const PhoneNumberDesc& d) {
    Desc out;
    out.lengths.assign(d.possible_length().begin(), d.possible_length().end());
    // An empty pattern matches no number (RegexBasedMatcher::MatchNationalNumber).
    if (!d.national_number_pattern().empty()) {
      RE2::Options options;
      options.set_log_errors(false);
      out.pattern = std::make_unique<RE2>(d.national_number_pattern(), options);
      if (!out.pattern->ok()) throw std::runtime_error("libphonenumber pattern not RE2");
    }
    return out;
  };
  for (const std::string region : {"BE", "NL"}) {
    const auto it = std::find_if(all.metadata().begin(), all.metadata().end(),
                                 [&](const PhoneMetadata& m) { return m.id() == region; });
    if (it == all.metadata().end()) throw std::runtime_error("no phone metadata for " + region);
    const PhoneMetadata& m = *it;
    Country& c = countries_.emplace_back();
    c.code = m.country_code();
    c.general = desc(m.general_desc());
    c.special.emplace_back(PhoneNumberUtil::PREMIUM_RATE, desc(m.premium_rate()));
    c.special.emplace_back(PhoneNumberUtil::TOLL_FREE, desc(m.toll_free()));
    c.special.emplace_back(PhoneNumberUtil::SHARED_COST, desc(m.shared_cost()));
    c.special.emplace_back(PhoneNumberUtil::VOIP, desc(m.voip()));
    c.special.emplace_back(PhoneNumberUtil::PERSONAL_NUMBER, desc(m.personal_number()));
    c.special.emplace_back(PhoneNumberUtil::PAGER, desc(m.pager()));
    c.special.emplace_back(PhoneNumberUtil::UAN, desc(m.uan()));
    c.special.emplace_back(PhoneNumberUtil::VOICEMAIL, desc(m.voicemail()));
    c.fixed_line = desc(m.fixed_line());
    c.mobile = desc(m.mobile());
    c.same_mobile_and_fixed_line = m.same_mobile_and_fixed_line_pattern();
  }
}

NationalNumberTypes::PhoneType NationalNumberTypes::Type(int country,
                                                         std::string_view digits) const {
  const auto c = std::find_if(countries_.begin(), countries_.end(),
                              [&](const Country& k) { return k.code == country; });
  if (c == countries_.end() || !c->general.Matches(digits)) return PhoneNumberUtil::UNKNOWN;
  for (const auto& [type, d] : c->special) {
    if (d.Matches(digits)) return type;
  }
  if (c->fixed_line.Matches(digits)) {
    return c->same_mobile_and_fixed_line || c->mobile.Matches(digits)
               ? PhoneNumberUtil::FIXED_LINE_OR_MOBILE
               : PhoneNumberUtil::FIXED_LINE;
  }
  if (!c->same_mobile_and_fixed_line && c->mobile.Matches(digits)) return PhoneNumberUtil::MOBILE;
  return PhoneNumberUtil::UNKNOWN;
}

}  // namespace vermeld
