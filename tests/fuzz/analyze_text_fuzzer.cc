// The whole analysis pipeline (HTML to text, personal data, confidentiality, AI markers,
// disclosure) on hostile drafts in both formats: no crash, and invalid UTF-8 is refused with
// InvalidInput rather than analysed.
#include <cstdint>
#include <string>

#include "core/analyze/analyzer.h"
#include "core/text/utf8.h"
#include "fuzz_check.h"

using vermeld::fuzz::Check;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const auto detector = vermeld::PersonalDataDetector::Load(VERMELD_DATA_DIR);
  static const vermeld::LedgerIndex ledger;
  const vermeld::Engines engines{detector.get(), &ledger};
  const vermeld::Policy& policy = vermeld::DefaultPolicy();

  vermeld::AnalyzeInput input;
  input.text.assign(reinterpret_cast<const char*>(data), size);
  const bool valid = !vermeld::FindInvalidUtf8(input.text);
  for (const auto format : {vermeld::InputFormat::kText, vermeld::InputFormat::kHtml}) {
    input.format = format;
    try {
      const vermeld::Analysis a = vermeld::Analyze(input, policy, engines);
      Check(valid, "invalid UTF-8 is never analysed");
      const auto json = vermeld::AnalysisToJson(a, policy, "2026-01-01");
      Check(json.is_object(), "the answer is a JSON object");
    } catch (const vermeld::InvalidInput&) {
      Check(!valid, "valid UTF-8 is always analysed");
    }
  }
  return 0;
}
