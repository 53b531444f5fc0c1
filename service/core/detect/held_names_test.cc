#include "core/detect/held_names.h"

#include <gtest/gtest.h>

#include <string>

namespace vermeld {
namespace {

TEST(HeldNamesTest, AnswersLikeNameHoldersAndAgainTheSame) {
  static const auto holders = NameHolders::Load(VERMELD_DATA_DIR);
  const std::string text = "Drukkerij Peeters & Zonen schreef aan Jan Peeters.";
  HeldNames held(*holders, text);
  const size_t firm = text.find("Peeters");
  const size_t person = text.find("Jan Peeters");
  for (int round = 0; round < 2; ++round) {
    EXPECT_TRUE(held.Holds(firm, firm + 7));
    EXPECT_FALSE(held.Holds(person, person + 11));
    EXPECT_EQ(held.Holds(person, person + 3), holders->Holds(text, person, person + 3));
  }
}

}  // namespace
}  // namespace vermeld
