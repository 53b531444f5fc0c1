#include "core/detect/person_evidence.h"

#include <algorithm>
#include <string_view>

namespace vermeld {
namespace {

bool ShowsPeople(const Finding& f) {
  const std::string_view type = f.type;
  if (type == "PERSON") return f.score >= kCuedPersonScore;
  return type != "EMAIL" && type != "PHONE" && type != "ADDRESS";
}

}  // namespace

void DropUncorroboratedPersons(std::vector<Finding>& findings) {
  if (std::any_of(findings.begin(), findings.end(), ShowsPeople)) return;
  std::erase_if(findings, [](const Finding& f) { return f.type == "PERSON"; });
}

}  // namespace vermeld
