// A passage of a draft that is (part of) AI-generated text, and why vermeld thinks so.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace vermeld {

enum class AiSource { kProvenance, kMarker };

struct AiPassage {
  size_t begin = 0;  // UTF-8 byte offsets into the analysed text
  size_t end = 0;
  AiSource source = AiSource::kProvenance;
  std::string tool;    // provenance: tool of the recorded output it matches
  std::string marker;  // marker: the tell-tale found (its text, or a name for invisible ones)
  double score = 0;    // 0..1; provenance: share of the passage's winnowing windows matched
};

struct AiContent {
  std::vector<AiPassage> passages;  // sorted by begin
  double coverage = 0;              // share of the text's words inside a passage, 0..1
};

inline const char* ToString(AiSource s) {
  return s == AiSource::kProvenance ? "provenance" : "marker";
}

}  // namespace vermeld
