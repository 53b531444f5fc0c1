#include "core/analyze/analyzer.h"

#include <map>
#include <set>

#include "core/provenance/ai_content.h"
#include "core/text/html_to_text.h"
#include "core/text/utf8.h"

namespace vermeld {

InputFormat ParseInputFormat(const std::string& format) {
  if (format.empty() || format == "text") return InputFormat::kText;
  if (format == "html") return InputFormat::kHtml;
  throw InvalidInput("format must be \"text\" or \"html\" (got \"" + format + "\")");
}

Analysis Analyze(const AnalyzeInput& input, const Policy& policy, const Engines& engines) {
  if (auto bad = FindInvalidUtf8(input.text)) {
    throw InvalidInput("text is not valid UTF-8 (first bad byte at offset " + std::to_string(*bad) +
                       ")");
  }
  Analysis a;
  a.text = input.format == InputFormat::kHtml ? HtmlToText(input.text).text : input.text;
  if (engines.detector)
    a.personal_data = engines.detector->Detect(a.text, policy.personal_data_allow);
  a.confidential = FindConfidentialMarkers(a.text, policy.confidential_markers);
  static const LedgerIndex kEmptyLedger;
  a.ai_content = DetectAiContent(engines.ledger ? *engines.ledger : kEmptyLedger, a.text);
  a.disclosure = FindDisclosure(a.text, policy.disclosure_template);
  return a;
}

nlohmann::json AnalysisToJson(const Analysis& a, const Policy& policy, std::string_view today) {
  using nlohmann::json;
  const Utf16Index index(a.text);
  json personal = json::array();
  std::map<std::string, int> counts;
  for (const Finding& f : a.personal_data) {
    personal.push_back({{"type", f.type},
                        {"start", index.ToUtf16(f.begin)},
                        {"end", index.ToUtf16(f.end)},
                        {"text", a.text.substr(f.begin, f.end - f.begin)},
                        {"score", f.score}});
    ++counts[f.type];
  }
  json confidential = json::array();
  for (const ConfidentialFinding& c : a.confidential) {
    confidential.push_back(
        {{"marker", c.marker}, {"start", index.ToUtf16(c.begin)}, {"end", index.ToUtf16(c.end)}});
  }
  // Which approved tools may receive this draft, given the data classes it holds.
  json reasons = json::array();
  json tools = json::array();
  if (policy.ExpiredOn(today)) reasons.push_back("policy_expired");
  if (a.HasPersonalData()) reasons.push_back("personal_data");
  if (a.HasConfidential()) reasons.push_back("confidential");
  for (const Tool& t : policy.tools) {
    if (!t.allowed) continue;
    if (a.HasPersonalData() && !t.MayReceive(DataClass::kPersonal)) continue;
    if (a.HasConfidential() && !t.MayReceive(DataClass::kConfidential)) continue;
    tools.push_back(t.id);
  }
  const bool allowed = !policy.ExpiredOn(today) && !tools.empty();
  json passages = json::array();
  for (const AiPassage& p : a.ai_content.passages) {
    json passage = {{"start", index.ToUtf16(p.begin)},
                    {"end", index.ToUtf16(p.end)},
                    {"source", ToString(p.source)},
                    {"score", p.score}};
    if (p.source == AiSource::kProvenance) {
      // The ledger keeps tool ids; people read the policy's name for them.
      const Tool* tool = policy.FindTool(p.tool);
      passage["tool"] = tool ? tool->name : p.tool;
    }
    if (p.source == AiSource::kMarker) passage["marker"] = p.marker;
    passages.push_back(passage);
  }
  json disclosure = {{"present", a.disclosure.present}};
  if (a.disclosure.present) {
    disclosure["start"] = index.ToUtf16(a.disclosure.begin);
    disclosure["end"] = index.ToUtf16(a.disclosure.end);
    disclosure["text"] = a.disclosure.text;
  }
  return {{"text", a.text},
          {"personal_data", personal},
          {"personal_data_counts", counts},
          {"confidential", confidential},
          {"ai_content", {{"passages", passages}, {"coverage", a.ai_content.coverage}}},
          {"disclosure", disclosure},
          {"verdict",
           {{"external_ai", {{"allowed", allowed}, {"reasons", reasons}, {"tools", tools}}},
            {"disclosure_required", a.DisclosureRequired()}}},
          {"policy", PolicySummaryJson(policy, today)}};
}

}  // namespace vermeld
