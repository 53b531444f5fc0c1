#include "gateway/register_report.h"

#include <gtest/gtest.h>

namespace vermeld {
namespace {

std::vector<RegisterRow> Rows() {
  RegisterRow a{"2026-05", "chatgpt", 10, {{"personal_data", 3}, {"confidential", 1}}, 2, 6, 4};
  RegisterRow b{"2026-06", "=cmd|' /C calc'!A0", 1, {{"tool_not_allowed", 1}}, 0, 0, 0};
  return {a, b};
}

TEST(RegisterReportTest, JsonHasEveryReasonAndTotals) {
  const auto j = RegisterToJson(Rows());
  ASSERT_EQ(j["rows"].size(), 2u);
  const auto& r = j["rows"][0];
  EXPECT_EQ(r["month"], "2026-05");
  EXPECT_EQ(r["requests"], 10);
  EXPECT_EQ(r["blocked_total"], 4);
  EXPECT_EQ(r["blocked"]["personal_data"], 3);
  EXPECT_EQ(r["blocked"]["policy_expired"], 0);
  EXPECT_EQ(r["pseudonymised"], 2);
  EXPECT_EQ(r["outputs_recorded"], 6);
  EXPECT_EQ(r["disclosures_inserted"], 4);
  EXPECT_EQ(j["reasons"].size(), 4u);
}

TEST(RegisterReportTest, CsvHasAHeaderARowPerLineAndDefusesFormulas) {
  const std::string csv = RegisterToCsv(Rows());
  EXPECT_EQ(csv.substr(0, csv.find("\r\n")),
            "month,tool,requests,blocked_total,blocked_policy_expired,blocked_tool_not_allowed,"
            "blocked_confidential,blocked_personal_data,pseudonymised,outputs_recorded,"
            "disclosures_inserted");
  EXPECT_NE(csv.find("\r\n2026-05,chatgpt,10,4,0,0,1,3,2,6,4\r\n"), std::string::npos) << csv;
  EXPECT_NE(csv.find("\r\n2026-06,'=cmd|' /C calc'!A0,1,1,0,1,0,0,0,0,0\r\n"), std::string::npos)
      << csv;
  RegisterRow quoted{"2026-07", "a,\"b\"", 0, {}, 0, 0, 0};
  EXPECT_NE(RegisterToCsv({quoted}).find("2026-07,\"a,\"\"b\"\"\",0"), std::string::npos);
}

}  // namespace
}  // namespace vermeld
