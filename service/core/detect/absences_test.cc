#include "core/detect/absences.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "core/detect/test_util.h"

namespace vermeld {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;

// The absences after the first occurrence of `detail` in `text`.
std::vector<std::string> After(std::string_view text, std::string_view detail) {
  static const Absences absences;
  return test_util::SpanTexts(text, absences.After(text, {test_util::FirstSpan(text, detail)}));
}

TEST(AbsencesTest, AStayAtHomeOrAWorkBanAfterAHealthDetail) {
  EXPECT_THAT(
      After("heeft haar pols gebroken, dus ze zit minstens drie weken thuis.", "pols gebroken"),
      ElementsAre("drie weken thuis"));
  EXPECT_THAT(After("geopereerd aan een hernia en zit sindsdien thuis", "hernia"),
              ElementsAre("sindsdien thuis"));
  EXPECT_THAT(After("ze heeft covid, denk dat ze zeker tot vrijdag thuis is", "covid"),
              ElementsAre("tot vrijdag thuis"));
  EXPECT_THAT(After("burn-out, ze is thuis tot eind april.", "burn-out"),
              ElementsAre("thuis tot eind april"));
  EXPECT_THAT(After("sleutelbeen gebroken, hij mag 6 weken niet werken", "sleutelbeen gebroken"),
              ElementsAre("6 weken niet werken"));
  EXPECT_THAT(
      After("opérée de la vésicule et je dois rester à la maison trois semaines.", "opérée"),
      ElementsAre("rester à la maison trois semaines"));
}

TEST(AbsencesTest, NothingWithoutADurationFarAwayOrInTheNextParagraph) {
  EXPECT_THAT(After("griep. Ze werkt thuis op vrijdag.", "griep"), IsEmpty());
  EXPECT_THAT(After("griep." + std::string(200, ' ') + "Ze is drie weken thuis.", "griep"),
              IsEmpty());
  EXPECT_THAT(
      After("griep.\n\nHet kantoor is drie weken dicht, iedereen twee weken thuis.", "griep"),
      IsEmpty());
}

TEST(AbsencesTest, AnAbsenceAcrossTheEndOfOneDetailsWindow) {
  static const Absences absences;
  const std::string text = "Hij heeft zijn pols gebroken" + std::string(120, ' ') +
                           "en een hernia, dus hij zit drie weken thuis.";
  const size_t hernia = text.find("hernia");
  const auto found = absences.After(text, {{10, 28}, {hernia, hernia + 6}});
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(text.substr(found[0].begin, found[0].end - found[0].begin), "drie weken thuis");
}

TEST(AbsencesTest, OverlappingWindowsAreSearchedOnce) {
  static const Absences absences;
  const std::string text = "griep, koorts: drie weken thuis.";
  const auto found = absences.After(text, {{0, 5}, {7, 13}});
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(text.substr(found[0].begin, found[0].end - found[0].begin), "drie weken thuis");
}

}  // namespace
}  // namespace vermeld
