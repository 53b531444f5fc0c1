// The core's single entry point for a draft: text (plain or HTML) and policy in, findings and a
// verdict out. No HTTP here; the HTTP layer, the CLI and the gateway all call Analyze().
#pragma once

#include <stdexcept>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/detect/confidential.h"
#include "core/detect/detector.h"
#include "core/disclosure/recognize.h"
#include "core/policy/policy.h"
#include "core/provenance/ai_passage.h"
#include "core/provenance/ledger_index.h"

namespace vermeld {

enum class InputFormat { kText, kHtml };

struct AnalyzeInput {
  std::string text;
  InputFormat format = InputFormat::kText;
  std::string host = "other";  // outlook | word | other
};

// Thrown for input that cannot be analysed (e.g. invalid UTF-8); the message says what and where.
class InvalidInput : public std::invalid_argument {
 public:
  using std::invalid_argument::invalid_argument;
};

struct Analysis {
  std::string text;                               // the plain text all offsets refer to
  std::vector<Finding> personal_data;             // UTF-8 byte offsets into text
  std::vector<ConfidentialFinding> confidential;  // UTF-8 byte offsets into text
  AiContent ai_content;                           // recorded AI outputs and tell-tale markers
  Disclosure disclosure;                          // an AI-use statement already in the text

  bool HasPersonalData() const { return !personal_data.empty(); }
  bool HasConfidential() const { return !confidential.empty(); }
  // AI content found and no disclosure present.
  bool DisclosureRequired() const { return !ai_content.passages.empty() && !disclosure.present; }
};

struct Engines {
  const PersonalDataDetector* detector = nullptr;
  const LedgerIndex* ledger = nullptr;  // null: no provenance matching (markers still run)
};

Analysis Analyze(const AnalyzeInput& input, const Policy& policy, const Engines& engines);

// The answer of POST /api/v1/analyze and `vermeld analyze` (offsets in UTF-16 code units).
nlohmann::json AnalysisToJson(const Analysis& analysis, const Policy& policy,
                              std::string_view today);

// Parses "text" | "html" (empty = text); throws InvalidInput otherwise.
InputFormat ParseInputFormat(const std::string& format);

}  // namespace vermeld
