#include "core/pseudonymise/stream_restorer.h"

#include <gtest/gtest.h>

namespace vermeld {
namespace {

class StreamRestorerTest : public ::testing::Test {
 protected:
  void SetUp() override {
    const std::string text = "Jan Peeters jan@peeters.be";
    p_.Replace(text, {{"PERSON", 0, 11, 1}, {"EMAIL", 12, 26, 1}});
  }
  Pseudonymiser p_;
};

TEST_F(StreamRestorerTest, EverySplitOfTheAnswerRestoresTheSameText) {
  const std::string answer = "Dag [PERSOON_1], ik mail [EMAIL_1] [PERSOON_2] [x] [PERSOON_1]";
  const std::string expected =
      "Dag Jan Peeters, ik mail jan@peeters.be [PERSOON_2] [x] Jan Peeters";
  for (size_t a = 0; a <= answer.size(); ++a) {
    for (size_t b = a; b <= answer.size(); b += 3) {
      StreamRestorer r(p_);
      std::string out = r.Push(answer.substr(0, a));
      out += r.Push(answer.substr(a, b - a));
      out += r.Push(answer.substr(b));
      out += r.Flush();
      ASSERT_EQ(out, expected) << "split at " << a << ", " << b;
    }
  }
}

TEST_F(StreamRestorerTest, HoldsBackOnlyWhatCouldBeAPlaceholder) {
  StreamRestorer r(p_);
  EXPECT_EQ(r.Push("Dag [PERS"), "Dag ");
  EXPECT_EQ(r.Push("OON_1], [nee"), "Jan Peeters, [nee");
  EXPECT_EQ(r.Push("t] ["), "t] ");
  EXPECT_EQ(r.Flush(), "[");
}

TEST_F(StreamRestorerTest, OneCharacterAtATime) {
  const std::string answer = "[EMAIL_1][PERSOON_1]";
  StreamRestorer r(p_);
  std::string out;
  for (char c : answer) out += r.Push(std::string(1, c));
  out += r.Flush();
  EXPECT_EQ(out, "jan@peeters.beJan Peeters");
}

TEST_F(StreamRestorerTest, UnfinishedPlaceholderAtTheEndIsEmittedAsIs) {
  StreamRestorer r(p_);
  EXPECT_EQ(r.Push("tot [PERSOON_"), "tot ");
  EXPECT_EQ(r.Flush(), "[PERSOON_");
}

}  // namespace
}  // namespace vermeld
