// Finds the passages of a draft that match recorded AI outputs.
//
// Every k-gram of the draft (not only winnowed ones) is looked up, so a draft passage is hit
// wherever it still holds a recorded fingerprint. Hits of one output at most kMaxGap words apart
// form a cluster; a cluster with at least kMinHits distinct hits is a passage. With the winnowing
// guarantee (fingerprint.h) this reports every unchanged shared run of at least
// kReportedRun = kMinHits * kWindow + kK - 1 content words. Overlapping or adjacent passages of
// different outputs merge into one (the tool of the output with most hits).
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "core/provenance/ai_passage.h"
#include "core/provenance/fingerprint.h"
#include "core/provenance/ledger_index.h"

namespace vermeld {

inline constexpr size_t kMinHits = 2;
inline constexpr size_t kMaxGap = 3 * kGuaranteedRun;
inline constexpr size_t kReportedRun = kMinHits * kWindow + kK - 1;

// Passages have source kProvenance; coverage is the share of content words inside them. Text must
// be valid UTF-8.
AiContent MatchProvenance(const LedgerIndex& index, std::string_view text);

}  // namespace vermeld
