#include "core/detect/person_evidence.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>

namespace vermeld {
namespace {

// A text long enough to be no short message: the rules below hold for it.
const std::string kLongText(kShortMessageBytes, ' ');

size_t Persons(const std::vector<Finding>& findings) {
  return std::count_if(findings.begin(), findings.end(),
                       [](const Finding& f) { return f.type == "PERSON"; });
}

TEST(PersonEvidenceTest, UncuedNamesAloneWithContactsAreDropped) {
  std::vector<Finding> f = {{"PERSON", 0, 5, 0.75},         {"PERSON", 10, 15, 0.6},
                            {"EMAIL", 20, 40, 0.9},         {"PHONE", 50, 62, 0.95},
                            {"ADDRESS", 70, 90, 0.9},       {"BE_ENTERPRISE_NUMBER", 95, 107, 0.95},
                            {"VAT_NUMBER", 110, 125, 0.95}, {"IBAN", 130, 149, 1.0}};
  DropUncorroborated(kLongText, f);
  EXPECT_EQ(Persons(f), 0u);
  // What the organisation publishes about itself stays; the address is a venue's.
  ASSERT_EQ(f.size(), 5u);
  EXPECT_EQ(f[0].type, "EMAIL");
  EXPECT_EQ(f[2].type, "BE_ENTERPRISE_NUMBER");
}

TEST(PersonEvidenceTest, APrivateMailboxShowsPeople) {
  // "... Sofie ... sofie1983@telenet.be ...": a provider's mailbox is a private person's.
  std::string text = kLongText;
  text.replace(100, 20, "sofie1983@telenet.be");
  std::vector<Finding> f = {{"PERSON", 10, 15, 0.6}, {"EMAIL", 100, 120, kPersonalMailScore}};
  DropUncorroborated(text, f);
  EXPECT_EQ(Persons(f), 1u);
  // A shop's free mailbox does not, nor an organisation's own domain.
  text.replace(100, 20, "kapsalonx@telenet.be");
  f = {{"PERSON", 10, 15, 0.6}, {"EMAIL", 100, 120, kPersonalMailScore}};
  DropUncorroborated(text, f);
  EXPECT_EQ(Persons(f), 0u);
  text.replace(100, 20, "sofie1983@gent.be   ");
  f = {{"PERSON", 10, 15, 0.6}, {"EMAIL", 100, 117, kPersonalMailScore}};
  DropUncorroborated(text, f);
  EXPECT_EQ(Persons(f), 0u);
}

TEST(PersonEvidenceTest, UncuedNamesInAShortMessageStay) {
  // "Kan Bart morgen de sleutel afhalen bij Annemie?"
  const std::string message(kShortMessageBytes - 1, ' ');
  std::vector<Finding> f = {{"PERSON", 4, 8, 0.6}, {"PERSON", 39, 46, 0.6}};
  DropUncorroborated(message, f);
  EXPECT_EQ(Persons(f), 2u);
  DropUncorroborated(kLongText, f);
  EXPECT_EQ(Persons(f), 0u);
}

TEST(PersonEvidenceTest, ABareBsnNeedsSomeoneNamed) {
  std::vector<Finding> f = {{"NL_BSN", 0, 9, kBareBsnScore}, {"NL_BSN", 20, 29, 0.95}};
  DropUncorroborated(kLongText, f);
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].begin, 20u);
  f = {{"PERSON", 40, 45, kCuedPersonScore}, {"NL_BSN", 0, 9, kBareBsnScore}};
  DropUncorroborated(kLongText, f);
  EXPECT_EQ(f.size(), 2u);
  // An uncued name is no one named, nor does the bare number make it one.
  f = {{"PERSON", 40, 45, 0.6}, {"NL_BSN", 0, 9, kBareBsnScore}};
  DropUncorroborated(kLongText, f);
  EXPECT_TRUE(f.empty());
}

TEST(PersonEvidenceTest, AnAddressStaysWithSomeone) {
  std::vector<Finding> f = {{"PERSON", 0, 5, 0.85}, {"ADDRESS", 70, 90, 0.9}};
  DropUncorroborated(kLongText, f);
  EXPECT_EQ(f.size(), 2u);
}

TEST(PersonEvidenceTest, AnAddressUnderAHomesLabelIsSomeones) {
  std::vector<Finding> f = {{"ADDRESS", 0, 20, kHomeAddressScore},
                            {"ADDRESS", 22, 39, 0.75},
                            {"HEALTH", 50, 60, 0.7},
                            {"PERSON", 70, 75, 0.6}};
  DropUncorroborated(kLongText, f);
  EXPECT_EQ(f.size(), 4u);
}

