#include "core/detect/person_chat.h"

#include <gtest/gtest.h>

namespace vermeld {
namespace {

TEST(PersonChatTest, WhatsAppAndTeamsExportsAreChats) {
  EXPECT_TRUE(LooksLikeChat("[19:02] Griet: hoi\n[19:03] Stijn: amai\n"));
  EXPECT_TRUE(LooksLikeChat("Sanne de Graaf  09:14\nWie?\n\nRuben Hendriks  09:16\nIk.\n"));
  EXPECT_FALSE(LooksLikeChat("[19:02] Griet: hoi\nGewoon een mail.\n"));
  EXPECT_FALSE(LooksLikeChat("Om 09:14 vertrekt de trein.\nOm 10:30 komt hij aan.\n"));
}

TEST(PersonChatTest, TimeBeforeAndTimeEndingALine) {
  const std::string_view chat = "[19:02] Griet: hoi";
  EXPECT_TRUE(ChatTimeBefore(chat, chat.find("Griet")));
  EXPECT_FALSE(ChatTimeBefore(chat, chat.find("hoi")));
  const std::string_view teams = "Sanne de Graaf  9:14\r\nWie?";
  EXPECT_TRUE(TimeEndsLine(teams, teams.find(" 9:14")));
  EXPECT_FALSE(TimeEndsLine(teams, 0));
  EXPECT_FALSE(TimeEndsLine("Vertrek 09:14 uur", 7));
}

}  // namespace
}  // namespace vermeld
