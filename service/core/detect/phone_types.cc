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
using i18n::phonenumbers::PhoneMetadataCollection;
using i18n::phonenumbers::PhoneNumberDesc;
using i18n::phonenumbers::PhoneNumberUtil;

PhoneMetadataCollection ReadMetadata() {
  PhoneMetadataCollection all;
  if (!all.ParseFromArray(i18n::phonenumbers::metadata_get(),
                          i18n::phonenumbers::metadata_size())) {
    throw std::runtime_error("libphonenumber metadata unreadable");
  }
  return all;
}

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
  const PhoneMetadataCollection all = ReadMetadata();
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

DialledNumbers::DialledNumbers() {
  const PhoneMetadataCollection all = ReadMetadata();
  if (all.metadata().empty()) throw std::runtime_error("no phone metadata");
  for (const PhoneMetadata& m : all.metadata()) {
    Code& code = codes_[m.country_code()];
    const auto& lengths = m.general_desc().possible_length();
    if (lengths.empty()) code.lengths = ~uint32_t{0};  // any length
    for (int n : lengths) code.lengths |= n >= 0 && n < 32 ? uint32_t{1} << n : ~uint32_t{0};
    // Parse strips national_prefix_for_parsing; the national prefix is checked as well, in case.
    for (const std::string& prefix :
         {m.national_prefix_for_parsing(), RE2::QuoteMeta(m.national_prefix())}) {
      // The regions sharing a code (+1 has 25) mostly share their prefixes: one RE2 each.
      if (prefix.empty() ||
          std::any_of(code.national_prefixes.begin(), code.national_prefixes.end(),
                      [&](const auto& p) { return p->pattern() == prefix; })) {
        continue;
      }
      RE2::Options options;
      options.set_log_errors(false);
      auto pattern = std::make_unique<RE2>(prefix, options);
      if (!pattern->ok()) code.lengths = ~uint32_t{0};  // not read by RE2: always ask
      code.national_prefixes.push_back(std::move(pattern));
    }
  }
}

bool DialledNumbers::MayBeValid(std::string_view dialled) const {
  if (dialled.empty() || dialled[0] == '0') return true;
  // Country codes are prefix-free; Parse takes the shortest of one to three digits that is one.
  int number = 0;
  for (size_t n = 1; n <= 3 && n <= dialled.size(); ++n) {
    number = number * 10 + (dialled[n - 1] - '0');
    const auto it = codes_.find(number);
    if (it == codes_.end()) continue;
    const Code& code = it->second;
    const std::string_view rest = dialled.substr(n);
    if (rest.size() >= 32 || ((code.lengths >> rest.size()) & 1) != 0) return true;
    const re2::StringPiece input(rest.data(), rest.size());
    return std::any_of(code.national_prefixes.begin(), code.national_prefixes.end(),
                       [&](const std::unique_ptr<RE2>& prefix) {
                         return !prefix->ok() || prefix->Match(input, 0, input.size(),
                                                               RE2::ANCHOR_START, nullptr, 0);
                       });
  }
  return false;  // no country code: Parse fails
}

}  // namespace vermeld
