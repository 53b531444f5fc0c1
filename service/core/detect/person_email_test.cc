#include "core/detect/person_email.h"

#include <string>
#include <vector>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace vermeld {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;

std::vector<std::string> LocalNames(std::string_view text) {
  std::vector<Finding> found;
  FindEmailNames(text, *LoadNameLists(VERMELD_DATA_DIR), found);
  std::vector<std::string> spans;
  for (const Finding& f : found) {
    EXPECT_LT(f.score, 0.6);
    spans.emplace_back(text.substr(f.begin, f.end - f.begin));
  }
  return spans;
}

TEST(PersonEmailTest, GivenNameAndSurname) {
  EXPECT_THAT(LocalNames("Mail koen.vandenbroeck@stad.be of Marie_Dupont@ville.be"),
              ElementsAre("koen.vandenbroeck", "Marie_Dupont"));
  EXPECT_THAT(LocalNames("<jan.van.der.berg@example.nl>"), ElementsAre("jan.van.der.berg"));
}

TEST(PersonEmailTest, InitialAndSurname) {
  EXPECT_THAT(LocalNames("s.peeters@example.org"), ElementsAre("s.peeters"));
}

// The spans one of the finders of person_email.h reports in `text`.
using Finder = void (*)(std::string_view, const NameLists&, std::vector<Finding>&);
std::vector<std::string> Found(Finder find, std::string_view text) {
  std::vector<Finding> found;
  find(text, *LoadNameLists(VERMELD_DATA_DIR), found);
  std::vector<std::string> spans;
  for (const Finding& f : found) spans.emplace_back(text.substr(f.begin, f.end - f.begin));
  return spans;
}

std::vector<std::string> UserNames(std::string_view text) { return Found(FindUserNames, text); }

TEST(PersonEmailTest, UserNamesOutsideAnAddress) {
  EXPECT_THAT(UserNames("Gebruiker: Pieter Willems (p.willems, laptop LT-0447)."),
              ElementsAre("p.willems"));
  EXPECT_THAT(UserNames("40 mislukte logins op het account van jonas.d."), ElementsAre("jonas.d"));
  EXPECT_THAT(UserNames("posted by pieter_j, @sofie.d"),
              ::testing::UnorderedElementsAre("pieter_j", "sofie.d"));
  // Addresses (FindEmailNames), web and file names, abbreviations, a sentence glued to the next.
  EXPECT_THAT(UserNames("a.b..a.b._p.willems"), IsEmpty());
  EXPECT_THAT(UserNames("p.willems@x.be www.jonas.be/jonas.d anna.pdf i.v.m. d.w.z. ziek.ik"),
              IsEmpty());
}

std::vector<std::string> LoginNames(std::string_view text) { return Found(FindLoginNames, text); }

