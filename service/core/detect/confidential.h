// Confidentiality markers ("Vertrouwelijk", "Niet verspreiden", "Confidentiel", sensitivity
// labels): reported apart from personal data because they block other tools.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace vermeld {

struct ConfidentialFinding {
  std::string marker;  // the marker as written in the text
  size_t begin = 0;    // UTF-8 byte offsets
  size_t end = 0;
};

// Built-in markers in nl/fr/en plus `extra_markers` from the policy (case-insensitive).
std::vector<ConfidentialFinding> FindConfidentialMarkers(
    std::string_view text, const std::vector<std::string>& extra_markers);

}  // namespace vermeld
