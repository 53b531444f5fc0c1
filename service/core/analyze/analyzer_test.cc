#include "core/analyze/analyzer.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace vermeld {
namespace {

// Flags every occurrence of "Jan" so offsets can be checked without depending on real recognizers.
class JanRecognizer : public Recognizer {
 public:
  std::string_view Type() const override { return "PERSON"; }
  void Find(const ScanText& text, std::vector<Finding>& out) const override {
    for (size_t p = text.text().find("Jan"); p != std::string_view::npos;
         p = text.text().find("Jan", p + 1)) {
      out.push_back({"PERSON", p, p + 3, 0.9});
    }
  }
};

PersonalDataDetector JanDetector() {
  std::vector<std::unique_ptr<Recognizer>> r;
  r.push_back(std::make_unique<JanRecognizer>());
  return PersonalDataDetector(std::move(r));
}

TEST(Analyzer, ReportsUtf16OffsetsIntoTheReturnedText) {
  const auto detector = JanDetector();
  AnalyzeInput in;
  in.text = "😀 Dag Jan";  // the emoji is 4 bytes and 2 UTF-16 units
  auto j = AnalysisToJson(Analyze(in, DefaultPolicy(), {&detector}), DefaultPolicy(), "2026-01-01");
  ASSERT_EQ(j["personal_data"].size(), 1u);
  EXPECT_EQ(j["personal_data"][0]["start"], 7);
  EXPECT_EQ(j["personal_data"][0]["end"], 10);
  EXPECT_EQ(j["personal_data"][0]["text"], "Jan");
  EXPECT_EQ(j["text"], in.text);
}

TEST(Analyzer, PersonalDataMakesExternalAiNotAllowedUnderTheDefaultPolicy) {
  const auto detector = JanDetector();
  AnalyzeInput in;
  in.text = "Beste Jan, hier is het verslag.";
  auto j = AnalysisToJson(Analyze(in, DefaultPolicy(), {&detector}), DefaultPolicy(), "2026-01-01");
  EXPECT_FALSE(j["verdict"]["external_ai"]["allowed"]);
  EXPECT_THAT(j["verdict"]["external_ai"]["reasons"], ::testing::Contains("personal_data"));
  EXPECT_TRUE(j["verdict"]["external_ai"]["tools"].empty());

  in.text = "Het verslag van de raad volgt morgen.";
  j = AnalysisToJson(Analyze(in, DefaultPolicy(), {&detector}), DefaultPolicy(), "2026-01-01");
  EXPECT_TRUE(j["verdict"]["external_ai"]["allowed"]);
  EXPECT_THAT(j["verdict"]["external_ai"]["tools"], ::testing::Contains("chatgpt"));
}

TEST(Analyzer, AllowListSuppressesFindings) {
  const auto detector = JanDetector();
  Policy policy = DefaultPolicy();
  policy.personal_data_allow = {"Jan"};
  AnalyzeInput in;
  in.text = "Woordvoerder Jan bevestigt.";
  EXPECT_TRUE(Analyze(in, policy, {&detector}).personal_data.empty());
}

TEST(Analyzer, ExpiredPolicyIsReported) {
  const auto detector = JanDetector();
  Policy policy = DefaultPolicy();
  policy.valid_until = "2025-12-31";
  AnalyzeInput in;
  in.text = "Niets persoonlijks.";
  auto j = AnalysisToJson(Analyze(in, policy, {&detector}), policy, "2026-01-01");
  EXPECT_TRUE(j["policy"]["expired"]);
  EXPECT_FALSE(j["verdict"]["external_ai"]["allowed"]);
  EXPECT_THAT(j["verdict"]["external_ai"]["reasons"], ::testing::Contains("policy_expired"));
}

TEST(Analyzer, HtmlOffsetsReferToTheExtractedText) {
  const auto detector = JanDetector();
  AnalyzeInput in;
  in.format = InputFormat::kHtml;
  in.text =
      "<html><head><style>p{}</style></head><body><p>Dag <b>Jan</b> &amp; co</p></body></html>";
  auto a = Analyze(in, DefaultPolicy(), {&detector});
  ASSERT_EQ(a.personal_data.size(), 1u);
  EXPECT_EQ(a.text.substr(a.personal_data[0].begin, 3), "Jan");
  EXPECT_EQ(a.text.find("p{}"), std::string::npos);
  EXPECT_NE(a.text.find("& co"), std::string::npos);
}

TEST(Analyzer, InvalidUtf8IsRejectedWithItsOffset) {
  const auto detector = JanDetector();
  AnalyzeInput in;
  in.text = "abc\xff";
  try {
    Analyze(in, DefaultPolicy(), {&detector});
    FAIL();
  } catch (const InvalidInput& e) {
    EXPECT_THAT(e.what(), ::testing::HasSubstr("offset 3"));
  }
}

TEST(Analyzer, MarkerWithoutDisclosureRequiresOne) {
  const auto detector = JanDetector();
  AnalyzeInput in;
  in.text =
      "Natuurlijk! Hier is een concept voor je persbericht:\n\nDe stad opent een nieuw zwembad.";
  auto a = Analyze(in, DefaultPolicy(), {&detector});
  ASSERT_FALSE(a.ai_content.passages.empty());
  EXPECT_TRUE(a.DisclosureRequired());
  auto j = AnalysisToJson(a, DefaultPolicy(), "2026-01-01");
  EXPECT_EQ(j["ai_content"]["passages"][0]["source"], "marker");
  EXPECT_TRUE(j["verdict"]["disclosure_required"]);
  EXPECT_FALSE(j["disclosure"]["present"]);

  in.text += "\n\n" + DefaultPolicy().DisclosureLine("ChatGPT");
  a = Analyze(in, DefaultPolicy(), {&detector});
  EXPECT_TRUE(a.disclosure.present);
  EXPECT_FALSE(a.DisclosureRequired());
  j = AnalysisToJson(a, DefaultPolicy(), "2026-01-01");
  EXPECT_TRUE(j["disclosure"]["present"]);
  EXPECT_FALSE(j["verdict"]["disclosure_required"]);
}

TEST(Analyzer, UnknownFormatIsRejected) {
  EXPECT_EQ(ParseInputFormat("html"), InputFormat::kHtml);
  EXPECT_EQ(ParseInputFormat(""), InputFormat::kText);
  EXPECT_THROW(ParseInputFormat("docx"), InvalidInput);
}

}  // namespace
}  // namespace vermeld
