#include "core/detect/person_evidence.h"

#include <algorithm>
#include <string_view>

namespace vermeld {
namespace {

bool ShowsPeople(const Finding& f) {
  const std::string_view type = f.type;
  if (type == "PERSON") return f.score >= kCuedPersonScore;
  // What an organisation publishes about itself: contacts, its enterprise and VAT numbers, the
  // account its invoices name.
  for (std::string_view own :
       {"EMAIL", "PHONE", "ADDRESS", "BE_ENTERPRISE_NUMBER", "VAT_NUMBER", "IBAN"}) {
    if (type == own) return false;
  }
  return true;
}

bool Is(const Finding& f, std::string_view type) { return f.type == type; }

}  // namespace

void DropUncorroborated(std::vector<Finding>& findings) {
  if (!std::any_of(findings.begin(), findings.end(), ShowsPeople)) {
    std::erase_if(findings, [](const Finding& f) { return Is(f, "PERSON"); });
  }
  if (std::none_of(findings.begin(), findings.end(),
                   [](const Finding& f) { return Is(f, "PERSON"); })) {
    std::erase_if(findings, [](const Finding& f) { return Is(f, "ADDRESS"); });
  }
}

}  // namespace vermeld
