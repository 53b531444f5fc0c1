// The AI-content part of an analysis: recorded-output matches plus tell-tale markers.
#pragma once

#include <string_view>

#include "core/provenance/ai_passage.h"
#include "core/provenance/ledger_index.h"

namespace vermeld {

// MatchProvenance + FindMarkers, passages sorted by begin; coverage = share of the text's content
// words (fingerprint.h) inside any passage. Text must be valid UTF-8.
AiContent DetectAiContent(const LedgerIndex& index, std::string_view text);

}  // namespace vermeld
