#include "core/provenance/ai_content.h"

#include <algorithm>

#include "core/provenance/fingerprint.h"
#include "core/provenance/markers.h"
#include "core/provenance/provenance_match.h"

namespace vermeld {

AiContent DetectAiContent(const LedgerIndex& index, std::string_view text) {
  AiContent result = MatchProvenance(index, text);
  std::vector<AiPassage> markers = FindMarkers(text);
  if (markers.empty()) return result;
  std::move(markers.begin(), markers.end(), std::back_inserter(result.passages));
  std::stable_sort(result.passages.begin(), result.passages.end(),
                   [](const AiPassage& a, const AiPassage& b) { return a.begin < b.begin; });
  const std::vector<NormalizedWord> words = ContentWords(text);
  if (words.empty()) return result;
  size_t inside = 0;
  for (const NormalizedWord& w : words) {
    inside += std::any_of(result.passages.begin(), result.passages.end(),
                          [&](const AiPassage& p) { return p.begin < w.end && w.begin < p.end; });
  }
  result.coverage = static_cast<double>(inside) / static_cast<double>(words.size());
  return result;
}

}  // namespace vermeld
