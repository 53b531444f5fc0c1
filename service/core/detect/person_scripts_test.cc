#include "core/detect/person_scripts.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>

namespace vermeld {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;

// The names FindNamesInOtherScripts adds beside the PERSON `name` found in `text`.
std::vector<std::string> Beside(std::string_view text, std::string_view name) {
  const size_t at = text.find(name);
  std::vector<Finding> found = {{"PERSON", at, at + name.size(), 0.85}};
  FindNamesInOtherScripts(text, found);
  std::vector<std::string> out;
  for (size_t i = 1; i < found.size(); ++i) {
    out.emplace_back(text.substr(found[i].begin, found[i].end - found[i].begin));
    EXPECT_EQ(found[i].score, 0.85);
  }
  return out;
}

TEST(PersonScriptsTest, InBracketsOrAfterASlash) {
  EXPECT_THAT(Beside("mevrouw Rania Al-Khatib (رانيا الخطيب) en haar man", "Rania Al-Khatib"),
              ElementsAre("رانيا الخطيب"));
  EXPECT_THAT(Beside("| 1 | TESFAYE Mulu / ሙሉ ተስፋየ | 12/04/2003 |", "TESFAYE Mulu"),
              ElementsAre("ሙሉ ተስፋየ"));
  EXPECT_THAT(Beside("Priya Raghunathan ( प्रिया रघुनाथन ), born", "Priya Raghunathan"),
              ElementsAre("प्रिया रघुनाथन"));
}

TEST(PersonScriptsTest, BeforeASlash) {
  EXPECT_THAT(Beside("ja Петро Бондаренко / Petro Bondarenko, 67j.", "Petro Bondarenko"),
              ElementsAre("Петро Бондаренко"));
}

TEST(PersonScriptsTest, OnlyOtherScriptsRightBesideTheName) {
  // Latin words, an unclosed bracket, words further on, more than four words.
  EXPECT_THAT(Beside("Jan Peeters (Nguyễn Văn) x", "Jan Peeters"), IsEmpty());
  EXPECT_THAT(Beside("Jan Peeters (Ян Петерс, тел. 123)", "Jan Peeters"), IsEmpty());
  EXPECT_THAT(Beside("Jan Peeters zegt: Ян Петерс", "Jan Peeters"), IsEmpty());
  EXPECT_THAT(Beside("Jan Peeters (один два три четыре пять)", "Jan Peeters"), IsEmpty());
  EXPECT_THAT(Beside("Jan Peeters (🙂 😀)", "Jan Peeters"), IsEmpty());
  std::string long_word = "Jan Peeters (";
  for (int i = 0; i < 40; ++i) long_word += "д";
  EXPECT_THAT(Beside(long_word + ")", "Jan Peeters"), IsEmpty());
}

}  // namespace
}  // namespace vermeld
