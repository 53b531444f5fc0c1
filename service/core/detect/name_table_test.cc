#include "core/detect/name_table.h"

#include <string>

#include <gtest/gtest.h>

namespace vermeld {
namespace {

TEST(NameTableTest, FlagsOfOneKeyAreMerged) {
  NameTable t;
  t.Add("van", 1);
  t.Add("van", 4);
  t.Add("jan", 2);
  EXPECT_EQ(t.Find("van"), 5u);
  EXPECT_EQ(t.Find("jan"), 2u);
  EXPECT_TRUE(t.Has("van", 4));
  EXPECT_FALSE(t.Has("jan", 1));
}

TEST(NameTableTest, AbsentKeysHaveNoFlags) {
  NameTable t;
  t.Add("van den broeck", 1);
  EXPECT_EQ(t.Find(""), 0u);
  EXPECT_EQ(t.Find("van den broec"), 0u);
  EXPECT_EQ(t.Find("van den broeck "), 0u);
  EXPECT_EQ(t.Find("Van den broeck"), 0u);
}

TEST(NameTableTest, KeepsEveryKeyWhileGrowing) {
  NameTable t;
  for (int i = 0; i < 5000; ++i) t.Add("name" + std::to_string(i), 1u << (i % 20));
  for (int i = 0; i < 5000; ++i) EXPECT_EQ(t.Find("name" + std::to_string(i)), 1u << (i % 20));
  EXPECT_EQ(t.Find("name5000"), 0u);
}

}  // namespace
}  // namespace vermeld
