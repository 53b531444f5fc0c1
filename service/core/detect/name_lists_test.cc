#include "core/detect/name_lists.h"

#include <gtest/gtest.h>

#include <string>

namespace vermeld {
namespace {

TEST(NameListsTest, FindLoweredLooksUpTheLowerCaseForm) {
  NameTable table;
  table.Add("bloeddruk", 1);
  table.Add("école", 2);
  const std::string long_word(40, 'x');
  table.Add(long_word, 4);
  EXPECT_EQ(FindLowered(table, "BloedDRUK"), 1u);
  EXPECT_EQ(FindLowered(table, "École"), 2u);               // beyond ASCII: LowerUtf8
  EXPECT_EQ(FindLowered(table, std::string(40, 'X')), 4u);  // longer than the stack buffer
  EXPECT_EQ(FindLowered(table, "bloeddrukken"), 0u);
  EXPECT_EQ(FindLowered(table, ""), 0u);
}

}  // namespace
}  // namespace vermeld