TEST(PersonEmailTest, LoginNamesAfterAUserLabel) {
  EXPECT_THAT(LoginNames("08:14 AUTH FAIL user=ehendriks src=81.207.144.66"),
              ElementsAre("ehendriks"));
  EXPECT_THAT(LoginNames("4771 TargetUserName=kdemir IpAddress=::ffff:10.30.7.88"),
              ElementsAre("kdemir"));
  EXPECT_THAT(LoginNames("Gebruiker: pjgoossens (laptop LT-0447)"), ElementsAre("pjgoossens"));
  // After an initial a surname that is also a word ("visser").
  EXPECT_THAT(LoginNames("Gebruiker: svisser\nExtern IP: 81.164.22.197"), ElementsAre("svisser"));
  // A plural label's list.
  EXPECT_THAT(LoginNames("Gebruikers: pjgoossens / ydemir84, svisser\nNotes: beheer, svisser"),
              ElementsAre("pjgoossens", "ydemir84", "svisser", "svisser"));
  // A suffix after an underscore.
  EXPECT_THAT(LoginNames("Gebruikersnaam: anowak_reno\nlogin mislukt gebruiker anowak_reno  bron\n"
                         "backup van anowak_reno_old"),
              ElementsAre("anowak_reno", "anowak_reno"));
  // A number after the name's letters.
  EXPECT_THAT(LoginNames("gebruikersnaam: ydemir84, uid=ehendriks2"),
              ElementsAre("ehendriks2", "ydemir84"));  // "=" labels read first
  // "vd" for the particles: M. van den Berg, J. van der Linden; not letters after "vd".
  EXPECT_THAT(LoginNames("Gebruiker: mvdberg (thuiswerk)\nuser=jvdlinden user=avdxyzq"),
              ElementsAre("jvdlinden", "mvdberg"));  // "=" labels read first
  // An owned account word, and the name's other mentions as whole words.
  EXPECT_THAT(LoginNames("J'utilise le compte omelnyk. Journal : 5 échecs pour omelnyk depuis"),
              ElementsAre("omelnyk", "omelnyk"));
  // A ticket's handler, a log entry's author.
  EXPECT_THAT(LoginNames("Behandelaar: dvanderlinden (Functioneel beheer)\n"
                         "19/02 14:40 \u2013 mbenali: ticket afgesloten\n"
                         "Notitie \u2013 kdewit: geen datum ervoor"),
              ElementsAre("dvanderlinden", "mbenali"));
  // A stamp of kMaxLogStamp (24) bytes before the dash at most, on the line or at the text's start.
  EXPECT_THAT(LoginNames("2025-02-03 14:40:00.123 - mbenali: ok"), ElementsAre("mbenali"));
  EXPECT_THAT(LoginNames("x\n2025-02-03 14:40:00.123 - mbenali: ok"), ElementsAre("mbenali"));
  EXPECT_THAT(LoginNames("2025-02-03 14:40:00.1234 - mbenali: ok"), IsEmpty());
  EXPECT_THAT(LoginNames("x\n2025-02-03 14:40:00.1234 - mbenali: ok"), IsEmpty());
  EXPECT_THAT(LoginNames("x 2025-02-03 14:40 - mbenali: ok"), IsEmpty());
}

TEST(PersonEmailTest, LoginsBeforeTheirOwnersNameInBrackets) {
  EXPECT_THAT(LoginNames("Aangemaakt door: kdhondt (Kristof D'Hondt)\nOpmerking kdhondt 03/02"),
              ElementsAre("kdhondt", "kdhondt"));
  EXPECT_THAT(LoginNames("Afzender: ahmadi.f (Farid Ahmadi, klantendienst webshop)"),
              ElementsAre("ahmadi.f"));
  // Letters that spell no form of the name, or too few of them.
  EXPECT_THAT(LoginNames("de module (Kristof D'Hondt) en abc (Annie Bcd)"), IsEmpty());
}

TEST(PersonEmailTest, LoginsAfterAWordForWhoDidIt) {
  static const std::shared_ptr<const NameLists> lists = LoadNameLists(VERMELD_DATA_DIR);
  auto logins = [](std::string_view text) {
    std::vector<Finding> found;
    FindLoginsAfterActorWords(text, TextWords(text), *lists, found);
    std::vector<std::string> out;
    for (const Finding& f : found) out.emplace_back(text.substr(f.begin, f.end - f.begin));
    return out;
  };
  EXPECT_THAT(logins("Gegenereerd op 19/03 18:00 \u2013 gebruiker gvanderstraeten\n"
                     "export door jvanlaere; rerun requested by dvanhoof from 10.12.7.143"),
              ElementsAre("gvanderstraeten", "jvanlaere", "dvanhoof"));
  EXPECT_THAT(logins("ingelogd als tvermeulen; logged on as ehendriks; 4625 CORP\\rdumitrescu"),
              ElementsAre("tvermeulen", "ehendriks", "rdumitrescu"));
  EXPECT_THAT(logins("laatste login met account mdewaele; le compte omelnyk; login ehendriks"),
              ElementsAre("mdewaele", "omelnyk", "ehendriks"));
  // A suffix after an underscore, and the login's other mentions.
  EXPECT_THAT(logins("nieuwe aanmelding op account baydin_ap om 03:14\nMFA voor baydin_ap aan"),
              ElementsAre("baydin_ap", "baydin_ap"));
  EXPECT_THAT(logins("Aangemaakt door kdewaele (Schade)\n24/02 kdewaele: aangifte ontvangen"),
              ElementsAre("kdewaele", "kdewaele"));
  EXPECT_THAT(logins("user beheer_ap, user svisser_\n, account ehendriks_x.y"), IsEmpty());
  // Words after them, and a login after another word, are none.
  EXPECT_THAT(
      logins(
          "door elkaar, by default, gebruiker beheer, ehendriks logde in, door bpost, van bpost"),
      IsEmpty());
}

