#include "core/detect/person_chat.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace vermeld {
namespace {

bool IsChat(std::string_view text) { return LooksLikeChat(TextLines(text)); }
// Given names for the tests: "jo", "Griet", "hanne", "jonas", "tom", and "Mark", also a word;
// "Jacobs" (in any case) a surname.
GivenName GivenNameIn(std::string_view label) {
  for (std::string_view known : {"jo", "Griet", "hanne", "jonas", "tom"}) {
    if (label == known) return GivenName::kKnown;
  }
  if (label == "Jacobs" || label == "jacobs") return GivenName::kSurnameOnly;
  return label == "Mark" ? GivenName::kAlsoWord : GivenName::kNone;
}
std::vector<ByteSpan> Speakers(std::string_view text) {
  return ChatSpeakers(TextLines(text), GivenNameIn);
}
// The speakers' labels as written.
std::vector<std::string_view> SpeakerTexts(std::string_view chat) {
  std::vector<std::string_view> out;
  for (const ByteSpan& s : Speakers(chat)) out.push_back(chat.substr(s.begin, s.end - s.begin));
  return out;
}

TEST(PersonChatTest, WhatsAppAndTeamsExportsAreChats) {
  EXPECT_TRUE(IsChat("[19:02] Griet: hoi\n[19:03] Stijn: amai\n"));
  EXPECT_TRUE(IsChat("Sanne de Graaf  09:14\nWie?\n\nRuben Hendriks  09:16\nIk.\n"));
  EXPECT_FALSE(IsChat("[19:02] Griet: hoi\nGewoon een mail.\n"));
  EXPECT_FALSE(IsChat("Om 09:14 vertrekt de trein.\nOm 10:30 komt hij aan.\n"));
}

TEST(PersonChatTest, TimeBeforeAndTimeEndingALine) {
  const std::string_view chat = "[19:02] Griet: hoi";
  EXPECT_TRUE(ChatTimeBefore(chat, chat.find("Griet")));
  EXPECT_FALSE(ChatTimeBefore(chat, chat.find("hoi")));
  const std::string_view teams = "Sanne de Graaf  9:14\r\nWie?";
  EXPECT_TRUE(TimeEndsLine(teams, teams.find(" 9:14")));
  EXPECT_FALSE(TimeEndsLine(teams, 0));
  EXPECT_FALSE(TimeEndsLine("Vertrek 09:14 uur", 7));
  // English exports write the half of the day ("Sam 2:14 PM"); "PMO" is no such half.
  EXPECT_TRUE(TimeEndsLine("Sam 2:14 PM\r\nhey", 3));
  EXPECT_TRUE(TimeEndsLine("Sam 10:02 am", 3));
  EXPECT_FALSE(TimeEndsLine("Sam 2:14 PMO", 3));
  EXPECT_TRUE(IsChat("Sam 2:14 PM\nhey\nLotte 2:20 PM\ndone\n"));
}

TEST(PersonChatTest, SpeakersInAnyCase) {
  const std::string_view chat =
      "[09:12] els.m: goeiemorgen!!\n[09:13] bram vdb: jep, mevr heeft gebeld\n"
      "[09:17] hilde d.: gezien\n[09:18] Ward: ok\n[09:19] els.m: thx\n";
  const std::vector<ByteSpan> speakers = Speakers(chat);
  ASSERT_EQ(speakers.size(), 5u);
  auto text = [&](const ByteSpan& s) { return chat.substr(s.begin, s.end - s.begin); };
  EXPECT_EQ(text(speakers[0]), "els.m");
  EXPECT_EQ(text(speakers[1]), "bram vdb");
  EXPECT_EQ(text(speakers[2]), "hilde d.");
  EXPECT_EQ(text(speakers[3]), "Ward");
}

TEST(PersonChatTest, StampsWithADate) {
  const std::string_view chat =
      "[12/02/2025, 08:15] Ingrid: Ze is in de war\n[09-03-25 10:16] henk: Wat erg.\n"
      "[2025-03-09 10:17:05] Kees v.d. Meer: Heel knap.\n[12/02/2025, 08:19] Ingrid: Ja.\n";
  EXPECT_TRUE(IsChat(chat));
  std::vector<std::string_view> names;
  for (const ByteSpan& s : Speakers(chat)) names.push_back(chat.substr(s.begin, s.end - s.begin));
  EXPECT_THAT(names, ::testing::ElementsAre("Ingrid", "henk", "Kees v.d. Meer", "Ingrid"));
  EXPECT_TRUE(ChatTimeBefore(chat, chat.find("Ingrid")));
  // A bracketed reference or a time range is no stamp.
  EXPECT_FALSE(IsChat("[zie 10:15] a\n[ref 12:00] b\n"));
  EXPECT_FALSE(ChatTimeBefore("[10:15-11:00] Jan", 14));
}

TEST(PersonChatTest, AndroidExportStamps) {
  const std::string_view chat =
      "12/02/25, 07:58 - sarah p: lotte is ziek\n12/02/25, 08:03 - Yusuf: oei\n"
      "3.4.2025, 21:05 - sarah p: merci\n";
  EXPECT_TRUE(IsChat(chat));
  EXPECT_TRUE(ChatTimeBefore(chat, chat.find("Yusuf")));
  EXPECT_FALSE(ChatTimeBefore(chat, chat.find("lotte")));
  EXPECT_FALSE(ChatTimeBefore("Bel - Yusuf", 6));
  const std::vector<ByteSpan> speakers = Speakers(chat);
  ASSERT_EQ(speakers.size(), 3u);
  EXPECT_EQ(chat.substr(speakers[1].begin, speakers[1].end - speakers[1].begin), "Yusuf");
  // Four-digit years and 12-hour clocks.
  EXPECT_TRUE(IsChat("12/02/2025, 07:58 - Els: hoi\n12.02.2025, 08:03 - Jan: ok\n"));
  EXPECT_TRUE(IsChat("2/12/25, 7:58 AM - Els: hoi\n2/12/25, 8:03 PM - Jan: ok\n"));
  // Dutch and French phones write no comma after the date ("à" in French).
  const std::string_view french =
      "08/03/2025 19:02 - Cath: Coucou\n08/03/2025 19:05 - Griet: ok\n"
      "08/03/2025 \u00E0 19:06 - Cath: oui\n";
  EXPECT_TRUE(IsChat(french));
  EXPECT_TRUE(IsChat("12-02-2025 07:58 - Els: hoi\n12-02-2025 08:03 - Jan: ok\n"));
  std::vector<std::string_view> names;
  for (const ByteSpan& s : Speakers(french))
    names.push_back(french.substr(s.begin, s.end - s.begin));
  EXPECT_THAT(names, ::testing::ElementsAre("Cath", "Griet", "Cath"));
  // A list of dated items is no chat: no time, or no dash after it.
  EXPECT_FALSE(IsChat("12/02/25, Gent - Brugge\n13/02/25, Brugge - Gent\n"));
  EXPECT_FALSE(IsChat("12/02/25, 07:58 vertrek\n13/02/25, 08:58 vertrek\n"));
  EXPECT_FALSE(IsChat("12/02/2025 Gent - Brugge\n13/02/2025 Brugge - Gent\n"));
  // An agenda's dated lines name no one.
  EXPECT_TRUE(Speakers("14/03/2025 09:30 - Opening: welkom\n14/03/2025 10:00 - Workshop: AI\n"
                       "14/03/2025 11:00 - Workshop: vervolg\n")
                  .empty());
  // A log's ISO dates are no chat stamps; a stamp with nothing after it is no speaker.
  EXPECT_FALSE(IsChat("2025-03-12 02:00 - Backup: gestart\n2025-03-12 02:45 - Backup: klaar\n"));
  EXPECT_TRUE(
      Speakers("Changelog\n2025-03-12 02:00 - \n12-03-2025 02:45 - \n08/03/25, 19:02 - ").empty());
}

TEST(PersonChatTest, SpeakersWhoSpeakOnceOrOnWithoutTimes) {
  // Each once, one a given name.
  EXPECT_THAT(SpeakerTexts("[21:14] steph: wie neemt mijn shift?\n[21:16] jo: ik\n"),
              ::testing::ElementsAre("steph", "jo"));
  // A programme's items are no given names; of one with a speaker, only the speaker.
  EXPECT_THAT(SpeakerTexts("[09:00] Onthaal: koffie\n[09:30] Welkom: schepen\n"),
              ::testing::IsEmpty());
  EXPECT_THAT(
      SpeakerTexts("[09:00] Onthaal: koffie\n[09:30] Griet: opening\n[10:00] Slotwoord: x\n"),
      ::testing::ElementsAre("Griet"));
  // The chat goes on without times: the timed speakers speak there too, other labels do not.
  EXPECT_THAT(
      SpeakerTexts("[21:14] steph: wie?\n[21:16] bert: ik\n\nsteph: merci\nNota: sleutel\n"),
      ::testing::ElementsAre("steph", "bert", "steph"));
}

TEST(PersonChatTest, AThreadCopiedWithoutTimes) {
  EXPECT_THAT(SpeakerTexts("jo: kan jij de sleutel halen?\nsteph: jep\njo: top\nsteph: ok\n"),
              ::testing::ElementsAre("jo", "steph", "jo", "steph"));
  // No given name, a field's label, a handle that speaks once (a list's fields), one line only.
  EXPECT_THAT(SpeakerTexts("steph: jep\nbert: ok\n"), ::testing::IsEmpty());
  EXPECT_THAT(SpeakerTexts("Opmerking: sleutel\njo: ok\n"), ::testing::IsEmpty());
  EXPECT_THAT(SpeakerTexts("Griet: belt\nactie: offerte\nwie: jo\ndeadline: vrijdag\n"),
              ::testing::IsEmpty());
  EXPECT_THAT(SpeakerTexts("jo: ok\n\nsteph: jep\n"), ::testing::IsEmpty());
  // A given name that is also a word speaks when it comes back, not once ("Mark: zie bijlage").
  EXPECT_THAT(SpeakerTexts("Mark: heb jij de info?\njo: ja\nMark: ok\n"),
              ::testing::ElementsAre("Mark", "jo", "Mark"));
  EXPECT_THAT(SpeakerTexts("Mark: zie bijlage\njo: ja\n"), ::testing::IsEmpty());
}

TEST(PersonChatTest, BareTimesAndRolesInBrackets) {
  const std::string_view chat =
      "08:14 Demi (assistente): terugbelverzoek\n08:20 dr. Visser: urine laten brengen\n"
      "9:02 Rowan (POH-GGZ): afspraak verzet\n10:47 Demi: uitslag binnen\n";
  std::vector<std::string_view> names;
  for (const ByteSpan& s : Speakers(chat)) names.push_back(chat.substr(s.begin, s.end - s.begin));
  EXPECT_THAT(names, ::testing::ElementsAre("Demi", "dr. Visser", "Rowan", "Demi"));
  const std::string_view dashed =
      "21:14 \u2013 Wout: wie?\n21:16 - Fien: ik\n21:17 \u2013 Wout: ok\n";
  names.clear();
  for (const ByteSpan& s : Speakers(dashed))
    names.push_back(dashed.substr(s.begin, s.end - s.begin));
  EXPECT_THAT(names, ::testing::ElementsAre("Wout", "Fien", "Wout"));
  // Bare times alone do not make a log a chat, where lower-case words may be names.
  EXPECT_FALSE(IsChat(chat));
  // A name in the brackets makes the label a role.
  EXPECT_EQ(Speakers("[08:10] Coordination (Véronique): bonjour\n[08:12] Ionela: ok\n"
                     "[09:35] Coordination (Véronique): merci\n[09:40] Ionela: top\n")
                .size(),
            2u);
}

TEST(PersonChatTest, LongestLabelsAndRoles) {
  // A label of up to 40 bytes before its colon; a role's bracket may close 40 bytes after the
  // label's end.
  auto count = [](size_t label_bytes, size_t role_bytes) {
    const std::string label(label_bytes, 'a');
    const std::string role = role_bytes > 0 ? " (" + std::string(role_bytes, 'r') + ")" : "";
    const std::string line = label + role + ": hoi\n";
    return Speakers("[09:00] " + line + "[09:01] " + line).size();
  };
  EXPECT_EQ(count(40, 0), 2u);
  EXPECT_EQ(count(41, 0), 0u);
  EXPECT_EQ(count(40, 38), 2u);
  EXPECT_EQ(count(40, 39), 0u);
}

TEST(PersonChatTest, TeamsSendersInAnyCase) {
  const std::string_view chat =
      "hanne.v 09:02\nmorgen iemand?\n\nJacobs Griet  09:05\nkan ik doen\n\nhanne.v 09:09\nok\n"
      "tom_verhaegen  10:05\nyikes\n";
  std::vector<std::string_view> names;
  for (const ByteSpan& s : Speakers(chat)) names.push_back(chat.substr(s.begin, s.end - s.begin));
  EXPECT_THAT(names, ::testing::ElementsAre("hanne.v", "Jacobs Griet", "hanne.v", "tom_verhaegen"));
  // A timetable: times end every line, with no message between; or no sender comes back.
  EXPECT_TRUE(Speakers("Vertrek 09:14\nAankomst Gent 10:30\nVertrek 11:14\n").empty());
  EXPECT_TRUE(Speakers("Onthaal 09:00\nkoffie\nWelkom 09:30\nschepen\n").empty());
  // A surname and an unknown given name; words without a known name: a bot; a user name that
  // spells no name.
  EXPECT_THAT(SpeakerTexts("Jacobs Xiomara  09:05\nhoi\n\nJacobs Xiomara  09:06\nok\n"),
              ::testing::ElementsAre("Jacobs Xiomara", "Jacobs Xiomara"));
  EXPECT_TRUE(Speakers("build_server  02:00\nfailed\n\nbuild_server  02:10\nok\n").empty());
  EXPECT_TRUE(
      Speakers("Jira Cloud  17:05\nKLT-2291 done\n\nJira Cloud  17:06\nKLT-2302\n").empty());
  // A blank at a line's start, two blanks before a role, a capital with an accent in the brackets.
  EXPECT_TRUE(Speakers(" Jan Peeters 09:02\nhoi\n").empty());
  EXPECT_TRUE(Speakers("08:14 Jan  (assistente): a\n08:15 Jan  (assistente): b\n").empty());
  EXPECT_TRUE(Speakers("08:14 Coordination (\u00C9milie): a\n08:15 Coordination (\u00C9milie): b\n")
                  .empty());
  // One plain word may be a programme's item; a known given name is a sender.
  EXPECT_TRUE(Speakers("Pauze 10:30\nkoffie\nPauze 15:00\nthee\n").empty());
  EXPECT_THAT(SpeakerTexts("jo 10:14\nsalut\n\nhanne.v 10:16\noui\n\njo 10:17\nok\n"),
              ::testing::ElementsAre("jo", "hanne.v", "jo"));
  EXPECT_THAT(SpeakerTexts("Griet 2:14 PM\nhey\n\nhanne.v 2:20 PM\ndone\n\nGriet 2:21 PM\nthx\n"),
              ::testing::ElementsAre("Griet", "hanne.v", "Griet"));
  // A user name may open with the surname ("nguyen.thi.lan", "jacobs.g").
  EXPECT_THAT(
      SpeakerTexts("jacobs.g  10:14\nkijk jij?\n\njo  10:16\nyep\n\njacobs.g  10:17\nthx\n"),
      ::testing::ElementsAre("jacobs.g", "jo", "jacobs.g"));
  // Two initials before a name.
  EXPECT_THAT(
      SpeakerTexts("pj.jacobs  10:14\nkijk jij?\n\njo  10:16\nyep\n\npj.jacobs  10:17\nthx\n"),
      ::testing::ElementsAre("pj.jacobs", "jo", "pj.jacobs"));
  EXPECT_TRUE(Speakers("db.server  02:00\nBackup ok\n\ndb.server  02:10\nMail ok\n").empty());
  // Not a machine's role after a surname.
  EXPECT_TRUE(Speakers("jacobs.bot  02:00\nBackup ok\n\njacobs.bot  02:10\nMail ok\n").empty());
  // Two names the lists lack, as a directory joins them; not a service's words.
  EXPECT_THAT(SpeakerTexts("dritan.berisha 08:57\nvpn weigert\n\nbram.veld 09:02\nthuis?\n\n"
                           "dritan.berisha 09:03\nthuis\n"),
              ::testing::ElementsAre("dritan.berisha", "bram.veld", "dritan.berisha"));
  EXPECT_TRUE(
      Speakers("noreply.alerts  02:00\nDisk 91%\n\nnoreply.alerts  02:10\nDisk 93%\n").empty());
  // "Surname, Given" as Teams shows a directory's names; one comma, after a word.
  EXPECT_THAT(SpeakerTexts("Jacobs, Karin 10:04\nik neem A\n\nde Vries, Griet 10:23\nok\n\n"
                           "Jacobs, Karin 10:25\nthx\n"),
              ::testing::ElementsAre("Jacobs, Karin", "de Vries, Griet", "Jacobs, Karin"));
  EXPECT_TRUE(Speakers("Jacobs,, Karin 10:04\nhoi\n\nJacobs,, Karin 10:05\nok\n").empty());
  // A comma opening the line (read before the label once).
  EXPECT_TRUE(Speakers(", Karin 10:04\nhoi\n\n, Karin 10:05\nok\n[09:44] , Karin\nx\n").empty());
  // The time first, the sender alone on the line above the message.
  EXPECT_THAT(SpeakerTexts("[09:44] Anissa Jacobs\nJulie is er niet\n[09:45] hanne.v\nok\n"
                           "[09:47] Anissa Jacobs\nbel haar niet\n"),
              ::testing::ElementsAre("Anissa Jacobs", "hanne.v", "Anissa Jacobs"));
  EXPECT_TRUE(Speakers("[09:00] Onthaal\nkoffie\n[10:00] Onthaal\nlunch\n").empty());
  // A Markdown export sets the sender in bold; the stars are no part of the name.
  EXPECT_THAT(SpeakerTexts("**jonas.el-idrissi** 08:34\nkomt goed\n\n**Griet Jacobs** 08:36\n"
                           "ok\n\n**jonas.el-idrissi** 08:40\ntop\n"),
              ::testing::ElementsAre("jonas.el-idrissi", "Griet Jacobs", "jonas.el-idrissi"));
  EXPECT_TRUE(Speakers("**Pauze** 10:30\nkoffie\n**Pauze** 15:00\nthee\n").empty());
}

TEST(PersonChatTest, SlackSendersBeforeTimeAndMessage) {
  EXPECT_THAT(SpeakerTexts("jonas.d 09:31 standup in 2 min\nGriet Van Acker 09:32 kom eraan\n"
                           "jonas.d 09:33 ok\n"),
              ::testing::ElementsAre("jonas.d", "Griet Van Acker", "jonas.d"));
  // No sender comes back; a programme's items; a label that opens with no known given name.
  EXPECT_TRUE(Speakers("jonas.d 09:31 standup\nGriet 09:32 ok\n").empty());
  EXPECT_TRUE(Speakers("Pauze 10:30 koffie\nPauze 15:00 thee\n").empty());
  EXPECT_TRUE(Speakers("Workshop A 10:00 AI\nWorkshop A 14:00 data\n").empty());
  // A sentence that opens with a given name; a user name that spells no name; blanks.
  EXPECT_THAT(SpeakerTexts("jonas.d 09:31 standup\njonas.d 09:33 ok\nGriet belt 14:30 terug.\n"),
              ::testing::ElementsAre("jonas.d", "jonas.d"));
  EXPECT_TRUE(Speakers("db.server 02:00 restarted\ndb.server 03:00 restarted\n").empty());
  EXPECT_THAT(SpeakerTexts("Griet  09:31 hoi\nGriet  09:32 ok\n"),
              ::testing::ElementsAre("Griet", "Griet"));
}

TEST(PersonChatTest, NoSpeakersWhenTimedLinesSaySomething) {
  // Most lines have no label: the one "label" is part of a message.
  EXPECT_TRUE(Speakers("[10:02] zaal is bezet\n[10:03] ja, kabel ligt in de kast\n"
                       "[10:04] code deur: zie mail\n[10:05] broodjes om 11u30\n")
                  .empty());
  // One label alone, a sentence with a comma, digits, four words: none.
  EXPECT_TRUE(Speakers("[10:02] Griet: hoi\n").empty());
  // A programme: every label once.
  EXPECT_TRUE(Speakers("[09:00] Onthaal: koffie\n[09:30] Welkom: schepen\n"
                       "[10:00] Workshop: AI\n[12:00] Lunch: broodjes\n")
                  .empty());
  EXPECT_TRUE(Speakers("[10:02] ja, dus: nee\n[10:03] user42: ok\n"
                       "[10:04] dit zijn vier woorden: nee\n")
                  .empty());
}

TEST(PersonChatTest, SmsLogsSayWhichWayAMessageWent) {
  EXPECT_TRUE(IsSmsLog("[21/10 06:30] Van Senne: stil\n[21/10 06:31] Aan Senne: bel\n"));
  EXPECT_TRUE(IsSmsLog("[02/01 08:14] Van 8850: bpost\n[02/01 09:02] Van Proximus: factuur\n"));
  EXPECT_TRUE(IsSmsLog("12/02/25, 07:58 - Van +32 470 11 22 33: ok"));
  // "Van" before a name alone may be a surname's particle; "Aan" outside a chat line says nothing.
  EXPECT_FALSE(IsSmsLog("[09:12] Van Dyck: ok\n[09:13] Van Dyck: top\n"));
  EXPECT_FALSE(IsSmsLog("Aan Senne: bel de technieker.\nVan 8850: pakket"));
}

}  // namespace
}  // namespace vermeld
