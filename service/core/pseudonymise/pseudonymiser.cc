#include "core/pseudonymise/pseudonymiser.h"

#include <algorithm>
#include <array>

namespace vermeld {

std::string_view PlaceholderLabel(std::string_view entity_type) {
  static constexpr std::array<std::pair<std::string_view, std::string_view>, 16> kLabels = {{
      {"PERSON", "PERSOON"},
      {"EMAIL", "EMAIL"},
      {"PHONE", "TELEFOON"},
      {"IBAN", "IBAN"},
      {"BE_NATIONAL_NUMBER", "RIJKSREGISTERNUMMER"},
      {"NL_BSN", "BSN"},
      {"ADDRESS", "ADRES"},
      {"DATE_OF_BIRTH", "GEBOORTEDATUM"},
      {"LICENSE_PLATE", "NUMMERPLAAT"},
      {"CREDIT_CARD", "KREDIETKAART"},
      {"IP_ADDRESS", "IP_ADRES"},
      {"PASSPORT_NUMBER", "PASPOORTNUMMER"},
      {"BE_ENTERPRISE_NUMBER", "ONDERNEMINGSNUMMER"},
      {"VAT_NUMBER", "BTW_NUMMER"},
      {"HEALTH", "GEZONDHEID"},
      {"", "GEGEVEN"},
  }};
  for (const auto& [type, label] : kLabels) {
    if (type == entity_type) return label;
  }
  return "GEGEVEN";
}

std::string Pseudonymiser::Replace(std::string_view text, const std::vector<Finding>& findings) {
  std::string out;
  out.reserve(text.size());
  size_t pos = 0;
  for (const Finding& f : findings) {
    if (f.begin < pos || f.end > text.size() || f.begin >= f.end) continue;  // overlap or bad span
    out.append(text, pos, f.begin - pos);
    std::string value(text.substr(f.begin, f.end - f.begin));
    auto key = std::make_pair(f.type, value);
    auto it = placeholders_.find(key);
    if (it == placeholders_.end()) {
      const std::string_view label = PlaceholderLabel(f.type);
      const int n = ++next_number_[std::string(label)];
      std::string placeholder = "[" + std::string(label) + "_" + std::to_string(n) + "]";
      longest_ = std::max(longest_, placeholder.size());
      originals_.emplace(placeholder, std::move(value));
      it = placeholders_.emplace(std::move(key), std::move(placeholder)).first;
    }
    out += it->second;
    pos = f.end;
  }
  out.append(text, pos);
  return out;
}

const std::string* Pseudonymiser::Original(std::string_view placeholder) const {
  auto it = originals_.find(placeholder);
  return it == originals_.end() ? nullptr : &it->second;
}

bool Pseudonymiser::IsPlaceholderPrefix(std::string_view prefix) const {
  auto it = originals_.lower_bound(prefix);
  return it != originals_.end() && it->first.size() > prefix.size() &&
         std::string_view(it->first).substr(0, prefix.size()) == prefix;
}

std::string Pseudonymiser::Restore(std::string_view text) const {
  std::string out;
  out.reserve(text.size());
  size_t pos = 0;
  while (pos < text.size()) {
    const size_t open = text.find('[', pos);
    if (open == std::string_view::npos) break;
    // Placeholders are short: look for the closing bracket only within the longest one issued,
    // which keeps the scan linear.
    const size_t window = std::min(text.size() - open, longest_);
    const size_t close = text.substr(open, window).find(']');
    const std::string* original =
        close == std::string_view::npos ? nullptr : Original(text.substr(open, close + 1));
    if (!original) {
      out.append(text, pos, open + 1 - pos);
      pos = open + 1;
      continue;
    }
    out.append(text, pos, open - pos);
    out += *original;
    pos = open + close + 1;
  }
  out.append(text, pos);
  return out;
}

}  // namespace vermeld