std::vector<std::string> LoginsOf(std::string_view text, std::vector<Finding> names) {
  const size_t first = names.size();
  FindLoginsOfNames(text, TextWords(text), names);
  std::vector<std::string> out;
  for (size_t i = first; i < names.size(); ++i) {
    out.emplace_back(text.substr(names[i].begin, names[i].end - names[i].begin));
  }
  return out;
}

Finding NameAt(std::string_view text, std::string_view name) {
  const size_t at = text.find(name);
  return {"PERSON", at, at + name.size(), 0.85};
}

TEST(PersonEmailTest, LoginsSpelledFromANameFound) {
  const std::string_view ticket =
      "Aanvrager: mdewulf (Dewulf, Marijke)\nLotte Desmet (gebruiker ldesmet) is afwezig.\n"
      "11:20 LDesmet: gevonden; ldesmet@x.be, ldesmet.pdf, desmetl en lottedesmet";
  EXPECT_THAT(LoginsOf(ticket, {NameAt(ticket, "Dewulf"), NameAt(ticket, "Marijke"),
                                NameAt(ticket, "Lotte Desmet")}),
              ElementsAre("mdewulf", "ldesmet", "LDesmet", "desmetl", "lottedesmet"));
  // "Surname, Given" in one finding; a login glued into a path or a file name is none.
  EXPECT_THAT(LoginsOf(ticket, {NameAt(ticket, "Dewulf, Marijke")}), ElementsAre("mdewulf"));
  const std::string_view glued = "Lotte Desmet: x_ldesmet, /ldesmet, ldesmet_2";
  EXPECT_THAT(LoginsOf(glued, {NameAt(glued, "Lotte Desmet")}), IsEmpty());
  // Not without a name found to spell, nor from one name alone ("Dewulf" with no given name),
  // nor from two names not written "Surname, Given".
  EXPECT_THAT(LoginsOf(ticket, {}), IsEmpty());
  EXPECT_THAT(LoginsOf(ticket, {NameAt(ticket, "Dewulf")}), IsEmpty());
  const std::string_view apart = "mdewulf: Dewulf en Marijke";
  EXPECT_THAT(LoginsOf(apart, {NameAt(apart, "Dewulf"), NameAt(apart, "Marijke")}), IsEmpty());
}

TEST(PersonEmailTest, LoginsWriteTheParticlesOfASurnameAsInitials) {
  const std::string_view ticket =
      "Jasper van Rijswijk (jvrijswijk), Marieke van den Berg: mvdberg; Kees de Wit: kdwit";
  EXPECT_THAT(
      LoginsOf(ticket, {NameAt(ticket, "Jasper van Rijswijk"),
                        NameAt(ticket, "Marieke van den Berg"), NameAt(ticket, "Kees de Wit")}),
      ElementsAre("jvrijswijk", "mvdberg", "kdwit"));
  // The initials stand for the particles only, not for the given name's letters.
  const std::string_view other = "Kees de Wit: kwit, kdewit";
  EXPECT_THAT(LoginsOf(other, {NameAt(other, "Kees de Wit")}), ElementsAre("kdewit"));
  // A name found with an initial for its given name spells one too.
  const std::string_view log = "sbenhaddou  S. Benhaddou\npvdlinden  P. van der Linden";
  EXPECT_THAT(LoginsOf(log, {NameAt(log, "S. Benhaddou"), NameAt(log, "P. van der Linden")}),
              ElementsAre("sbenhaddou", "pvdlinden"));
}

