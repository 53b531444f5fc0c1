// Every recognizer, then the whole detector, on hostile text: no crash, and findings are spans of
// the text on character boundaries; the detector's are sorted and never overlap.
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "core/detect/detector.h"
#include "core/detect/registry.h"
#include "core/text/utf8.h"
#include "fuzz_check.h"

namespace {

using vermeld::fuzz::Check;
using vermeld::fuzz::OnCharBoundary;

void CheckSpan(std::string_view text, const vermeld::Finding& f) {
  Check(f.begin < f.end && f.end <= text.size(), "a finding is a non-empty span of the text");
  Check(OnCharBoundary(text, f.begin) && OnCharBoundary(text, f.end),
        "a finding starts and ends on character boundaries");
  Check(f.score >= 0 && f.score <= 1, "scores lie in [0, 1]");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const auto recognizers = vermeld::CreateRecognizers(VERMELD_DATA_DIR);
  static const auto detector = vermeld::PersonalDataDetector::Load(VERMELD_DATA_DIR);
  static const std::vector<std::string> allow = {"Jan Peeters", "pers@gent.be",
                                                 "BE68 5390 0754 7034"};

  const std::string_view text(reinterpret_cast<const char*>(data), size);
  if (vermeld::FindInvalidUtf8(text)) return 0;  // Analyze() validates before detecting
  const vermeld::ScanText scan(text);
  std::vector<vermeld::Finding> found;
  for (const auto& recognizer : recognizers) {
    found.clear();
    recognizer->Find(scan, found);
    for (const auto& f : found) {
      CheckSpan(text, f);
      Check(f.type == recognizer->Type(), "a recognizer reports only its own type");
    }
  }
  const auto findings = detector->Detect(text, allow);
  for (size_t i = 0; i < findings.size(); ++i) {
    CheckSpan(text, findings[i]);
    Check(i == 0 || findings[i - 1].end <= findings[i].begin,
          "detector findings are sorted, no overlaps");
  }
  return 0;
}
