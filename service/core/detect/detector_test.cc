#include "core/detect/detector.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace vermeld {
namespace {

// Reports every occurrence of a fixed word with a fixed score: lets the tests control overlaps.
class WordRecognizer : public Recognizer {
 public:
  WordRecognizer(std::string type, std::string word, double score)
      : type_(std::move(type)), word_(std::move(word)), score_(score) {}
  std::string_view Type() const override { return type_; }
  void Find(const ScanText& text, std::vector<Finding>& out) const override {
    for (size_t p = text.text().find(word_); p != std::string_view::npos;
         p = text.text().find(word_, p + 1)) {
      out.push_back({type_, p, p + word_.size(), score_});
    }
  }

 private:
  std::string type_, word_;
  double score_;
};

PersonalDataDetector Make(std::vector<std::unique_ptr<Recognizer>> r) {
  return PersonalDataDetector(std::move(r));
}

std::vector<std::unique_ptr<Recognizer>> Recognizers(
    std::initializer_list<std::tuple<const char*, const char*, double>> specs) {
  std::vector<std::unique_ptr<Recognizer>> r;
  for (const auto& [type, word, score] : specs) {
    r.push_back(std::make_unique<WordRecognizer>(type, word, score));
  }
  return r;
}

TEST(DetectorTest, SortsFindingsByBegin) {
  const auto d = Make(Recognizers({{"B", "beta", 0.5}, {"A", "alpha", 0.5}}));
  const auto f = d.Detect("beta alpha beta", {});
  ASSERT_EQ(f.size(), 3u);
  EXPECT_EQ(f[0].type, "B");
  EXPECT_EQ(f[1].type, "A");
  EXPECT_EQ(f[2].begin, 11u);
}

TEST(DetectorTest, OverlapKeepsHigherScore) {
  const auto d = Make(Recognizers({{"LONG", "12345678", 0.4}, {"SHORT", "3456", 0.9}}));
  const auto f = d.Detect("x 12345678 y", {});
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].type, "SHORT");
}

TEST(DetectorTest, OverlapWithEqualScoreKeepsLongerSpan) {
  const auto d = Make(Recognizers({{"SHORT", "3456", 0.8}, {"LONG", "12345678", 0.8}}));
  const auto f = d.Detect("x 12345678 y", {});
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].type, "LONG");
}

TEST(DetectorTest, AdjacentFindingsDoNotOverlap) {
  const auto d = Make(Recognizers({{"A", "ab", 0.5}, {"C", "cd", 0.9}}));
  EXPECT_EQ(d.Detect("abcd", {}).size(), 2u);
}

TEST(DetectorTest, AllowEntryEqualToFindingDropsIt) {
  const auto d = Make(Recognizers({{"EMAIL", "Pers@Gent.be", 0.9}}));
  EXPECT_TRUE(d.Detect("mail Pers@Gent.be", {"pers@gent.be"}).empty());
  EXPECT_EQ(d.Detect("mail Pers@Gent.be", {"info@gent.be"}).size(), 1u);
}

TEST(DetectorTest, FindingInsideAllowedStringIsDropped) {
  // The allowed spokesperson's full name covers a finding on the surname alone.
  const auto d = Make(Recognizers({{"PERSON", "Peeters", 0.9}}));
  const auto f = d.Detect("Woordvoerder An  Peeters zegt dat Peeters niet", {"an peeters"});
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].begin, std::string_view("Woordvoerder An  Peeters zegt dat ").size());
}

class LoadedDetectorTest : public ::testing::Test {
 protected:
  static std::vector<std::string> Types(std::string_view text,
                                        const std::vector<std::string>& allow = {}) {
    std::vector<std::string> types;
    for (const Finding& f : detector_->Detect(text, allow)) types.push_back(f.type);
    return types;
  }
  static void SetUpTestSuite() { detector_ = PersonalDataDetector::Load(VERMELD_DATA_DIR); }
  static std::shared_ptr<const PersonalDataDetector> detector_;
};
std::shared_ptr<const PersonalDataDetector> LoadedDetectorTest::detector_;

TEST_F(LoadedDetectorTest, EmptyTextHasNoFindings) { EXPECT_TRUE(Types("").empty()); }