TEST(PersonEmailTest, LoginsWriteLettersWithoutTheirDiacritics) {
  const std::string_view ticket =
      "Melder: Dorota Zielińska (dzielinska), Gökhan Öztürk: gozturk; Åsa Ærø: aaero";
  EXPECT_THAT(LoginsOf(ticket, {NameAt(ticket, "Dorota Zielińska"), NameAt(ticket, "Gökhan Öztürk"),
                                NameAt(ticket, "Åsa Ærø")}),
              ElementsAre("dzielinska", "gozturk"));  // "Æ" has no one letter
}

TEST(PersonEmailTest, LoginsOfNamesMentionedOftenStillFound) {
  std::string text;
  std::vector<Finding> names;
  for (int i = 0; i < 30; ++i) text += "Lotte Desmet. ";
  text += "Wouter Pauwels: wpauwels";
  for (size_t at = text.find("Lotte Desmet"); at != std::string::npos;
       at = text.find("Lotte Desmet", at + 1)) {
    names.push_back({"PERSON", at, at + 12, 0.85});
  }
  names.push_back(NameAt(text, "Wouter Pauwels"));
  EXPECT_THAT(LoginsOf(text, names), ElementsAre("wpauwels"));
}

TEST(PersonEmailTest, LoginLabelsWithoutAGluedName) {
  // Words, bare surnames and given names, user names with joints (FindUserNames reads those),
  // addresses, an account word heading a ledger, labels inside a longer word.
  EXPECT_THAT(LoginNames("user=admin account: beheer login: sysadmin Gebruiker: peeters"),
              IsEmpty());
  EXPECT_THAT(
      LoginNames(
          "user=j.vandijk user: ehendriks@x.nl user=e-hendriks uid=eh12345 uid=ehendriks2.old"),
      IsEmpty());
  EXPECT_THAT(LoginNames("Compte ehendriks, compte courant, superuser=ehendriks"), IsEmpty());
}

TEST(PersonEmailTest, FunctionalMailboxesAndUnknownPartsAreNotNames) {
  EXPECT_THAT(LocalNames("info@vzw.be, pers@stad.gent, noreply@x.be, team.hr@x.be"), IsEmpty());
  EXPECT_THAT(LocalNames("koen.xyzzy@x.be, k.bakker@x.nl, @peeters, jan.peeters@"), IsEmpty());
}

TEST(PersonEmailTest, DisplayNamesConfirmedByTheirMailbox) {
  std::vector<Finding> out;
  const std::string_view text =
      "From: Aoife Gallagher <aoife.gallagher@ec-trainee.eu>\n"
      "To: Kees v.d. Meer <k.meer@gemeente.nl>, Onthaal <info@stad.be>\n"
      "Cc: \"Peeters, Jan\" <jan.peeters@telenet.be>\n"
      "Van: Gemeente Deventer - Team Burgerzaken <burgerzaken@deventer.nl>\n"
      "From: KSK Rapid Melle <rapid@ksk.be>\n"
      "Dossier overgemaakt aan Anna <anna@example.be> vandaag.\n"
      "Overleg Sofie <sofie@gent.be>\n"
      "Van: els de vos <els.devos@skynet.be>\n"
      "Van: onthaal <onthaal@gent.be>\n"
      "Van: Payroll <payroll@hoeveverbeke.be>\n"
      "Aan: Verzekeringen <verzekeringen@zele.be>\n"
      "From: Legal updates <legal-updates@business.be>\n"
      "Van: Kevin dewilde <kevin.dewilde@telenet.be>\n";
  FindDisplayNames(text, *LoadNameLists(VERMELD_DATA_DIR), out);
  std::vector<std::string_view> names;
  for (const Finding& f : out) names.push_back(text.substr(f.begin, f.end - f.begin));
  EXPECT_THAT(names, ::testing::ElementsAre("Aoife Gallagher", "Kees v.d. Meer", "Peeters, Jan",
                                            "Anna", "Sofie", "els de vos", "Kevin dewilde"));
}

}  // namespace
}  // namespace vermeld