TEST(PersonEvidenceTest, AnAddressBesideANationalNumberIsTheirs) {
  std::vector<Finding> f = {{"ADDRESS", 0, 20, 0.9}, {"BE_NATIONAL_NUMBER", 30, 45, 1.0}};
  DropUncorroborated(kLongText, f);
  EXPECT_EQ(f.size(), 2u);
  std::vector<Finding> alone = {{"ADDRESS", 0, 20, 0.9}, {"IBAN", 30, 45, 1.0}};
  DropUncorroborated(kLongText, alone);
  EXPECT_EQ(alone.size(), 1u);
  // So is a number with a payment card's or a plate beside it (an SMS export's sender), not with
  // a server's IP address.
  for (const char* type : {"CREDIT_CARD", "LICENSE_PLATE"}) {
    std::vector<Finding> f = {{"PHONE", 0, 16, kBarePhoneScore}, {type, 30, 49, 1.0}};
    DropUncorroborated(kLongText, f);
    EXPECT_EQ(f.size(), 2u) << type;
  }
  // ...but not a firm's address beside its van's plate.
  std::vector<Finding> van = {{"LICENSE_PLATE", 0, 9, 1.0}, {"ADDRESS", 20, 45, 0.9}};
  DropUncorroborated(kLongText, van);
  ASSERT_EQ(van.size(), 1u);
  EXPECT_EQ(van[0].type, "LICENSE_PLATE");
  std::vector<Finding> server = {{"PHONE", 0, 16, kBarePhoneScore}, {"IP_ADDRESS", 30, 41, 0.9}};
  DropUncorroborated(kLongText, server);
  EXPECT_TRUE(server.empty());
}

TEST(PersonEvidenceTest, ANumberWithoutATelephoneWordNeedsSomeone) {
  std::vector<Finding> alone = {{"PHONE", 0, 10, kBarePhoneScore}, {"PHONE", 20, 30, 0.95}};
  DropUncorroborated(kLongText, alone);
  ASSERT_EQ(alone.size(), 1u);
  EXPECT_EQ(alone[0].begin, 20u);
  std::vector<Finding> named = {{"PERSON", 0, 5, 0.85}, {"PHONE", 10, 20, kBarePhoneScore}};
  DropUncorroborated(kLongText, named);
  EXPECT_EQ(named.size(), 2u);
}

TEST(PersonEvidenceTest, ACueOrPersonalDataKeepsThem) {
  for (const Finding& sign :
       {Finding{"PERSON", 30, 35, 0.85}, Finding{"HEALTH", 30, 40, 0.65},
        Finding{"BE_NATIONAL_NUMBER", 30, 45, 1.0}, Finding{"DATE_OF_BIRTH", 30, 40, 0.9},
        Finding{"IP_ADDRESS", 30, 41, 0.9}}) {
    std::vector<Finding> f = {
        {"PERSON", 0, 5, 0.75}, {"PERSON", 10, 15, 0.6}, sign, {"ADDRESS", 70, 90, 0.9}};
    DropUncorroborated(kLongText, f);
    EXPECT_EQ(f.size(), 4u) << sign.type;
  }
}

TEST(PersonEvidenceTest, AnIpAddressNeedsSomeone) {
  std::vector<Finding> alone = {{"IP_ADDRESS", 0, 10, 0.95}, {"EMAIL", 20, 40, 0.3}};
  DropUncorroborated(kLongText, alone);
  ASSERT_EQ(alone.size(), 1u);
  EXPECT_EQ(alone[0].type, "EMAIL");
  for (const Finding& someone :
       {Finding{"PERSON", 30, 35, 0.85}, Finding{"BE_NATIONAL_NUMBER", 30, 45, 1.0},
        Finding{"EMAIL", 30, 45, kPersonalMailScore}}) {
    std::vector<Finding> f = {{"IP_ADDRESS", 0, 10, 0.95}, someone};
    DropUncorroborated(kLongText, f);
    EXPECT_EQ(f.size(), 2u) << someone.type;
  }
}

TEST(PersonEvidenceTest, HealthNeedsSomeoneItIsAbout) {
  std::vector<Finding> general = {
      {"HEALTH", 0, 8, 0.65}, {"EMAIL", 20, 40, 0.9}, {"PHONE", 50, 62, 0.35}};
  DropUncorroborated(kLongText, general);
  ASSERT_EQ(general.size(), 2u);
  EXPECT_EQ(general[0].type, "EMAIL");
  for (const Finding& someone :
       {Finding{"PERSON", 30, 35, 0.85}, Finding{"BE_NATIONAL_NUMBER", 30, 45, 1.0},
        Finding{"DATE_OF_BIRTH", 30, 40, 0.9}, Finding{"LICENSE_PLATE", 30, 39, 0.9}}) {
    std::vector<Finding> f = {{"HEALTH", 0, 8, 0.65}, someone};
    DropUncorroborated(kLongText, f);
    EXPECT_EQ(f.size(), 2u) << someone.type;
  }
  // A name without a cue and a health detail vouch for each other.
  std::vector<Finding> pair = {{"PERSON", 0, 5, 0.6}, {"HEALTH", 10, 18, 0.75}};
  DropUncorroborated(kLongText, pair);
  EXPECT_EQ(pair.size(), 2u);
}

}  // namespace
}  // namespace vermeld