TEST_F(LoadedDetectorTest, FindsEveryIdentifierInAFlemishMail) {
  const std::string mail =
      "Rijksregisternummer 85.07.30-033.28, IBAN BE68 5390 0754 7034, gsm 0470 12 34 56, "
      "mail lies.claes@telenet.be, nummerplaat 1-ABC-123, KBO 0403.448.635.";
  EXPECT_THAT(Types(mail), ::testing::ElementsAre("BE_NATIONAL_NUMBER", "IBAN", "PHONE", "EMAIL",
                                                  "LICENSE_PLATE", "BE_ENTERPRISE_NUMBER"));
}

TEST_F(LoadedDetectorTest, DateOfBirthAndHealthReadThePersonsFoundBeforeThem) {
  // Only the person recognizer knows "Dennis Kerkhof" is a name here (given name + surname) and
  // that "Xandro" speaks in the chat: the later recognizers build on its findings.
  EXPECT_THAT(Types("Beste Joost,\nOver Dennis Kerkhof (12-01-1988), met toestemming."),
              ::testing::ElementsAre("PERSON", "PERSON", "DATE_OF_BIRTH"));
  EXPECT_THAT(Types("[09:02] Xandro: gisteren de diagnose ADHD gekregen\n[09:03] Joost: oei\n"
                    "[09:04] Xandro: ja\n"),
              ::testing::Contains("HEALTH"));
}

TEST_F(LoadedDetectorTest, ListCopiedFromACareLetterIsAboutThePersonNamed) {
  // The items are short lines without a full stop, yet no headings: a care letter's findings.
  for (const char* letter : {"ontslagbrief", "verwijsbrief"}) {
    const std::string text = std::string(
                                 "Mevrouw Godelieve Van den Broeck komt maandag 17/02.\n"
                                 "Huisarts: dr. P. Aerts, Zoersel\n\n"
                                 "Uit de ") +
                             letter + " van AZ Sint-Jozef:\n- dementie\n- diabetes type 2\n";
    EXPECT_THAT(Types(text), ::testing::ElementsAre("PERSON", "PERSON", "HEALTH", "HEALTH"))
        << letter;
  }
  // Under another line, a list of topics stays a list of topics.
  EXPECT_THAT(Types("De opleiding behandelt:\n- dementie\n- diabetes type 2\n\nInschrijven bij "
                    "mevrouw Godelieve Van den Broeck."),
              ::testing::ElementsAre("PERSON"));
  EXPECT_THAT(Types("Vorming door dr. Karel Peeters.\n\nWat hoort in een goede verwijsbrief:\n"
                    "- diabetes\n- dementie\n"),
              ::testing::ElementsAre("PERSON"));
}

TEST_F(LoadedDetectorTest, IdentifiersWinOverlapsWithWeakerReadings) {
  // The compact national number is also ten-plus digits a phone pattern could start on.
  EXPECT_THAT(Types("INSZ: 85073003328"), ::testing::ElementsAre("BE_NATIONAL_NUMBER"));
  EXPECT_THAT(Types("btw BE 0403.448.635"), ::testing::ElementsAre("VAT_NUMBER"));
  // Digits after a passport word stay a passport number, even with a phone word nearby.
  EXPECT_THAT(Types("Passeport roumain n° 054218937\nGSM : +32 488 71 20 54"),
              ::testing::ElementsAre("PASSPORT_NUMBER", "PHONE"));
}

TEST_F(LoadedDetectorTest, CleanAdministrativeTextHasNoFindings) {
  const std::string memo =
      "Factuur 2024-001234 (dossiernummer 23/4567) bedraagt € 1.250.000. Zie art. 5.1.2 van het "
      "decreet van 3 mei 2019, versie 2.4.1.7, en punt 4 van de agenda. 12 345 bezoekers in 2023.";
  EXPECT_TRUE(Types(memo).empty()) << ::testing::PrintToString(Types(memo));
}

TEST_F(LoadedDetectorTest, AllowListSuppressesThePressMailbox) {
  EXPECT_TRUE(Types("Vragen? pers@gent.be", {"pers@gent.be"}).empty());
}

TEST_F(LoadedDetectorTest, HostileInputGivesAnAnswer) {
  EXPECT_TRUE(Types(std::string(100000, '7')).empty());
  std::string line;
  while (line.size() < 2 * 1024 * 1024) line += "abc 12.34 ";
  EXPECT_TRUE(Types(line).empty());
  const std::string with_nul("bel 0470 12 34 56\0 nu", 22);
  EXPECT_THAT(Types(with_nul), ::testing::ElementsAre("PHONE"));
}

}  // namespace
}  // namespace vermeld
