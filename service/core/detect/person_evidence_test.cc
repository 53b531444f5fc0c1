#include "core/detect/person_evidence.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace vermeld {
namespace {

size_t Persons(const std::vector<Finding>& findings) {
  return std::count_if(findings.begin(), findings.end(),
                       [](const Finding& f) { return f.type == "PERSON"; });
}

TEST(PersonEvidenceTest, UncuedNamesAloneWithContactsAreDropped) {
  std::vector<Finding> f = {{"PERSON", 0, 5, 0.75},
                            {"PERSON", 10, 15, 0.6},
                            {"EMAIL", 20, 40, 0.9},
                            {"PHONE", 50, 62, 0.95},
                            {"ADDRESS", 70, 90, 0.9}};
  DropUncorroborated(f);
  EXPECT_EQ(Persons(f), 0u);
  ASSERT_EQ(f.size(), 2u);  // the mailbox and the number stay; the address is a venue's
  EXPECT_EQ(f[0].type, "EMAIL");
  EXPECT_EQ(f[1].type, "PHONE");
}

TEST(PersonEvidenceTest, AnAddressStaysWithSomeone) {
  std::vector<Finding> f = {{"PERSON", 0, 5, 0.85}, {"ADDRESS", 70, 90, 0.9}};
  DropUncorroborated(f);
  EXPECT_EQ(f.size(), 2u);
}

TEST(PersonEvidenceTest, ACueOrPersonalDataKeepsThem) {
  for (const Finding& sign : {Finding{"PERSON", 30, 35, 0.85}, Finding{"HEALTH", 30, 40, 0.65},
                              Finding{"IBAN", 30, 46, 1.0}, Finding{"DATE_OF_BIRTH", 30, 40, 0.9},
                              Finding{"IP_ADDRESS", 30, 41, 0.9}}) {
    std::vector<Finding> f = {
        {"PERSON", 0, 5, 0.75}, {"PERSON", 10, 15, 0.6}, sign, {"ADDRESS", 70, 90, 0.9}};
    DropUncorroborated(f);
    EXPECT_EQ(f.size(), 4u) << sign.type;
  }
}

}  // namespace
}  // namespace vermeld
