#include "core/detect/person_context.h"

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <gtest/gtest.h>

namespace vermeld {
namespace {

// The score PersonContext gives the first occurrence of `term` in `text`, given the PERSON
// findings `people` (their score and first occurrence in the text).
double ScoreOf(std::string_view text, std::string_view term,
               const std::vector<std::pair<std::string_view, double>>& people = {}) {
  static const auto lists = LoadPersonCueLists(VERMELD_DATA_DIR);
  const size_t at = text.find(term);
  EXPECT_NE(at, std::string_view::npos) << term;
  std::vector<Finding> found;
  for (const auto& [name, score] : people) {
    const size_t b = text.find(name);
    EXPECT_NE(b, std::string_view::npos) << name;
    found.push_back({"PERSON", b, b + name.size(), score});
  }
  const ScanText scan(text);
  return PersonContext(*lists, scan, found).Score(at, at + term.size());
}

TEST(PersonContextTest, NamesAndTitlesScoreHighest) {
  EXPECT_EQ(ScoreOf("Sofie is nog ziek.", "ziek"), kPersonNamedScore);
  EXPECT_EQ(ScoreOf("Il paraît que Madame Dupont est malade.", "malade"), kPersonNamedScore);
  EXPECT_EQ(ScoreOf("Het dossier van Peeters is ziek.", "ziek"), kPersonNamedScore);
}

TEST(PersonContextTest, APersonNounNamedByALetterIsOnePerson) {
  // The parties of an accident report: "Bestuurder B", "le conducteur A".
  EXPECT_EQ(ScoreOf("Bestuurder B meldt pijn aan de nek.", "pijn aan de nek"), kPersonPronounScore);
  EXPECT_EQ(ScoreOf("Le conducteur A se plaint de douleurs au poignet.", "douleurs au poignet"),
            kPersonPronounScore);
  // Not a noun before an abbreviation, nor a letter that is no capital.
  EXPECT_EQ(ScoreOf("Bestuurder BV meldt pijn aan de nek.", "pijn aan de nek"), 0);
  EXPECT_EQ(ScoreOf("Bestuurders a.u.b. pijn aan de nek melden.", "pijn aan de nek"), 0);
}

TEST(PersonContextTest, APersonFoundElsewhereNamesSomeoneLikeAListedName) {
  // "Xandro" is in no name list; the person recognizer found it (a chat, a field, a repeat).
  EXPECT_EQ(ScoreOf("Xandro heeft de diagnose ADHD.", "ADHD"), 0);
  EXPECT_EQ(ScoreOf("Xandro heeft de diagnose ADHD.", "ADHD", {{"Xandro", 0.7}}),
            kPersonNamedScore);
}

TEST(PersonContextTest, APersonFoundWithACueNearbyMakesALaterDetailTheirs) {
  const std::string letter =
      "Betreft: dossier Xandro Qwertel\n\nNa de val op het werk: gebroken pols, zes weken gips.";
  EXPECT_EQ(ScoreOf(letter, "gebroken pols"), 0);
  EXPECT_EQ(ScoreOf(letter, "gebroken pols", {{"Xandro Qwertel", 0.85}}), kPersonNearScore);
  // A person found without a cue is not enough, nor a cued one far away, nor a rule.
  EXPECT_EQ(ScoreOf(letter, "gebroken pols", {{"Xandro Qwertel", 0.6}}), 0);
  EXPECT_EQ(ScoreOf(letter + std::string(kNearBytes, ' ') + "Daarna volgt revalidatie.",
                    "revalidatie", {{"Xandro Qwertel", 0.85}}),
            0);
  EXPECT_EQ(ScoreOf("Xandro Qwertel\nAls je ziek bent, bel de huisarts.", "ziek",
                    {{"Xandro Qwertel", 0.85}}),
            0);
}

// A birth date or national number found identifies the one the document is about: a detail far
// from any name is theirs ("oma = Rosalie ..., °19-09-1941" ... "wijkzorg komt voor de
// insuline"), not in a heading or a subject line, nor where people in general are spoken of.
TEST(PersonContextTest, ABirthDateOrNationalNumberMakesADistantDetailTheirs) {
  static const auto lists = LoadPersonCueLists(VERMELD_DATA_DIR);
  const std::string text = "Rijksregisternummer: 87.10.10-642.82\n" + std::string(kNearBytes, '.') +
                           "\nSinds januari ook hartfalen.\nZorgplan epilepsie\n"
                           "Jaarlijks revalideren 1.100 patiënten na een beroerte.\n";
  const ScanText scan(text);
  auto score = [&](const std::vector<Finding>& found, std::string_view term) {
    const size_t at = text.find(term);
    return PersonContext(*lists, scan, found).Score(at, at + term.size());
  };
  const std::vector<Finding> number = {{"BE_NATIONAL_NUMBER", 21, 36, 0.9}};
  EXPECT_EQ(score({}, "hartfalen"), 0);
  EXPECT_EQ(score(number, "hartfalen"), kPersonNearScore);
  EXPECT_EQ(score({{"DATE_OF_BIRTH", 21, 36, 0.9}}, "hartfalen"), kPersonNearScore);
  EXPECT_EQ(score({{"IBAN", 21, 36, 0.9}}, "hartfalen"), 0);
  // A list of people with their birth dates is about none of them in particular.
  EXPECT_EQ(score({{"BE_NATIONAL_NUMBER", 21, 26, 0.9}, {"BE_NATIONAL_NUMBER", 27, 36, 0.9}},
                  "hartfalen"),
            0);
  EXPECT_EQ(score({{"DATE_OF_BIRTH", 0, 10, 0.9}, number[0]}, "hartfalen"), kPersonNearScore);
  // The same number written twice is still one person's.
  EXPECT_EQ(score({number[0], number[0]}, "hartfalen"), kPersonNearScore);
  EXPECT_EQ(score(number, "epilepsie"), 0);
  EXPECT_EQ(score(number, "beroerte"), 0);
}

TEST(PersonContextTest, ABirthDateInTheSentenceNamesSomeone) {
  static const auto lists = LoadPersonCueLists(VERMELD_DATA_DIR);
  const std::string text =
      "Een cliënt, geboren op 3 maart 1987, werd opgenomen wegens een bipolaire stoornis.";
  const ScanText scan(text);
  const size_t date = text.find("3 maart 1987");
  const size_t at = text.find("bipolaire stoornis");
  const std::vector<Finding> none;
  const std::vector<Finding> birth = {{"DATE_OF_BIRTH", date, date + 12, 0.9}};
  EXPECT_EQ(PersonContext(*lists, scan, none).Score(at, at + 18), 0);
  EXPECT_EQ(PersonContext(*lists, scan, birth).Score(at, at + 18), kPersonNamedScore);
}

TEST(PersonContextTest, ABirthdayToldInProseMakesNoRecord) {
  static const auto lists = LoadPersonCueLists(VERMELD_DATA_DIR);
  const std::string text = "Om 14:30 feest: Jeanne Maes, geboren op 3 mei 1925, wordt honderd!\n" +
                           std::string(kNearBytes, '.') +
                           "\nOp 20 mei is er een infosessie over dementie in zaal 2.\n";
  const ScanText scan(text);
  const size_t date = text.find("3 mei 1925");
  const std::vector<Finding> birth = {{"DATE_OF_BIRTH", date, date + 10, 0.9}};
  const size_t at = text.find("dementie");
  EXPECT_EQ(PersonContext(*lists, scan, birth).Score(at, at + 8), 0);
}

TEST(PersonContextTest, APersonNearbyDoesNotOwnGeneralSentencesTopicsOrAttachments) {
  const std::vector<std::pair<std::string_view, double>> cued = {{"Xandro Qwertel", 0.85}};
  const std::string head = "Aanwezig: Xandro Qwertel\n\n";
  EXPECT_EQ(ScoreOf(head + "Bij elke hoofdblessure volgt een controle.", "hoofdblessure", cued), 0);
  EXPECT_EQ(
      ScoreOf(head + "Jaarlijks revalideren 1.100 patiënten na een beroerte.", "beroerte", cued),
      0);
  EXPECT_EQ(ScoreOf(head + "Onderwerp: ziekmelding\nZie bijlage.", "ziekmelding", cued), 0);
  EXPECT_EQ(ScoreOf(head + "Bijlagen: medisch attest, cv.", "medisch attest", cued), 0);
  EXPECT_EQ(ScoreOf(head + "2) Zorgplan epilepsie\nZie bijlage.", "epilepsie", cued), 0);
  // A list item is no heading: the list belongs to the record ("Traitement :\n- metformine").
  EXPECT_EQ(ScoreOf(head + "Medicatie bij ontslag:\n- metformine 850 mg\n", "metformine", cued),
            kPersonNearScore);
  EXPECT_EQ(
      ScoreOf(head + "Traitement :\n- Dafalgan\n\u2022 amoxicilline 1 g\n", "amoxicilline", cued),
      kPersonNearScore);
  EXPECT_EQ(ScoreOf(head + "Profiel\n- ervaring met palliatieve zorg\n", "palliatieve zorg", cued),
            0);
  EXPECT_EQ(ScoreOf(head + "Verslag: ziekmelding, zie bijlage.", "ziekmelding", cued),
            kPersonNearScore);
  // A form's field is no heading, short and without a full stop as it is.
  EXPECT_EQ(ScoreOf(head + "Reden aanmelding: diabetes type 2\n", "diabetes", cued),
            kPersonNearScore);
  EXPECT_EQ(ScoreOf(head + "Diabetes: de nieuwe zorgroute\n", "Diabetes", cued), 0);
}

TEST(PersonContextTest, AWordCutByTheSentenceLimitIsNotReadWhole) {
  // 300 bytes before "ziek" fall inside "Sofie": the sentence starts at "fie".
  std::string text = "Sofie ";
  for (int i = 0; i < 74; ++i) text += "bla ";
  EXPECT_EQ(ScoreOf(text + "ziek.", "ziek"), 0);
  EXPECT_EQ(ScoreOf("Sofie bla bla ziek.", "ziek"), kPersonNamedScore);
}

TEST(PersonContextTest, NamesInTheNameOfABodyNameNobody) {
  EXPECT_EQ(ScoreOf("AZ Jan Palfijn opent een vleugel voor revalidatie.", "revalidatie"), 0);
  EXPECT_EQ(ScoreOf("Campus Maria Middelares krijgt een afdeling geriatrie.", "geriatrie"), 0);
  EXPECT_EQ(ScoreOf("Dokter Jan Palfijn stelde diabetes vast.", "diabetes"), kPersonNamedScore);
  EXPECT_EQ(ScoreOf("Nieuws uit Gent: Sofie heeft diabetes.", "diabetes"), kPersonNamedScore);
}

TEST(PersonContextTest, AHeadingInCapitalsNamesNobody) {
  EXPECT_EQ(ScoreOf("ZORG DICHTER BIJ DE PATIËNT\nDe apotheek bereidt de chemotherapie.",
                    "chemotherapie"),
            0);
  EXPECT_EQ(ScoreOf("K3 - de bewoner van kamer 3\nHij krijgt chemotherapie.", "chemotherapie"),
            kPersonPronounScore);
}

TEST(PersonContextTest, PronounsAndPossessiveNouns) {
  EXPECT_EQ(ScoreOf("Hij is ziek.", "ziek"), kPersonPronounScore);
  EXPECT_EQ(ScoreOf("Onze collega is ziek.", "ziek"), kPersonPronounScore);
  EXPECT_EQ(ScoreOf("De collega is ziek.", "ziek"), 0);
}

TEST(PersonContextTest, TitleAbbreviationDoesNotEndTheSentence) {
  // "ze zijn": "they" or a person's family; the sentence before tells.
  EXPECT_EQ(ScoreOf("Volgens dhr. Peeters is dat zo. Ze zijn ziek.", "ziek"), kPersonPronounScore);
  EXPECT_EQ(ScoreOf("Volgens het verslag is dat zo. Ze zijn ziek.", "ziek"), 0);
}

TEST(PersonContextTest, AnInitialDoesNotEndTheSentence) {
  EXPECT_EQ(ScoreOf("- Ilias B.: epilepsie, heeft soms aanvallen.", "epilepsie"),
            kPersonNamedScore);
  EXPECT_EQ(ScoreOf("Zie bijlage B. Epilepsie is een aandoening.", "Epilepsie"), 0);
}

TEST(PersonContextTest, ARecordAboutOnePersonMakesEveryTermPersonal) {
  const char* record = "Cliënt: Ronny Vercammen\n\nSituatie\nEr is sprake van een verslaving.";
  EXPECT_EQ(ScoreOf(record, "verslaving"), kPersonPronounScore);
  EXPECT_EQ(ScoreOf("Cliënt: onbekend\n\nEr is sprake van een verslaving.", "verslaving"), 0);
  EXPECT_EQ(ScoreOf("Dienst: sociale dienst\n\nEr is sprake van een verslaving.", "verslaving"), 0);
  EXPECT_EQ(ScoreOf("Cliënt: Ronny Vercammen\nAls een cliënt ziek is, belt hij.", "ziek"), 0);
  // The label word anywhere before the colon, a title before the name.
  EXPECT_EQ(ScoreOf("Patient(e) / Patiënt(e) : Mme Hélène Pirard\n\nMotif : fracture du col.",
                    "fracture"),
            kPersonPronounScore);
  // A known surname in capitals, as registers print it; not an unknown word in capitals.
  EXPECT_EQ(ScoreOf("Naam: AHMADI\n\nAandoening: epilepsie", "epilepsie"), kPersonPronounScore);
  EXPECT_EQ(ScoreOf("Naam: ONBEKEND\n\nAandoening: epilepsie", "epilepsie"), 0);
}

TEST(PersonContextTest, PossiblyGenericPronounBackedByTheNextSentence) {
  EXPECT_EQ(ScoreOf("Ze zijn ziek. Jan neemt over.", "ziek"), kPersonPronounScore);
  EXPECT_EQ(ScoreOf("Ze zijn ziek. Het team neemt over.", "ziek"), 0);
}

TEST(PersonContextTest, LetterToAPersonOrToEveryone) {
  EXPECT_EQ(ScoreOf("Geachte heer Claes,\n\nU bent ziek gemeld.", "ziek"), kPersonPronounScore);
  EXPECT_EQ(ScoreOf("Madame,\n\nVous êtes malade.", "malade"), kPersonPronounScore);
  EXPECT_EQ(ScoreOf("Beste klant,\n\nU bent ziek gemeld.", "ziek"), 0);
  EXPECT_EQ(ScoreOf("Informatie\n\nU bent ziek gemeld.", "ziek"), 0);
}

TEST(PersonContextTest, RulesAndPluralHoldersAreGeneral) {
  EXPECT_EQ(ScoreOf("Indien hij ziek is, belt hij.", "ziek"), 0);
  EXPECT_EQ(ScoreOf("Mijn buren zijn mensen met diabetes.", "diabetes"), 0);
  EXPECT_EQ(ScoreOf("Mijn buur heeft diabetes.", "diabetes"), kPersonPronounScore);
  EXPECT_EQ(
      ScoreOf("Volgens professor Claes stijgt het aantal werknemers met een burn-out.", "burn-out"),
      0);
  // A conjunction starts a new clause: the children do not hold the palpitations.
  EXPECT_EQ(ScoreOf("Mevrouw Hoekstra is thuis met de kinderen en heeft hartkloppingen.",
                    "hartkloppingen"),
            kPersonNamedScore);
  // "ze" with a singular verb is "she"; a person noun opening a note is one person.
  EXPECT_EQ(ScoreOf("Sinds maart heeft ze migraine.", "migraine"), kPersonPronounScore);
  EXPECT_EQ(ScoreOf("Ze hebben allemaal migraine.", "migraine"), 0);
  EXPECT_EQ(ScoreOf("Klant is erg overstuur en had een hartinfarct.", "hartinfarct"),
            kPersonPronounScore);
  // A group addressed holds nothing: "mannen, bart ligt ...".
  EXPECT_GT(ScoreOf("mannen, bart heeft griep.", "griep", {{"bart", 0.6}}), 0);
  EXPECT_EQ(ScoreOf("Veel mannen met griep.", "griep"), 0);
}

// The record test rules lines out by their first four bytes, so a shorter record label could
// never match: the loader refuses one and names the file and the label.
TEST(PersonContextTest, ARecordLabelShorterThanFourBytesIsRefusedAtLoad) {
  namespace fs = std::filesystem;
  std::string dir = (fs::temp_directory_path() / "vermeld-cues-XXXXXX").string();
  ASSERT_NE(mkdtemp(dir.data()), nullptr);
  fs::copy(VERMELD_DATA_DIR, dir, fs::copy_options::recursive);
  std::ofstream(dir + "/health/record_labels.txt", std::ios::app) << "\nbmi\n";
  try {
    LoadPersonCueLists(dir);
    ADD_FAILURE() << "no error for a three-byte record label";
  } catch (const std::runtime_error& e) {
    EXPECT_NE(std::string_view(e.what()).find("record_labels.txt: bmi"), std::string_view::npos)
        << e.what();
  }
  fs::remove_all(dir);
}

}  // namespace
}  // namespace vermeld
