// Renders a PiiScore: a text table for people (figures, then every miss and false positive with
// its span text) and JSON for tools such as tests/peers/compare_redact_pii.js.
#pragma once

#include <nlohmann/json.hpp>
#include <ostream>

#include "pii_score.h"

namespace vermeld::accuracy {

enum class ReportDetail {
  kFiguresOnly,     // counts only: for a blind corpus, whose misses nobody tuning may read
  kMisses,          // also every miss and false positive with its text
  kWithPartialHits  // also findings that overlap but do not equal their gold span
};

void PrintReport(const PiiScore& score, std::ostream& out, ReportDetail detail);

// {"types": {TYPE: {gold, recall, precision, f1, exact_recall, exact_precision}}, "overall": {...},
//  "documents": {...}, "confidential": {...}}
nlohmann::json ReportJson(const PiiScore& score);

}  // namespace vermeld::accuracy
