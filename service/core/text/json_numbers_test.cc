#include "core/text/json_numbers.h"

#include <gtest/gtest.h>

namespace vermeld {
namespace {

TEST(JsonNumbersTest, FindsTheNumberThatOverflowsADouble) {
  EXPECT_EQ(FindOutOfRangeNumber(R"({"a": 1, "b": 8e999})"), 14u);
  EXPECT_EQ(FindOutOfRangeNumber("[-1e400]"), 1u);
  EXPECT_EQ(FindOutOfRangeNumber("8e99999999999999999999"), 0u);
}

TEST(JsonNumbersTest, IgnoresStringsAndNumbersThatFit) {
  EXPECT_FALSE(FindOutOfRangeNumber(R"({"a": "1e999", "b\"1e999": 1.7e308, "c": 1e-999})"));
  EXPECT_FALSE(FindOutOfRangeNumber(""));
}

}  // namespace
}  // namespace vermeld
