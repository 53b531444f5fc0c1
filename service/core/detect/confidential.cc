#include "core/detect/confidential.h"

#include <re2/re2.h>

#include <algorithm>
#include <memory>

namespace vermeld {
namespace {

// Words that mean "confidential" when they are used as a label, never when they are prose:
// "Vertrouwelijk" alone on a line or as "Vertrouwelijk:" marks a document; "een vertrouwelijk
// gesprek" does not.
constexpr const char* kLabelWords =
    "strikt vertrouwelijk|vertrouwelijk|confidentieel|strictement confidentiel(?:le)?|"
    "confidentiel(?:le)?|strictly confidential|confidential|intern|interne|internal|geheim|"
    "secret|restricted|beperkt|concept";

// Phrases that mark a document wherever they stand.
constexpr const char* kPhrases =
    "niet verspreiden|niet voor verspreiding|niet doorsturen|niet voor publicatie|"
    "alleen voor intern gebruik|uitsluitend voor intern gebruik|enkel voor intern gebruik|"
    "voor intern gebruik|strikt vertrouwelijk|departementaal vertrouwelijk|stg\\.? geheim|"
    "staatsgeheim|ne pas diffuser|diffusion restreinte|usage interne|strictement confidentiel(?:le)?|"
    "do not distribute|do not forward|internal use only|for internal use only|strictly confidential|"
    "tlp:(?:red|amber(?:\\+strict)?)";

// A classification or sensitivity label followed by a confidential value.
constexpr const char* kClassified =
    "(?:classificatie|classification|sensitivity|gevoeligheid(?:slabel)?|rubricering|"
    "vertrouwelijkheid|label|sensibilité)\\s*:\\s*(?:strikt vertrouwelijk|vertrouwelijk|"
    "confidentieel|confidentiel(?:le)?|confidential|intern|interne|internal|geheim|secret|"
    "restricted|beperkt|highly confidential)";

struct Patterns {
  RE2 label{std::string("(?im)^[ \\t>*#_\\[\\(-]*((?:") + kLabelWords +
            ")(?:[ \\t]*[-–—][ \\t]*(?:niet verspreiden|do not distribute|ne pas diffuser))?)" +
            "[ \\t*_\\]\\)]*(?::|$)"};
  RE2 phrase{std::string("(?i)\\b(") + kPhrases + ")\\b"};
  RE2 classified{std::string("(?i)\\b(") + kClassified + ")\\b"};
};

const Patterns& BuiltIn() {
  static const Patterns patterns;
  return patterns;
}

std::string Escape(const std::string& s) { return RE2::QuoteMeta(s); }

void Collect(const RE2& re, std::string_view text, std::vector<ConfidentialFinding>& out) {
  re2::StringPiece input(text.data(), text.size());
  re2::StringPiece match;
  const char* base = text.data();
  while (RE2::FindAndConsume(&input, re, &match)) {
    out.push_back({std::string(match.data(), match.size()),
                   static_cast<size_t>(match.data() - base),
                   static_cast<size_t>(match.data() - base + match.size())});
    if (match.empty() && !input.empty()) input.remove_prefix(1);
  }
}

}  // namespace

std::vector<ConfidentialFinding> FindConfidentialMarkers(
    std::string_view text, const std::vector<std::string>& extra_markers) {
  std::vector<ConfidentialFinding> found;
  const Patterns& p = BuiltIn();
  Collect(p.label, text, found);
  Collect(p.phrase, text, found);
  Collect(p.classified, text, found);
  if (!extra_markers.empty()) {
    std::string alternatives;
    for (const auto& m : extra_markers) alternatives += (alternatives.empty() ? "" : "|") + Escape(m);
    const RE2 extra("(?i)(?:^|\\b)(" + alternatives + ")(?:\\b|$)");
    if (extra.ok()) Collect(extra, text, found);
  }
  // Keep the longest of overlapping markers, in text order.
  std::sort(found.begin(), found.end(), [](const auto& a, const auto& b) {
    return a.begin != b.begin ? a.begin < b.begin : a.end > b.end;
  });
  std::vector<ConfidentialFinding> out;
  for (auto& f : found) {
    if (!out.empty() && f.begin < out.back().end) {
      if (f.end > out.back().end) {
        out.back().end = f.end;
        out.back().marker = std::string(text.substr(out.back().begin, f.end - out.back().begin));
      }
      continue;
    }
    out.push_back(std::move(f));
  }
  return out;
}

}  // namespace vermeld
