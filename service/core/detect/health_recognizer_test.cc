#include "core/detect/health_recognizer.h"

#include <initializer_list>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "core/detect/name_lists.h"
#include "core/detect/test_util.h"

namespace vermeld {
namespace {

using test_util::Hits;
using test_util::Texts;
using ::testing::AllOf;
using ::testing::Contains;
using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::IsEmpty;
using ::testing::Not;

const Recognizer& Health() {
  static const auto r = NewHealthRecognizer(VERMELD_DATA_DIR);
  return *r;
}

// Each text gets no HEALTH finding (the failure names the text).
void ExpectNoHealth(std::initializer_list<const char*> texts) {
  for (const char* t : texts) EXPECT_THAT(Texts(Health(), t), IsEmpty()) << t;
}

TEST(HealthRecognizerTest, TermNearPronounOrPossessive) {
  EXPECT_THAT(Texts(Health(), "Zij is sinds maart met een burn-out thuis."),
              ElementsAre("burn-out"));
  EXPECT_THAT(Texts(Health(), "Mijn zoon heeft diabetes en moet vaak naar de dokter."),
              ElementsAre("diabetes"));
  EXPECT_THAT(Texts(Health(), "Elle est enceinte de cinq mois."), ElementsAre("enceinte"));
}

TEST(HealthRecognizerTest, MoreStays) {
  EXPECT_THAT(
      Texts(Health(), "Zij is opgenomen in het brandwondencentrum van Neder-Over-Heembeek."),
      ElementsAre("opgenomen in het brandwondencentrum"));
}

TEST(HealthRecognizerTest, AnAbsenceAfterADetail) {
  EXPECT_THAT(Texts(Health(), "Zij heeft haar pols gebroken, dus ze zit drie weken thuis."),
              ElementsAre("pols gebroken", "drie weken thuis"));
  ExpectNoHealth({"Het stadhuis is drie weken dicht; Jan zit drie weken thuis met de kinderen."});
}

TEST(HealthRecognizerTest, TermNearANameOrTitleScoresHigher) {
  const auto hits = Hits(Health(), "Sofie is nog steeds ziek, ze komt pas in juni terug.");
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_EQ(hits[0].text, "ziek");
  const auto pronoun = Hits(Health(), "Hij is nog steeds ziek.");
  ASSERT_EQ(pronoun.size(), 1u);
  EXPECT_GT(hits[0].score, pronoun[0].score);
  EXPECT_THAT(Texts(Health(), "Madame Dupont est hospitalisée depuis lundi."),
              ElementsAre("hospitalisée"));
}

TEST(HealthRecognizerTest, EntriesOfAMedicalColumn) {
  EXPECT_THAT(Texts(Health(),
                    "Naam | Voornaam | Allergieën / medisch | Betaald\n"
                    "Desmet | Noor | notenallergie, EpiPen in rugzak | ja\n"
                    "Diallo | Mamadou | / | ja\nWouters | Finn | geen | nee\n"),
              AllOf(Contains("notenallergie, EpiPen in rugzak"), Not(Contains("/")),
                    Not(Contains("geen"))));
  EXPECT_THAT(Texts(Health(), "Naam | Dieet | Bus\nNoor | vegetarisch | 3\n"), IsEmpty());
  // A programme's first row is no header: its long cell only mentions health.
  EXPECT_THAT(
      Texts(Health(),
            "di 08/04 | Lezing door het Centrum Geestelijke Gezondheidszorg Hasselt | zaal 1\n"
            "do 10/04 | Po\u00EBzieavond rond de prijswinnaars | leeszaal\n"),
      IsEmpty());
}

TEST(HealthRecognizerTest, SportsInjuriesAndPregnancy) {
  EXPECT_THAT(Texts(Health(), "Lars heeft een haarscheurtje in zijn pols."),
              Contains(HasSubstr("haarscheurtje")));
  EXPECT_THAT(Texts(Health(), "Lars heeft zijn enkel dubbelgeplooid."),
              Contains(HasSubstr("dubbelgeplooid")));
  EXPECT_THAT(Texts(Health(), "Hij liep vrijdag een verrekking op."),
              Contains(HasSubstr("verrekking")));
  EXPECT_THAT(Texts(Health(), "Nadia bracht haar zwangerschapsattest binnen."),
              Contains(HasSubstr("zwangerschapsattest")));
  EXPECT_THAT(Texts(Health(), "Elle souffre d'une \u00E9longation."),
              Contains(HasSubstr("\u00E9longation")));
}

TEST(HealthRecognizerTest, LongestTermAndCompounds) {
  EXPECT_THAT(Texts(Health(), "Hij neemt ziekteverlof."), ElementsAre("ziekteverlof"));
  EXPECT_THAT(Texts(Health(), "Haar moeder heeft borstkanker."), ElementsAre("borstkanker"));
}

TEST(HealthRecognizerTest, PolicyAndArticleTextIsNotPersonal) {
  EXPECT_THAT(Texts(Health(),
                    "Het beleid rond burn-out en ziekteverzuim wordt herzien. Kanker blijft een "
                    "belangrijke doodsoorzaak in België. Le congé de maternité dure 15 semaines."),
              IsEmpty());
}

TEST(HealthRecognizerTest, CueInAnotherSentenceDoesNotCount) {
  EXPECT_THAT(Texts(Health(), "Hij schreef het verslag.\nDiabetes komt vaak voor."), IsEmpty());
}

TEST(HealthRecognizerTest, PartsOfOtherWordsAreNotTerms) {
  EXPECT_THAT(Texts(Health(), "Hij maakte een geluidsopname en zij leest Ziektekunde."), IsEmpty());
}

TEST(HealthRecognizerTest, NewTermsAndCompounds) {
  EXPECT_THAT(Texts(Health(), "Hij heeft een notenallergie en een knieoperatie gehad."),
              ElementsAre("notenallergie", "knieoperatie"));
  EXPECT_THAT(Texts(Health(), "Elle souffre de sclérose en plaques depuis 2019."),
              ElementsAre("souffre de", "sclérose en plaques"));
  EXPECT_THAT(Texts(Health(), "Mijn dochter heeft dyslexie."), ElementsAre("dyslexie"));
  // Thirteenth session's terms; anaemia ends compounds.
  EXPECT_THAT(Texts(Health(), "Mijn collega heeft hyperemesis en een ijzergebreksanemie."),
              ElementsAre("hyperemesis", "ijzergebreksanemie"));
  EXPECT_THAT(Texts(Health(), "Elle a des bouffées de chaleur et prend un thymorégulateur."),
              ElementsAre("bouffées de chaleur", "thymorégulateur"));
}

TEST(HealthRecognizerTest, MedicinesByTheEndingsOfTheirClasses) {
  EXPECT_THAT(Texts(Health(), "Mijn vader neemt celiprolol, quétiapine en pitavastatine."),
              ElementsAre("celiprolol", "quétiapine", "pitavastatine"));
  // An ending closes a word, and is long enough to name no animal ("une lapine naine").
  ExpectNoHealth({"Mijn vader komt in april terug.", "Julie a adopté une lapine naine.",
                  "Mijn vader komt terug uit de alpine streek."});
  EXPECT_THAT(Texts(Health(), "Meneer Peeters krijgt nevirapine."), ElementsAre("nevirapine"));
}

TEST(HealthRecognizerTest, LongTermsInCapitalsTitleAForm) {
  EXPECT_THAT(Texts(Health(), "MELDING ARBEIDSONGEVAL\nSpeler: Jan Peeters, blessure aan de knie."),
              Not(Contains("ARBEIDSONGEVAL")));
  EXPECT_THAT(Texts(Health(), "Zijn zoon heeft ADHD."), ElementsAre("ADHD"));
  EXPECT_THAT(Texts(Health(), "Mijn zoon Wout heeft EPILEPSIE en mag niet zwemmen."),
              Contains("EPILEPSIE"));
  // A field's value in a form written in capitals.
  EXPECT_THAT(Texts(Health(), "Patiënt: Jan Peeters\nALLERGIEËN: PENICILLINE"),
              ElementsAre("PENICILLINE"));
  EXPECT_THAT(Texts(Health(), "Patiënt: Jan Peeters\nMEDICIJNGEBRUIK: METFORMINE 500 MG"),
              Contains(::testing::HasSubstr("METFORMINE")));
  // A course's theme in capitals is a heading.
  EXPECT_THAT(Texts(Health(), "Aan: Jan Peeters\nTHEMA: DEPRESSIE EN ANGSTSTOORNISSEN\n"),
              IsEmpty());
}

TEST(HealthRecognizerTest, FallsWithWhereTheyHappened) {
  EXPECT_THAT(Texts(Health(), "Mevr. Peeters is om 5u naast het bed gevallen."),
              ElementsAre("naast het bed gevallen"));
  EXPECT_THAT(Texts(Health(), "Madame Dubois a fait une chute."), ElementsAre("fait une chute"));
  EXPECT_THAT(Texts(Health(), "De beslissing is gevallen, zegt Jan Peeters."), IsEmpty());
}

TEST(HealthRecognizerTest, AHeadingNamesThePersonOfItsParagraph) {
  EXPECT_THAT(Texts(Health(), "Overdracht nacht – dhr. Claes\n\nOnrustig. Gekende alzheimer."),
              ElementsAre("Onrustig", "alzheimer"));
  // A heading that names no one, or a speaker.
  EXPECT_THAT(Texts(Health(), "Nieuws uit de zorg\n\nAlzheimer treft vooral ouderen."), IsEmpty());
  EXPECT_THAT(Texts(Health(), "Lezing door dr. Peeters\n\nDiabetes en hartfalen komen vaak voor."),
              IsEmpty());
}

// LiteralWindows reads literals of three bytes or more; one shorter literal in a list it reads
// makes RE2 scan every whole text instead (about 20% of the detector's time).
TEST(HealthRecognizerTest, ListsReadWithoutRe2HoldNoShortLiterals) {
  for (const char* file : {"terms.txt", "medicines.txt", "abbreviations.txt", "body_parts.txt",
                           "bodily_functions.txt", "care_settings.txt", "owned_conditions.txt"}) {
    for (const std::string& entry :
         ReadListFile(std::string(VERMELD_DATA_DIR) + "/health/" + file)) {
      const std::string literal = entry[0] == '*' ? entry.substr(1) : entry;
      EXPECT_GE(literal.size(), 3u) << file << ": " << entry;
    }
  }
}

TEST(HealthRecognizerTest, InjuriesPoisoningAndAFallRiskFound) {
  EXPECT_THAT(Texts(Health(), "Mevrouw Peeters heeft een verhoogd valrisico."),
              ElementsAre("verhoogd valrisico"));
  EXPECT_THAT(Texts(Health(), "Jan liep een schedelbreuk en tweedegraadsbrandwonden op."),
              ElementsAre("schedelbreuk", "tweedegraadsbrandwonden"));
  EXPECT_THAT(Texts(Health(), "Mijn collega Lies is opgenomen met rookvergiftiging."),
              Contains("rookvergiftiging"));
  EXPECT_THAT(Texts(Health(), "Mijn zoon heeft een ontwrichte schouder."),
              ElementsAre("ontwrichte schouder"));
  // A fall risk alone is its assessment, which care plans hold for every resident.
  EXPECT_THAT(Texts(Health(), "Mevrouw Peeters: valrisico herbekijken op het MDO."), IsEmpty());
}

TEST(HealthRecognizerTest, EverydayWordsAndEnglishComplaints) {
  EXPECT_THAT(Texts(Health(), "Jan werd gisteren onwel."), Contains("onwel"));
  EXPECT_THAT(Texts(Health(), "Mme Diallo : son fils a encore fait pipi au lit."),
              Contains("pipi au lit"));
  EXPECT_THAT(Texts(Health(), "Sarah has terrible morning sickness."),
              Contains("morning sickness"));
  EXPECT_THAT(Texts(Health(), "Lucas a saigné du nez; sa grand-mère a des trous de mémoire."),
              ElementsAre("saigné du nez", "trous de mémoire"));
  // One person's possessive before a body part or medicine (owned_conditions.txt).
  EXPECT_THAT(Texts(Health(), "Ilse kan haar linkerarm amper gebruiken."),
              ElementsAre("haar linkerarm"));
  EXPECT_THAT(Texts(Health(), "Mijn moeder is erg in de war."), Contains("in de war"));
  EXPECT_THAT(Texts(Health(), "De huisarts heeft hem thuisgeschreven."),
              Contains("thuisgeschreven"));
  EXPECT_THAT(Texts(Health(), "Hij zegt dat hij drinkt weer sinds zijn ontslag."),
              Contains("drinkt weer"));
  EXPECT_THAT(Texts(Health(), "Oliver complained of strong pain in the wrist."),
              Contains("pain in the wrist"));
}

// This session's list entries (terms, places of care with their stays, limits, functions): each
// expectation fails with its entries removed.
TEST(HealthRecognizerTest, EverydayPhrasingsAddedThisSession) {
  EXPECT_THAT(Texts(Health(), "Mijn dochter had luizen."), Contains("had luizen"));
  EXPECT_THAT(Texts(Health(), "Zijn vrouw is vannacht bevallen."),
              Contains("is vannacht bevallen"));
  EXPECT_THAT(Texts(Health(), "Mijn vader zit sinds kerst in het verpleeghuis."),
              Contains("zit sinds kerst in het verpleeghuis"));
  EXPECT_THAT(Texts(Health(), "Mijn zoon kan niet slapen van de pijn."),
              Contains("kan niet slapen"));
  EXPECT_THAT(Texts(Health(), "Haar man kan nog moeilijk praten."), Contains("moeilijk praten"));
  EXPECT_THAT(Texts(Health(), "Mijn moeder heeft twee stents gekregen."),
              Contains("stents gekregen"));
  EXPECT_THAT(Texts(Health(), "Mon mari a des gros problèmes de dos."),
              Contains("gros problèmes de dos"));
  EXPECT_THAT(Texts(Health(), "Mijn zoon heeft jeuk over heel zijn lijf."), Contains("jeuk"));
}

// Compound endings and surgery the lists lacked: each expectation fails without its entry.
TEST(HealthRecognizerTest, CompoundEndingsAndThyroidSurgery) {
  EXPECT_THAT(Texts(Health(), "Mijn vrouw had een spoedkeizersnede."),
              Contains("spoedkeizersnede"));
  EXPECT_THAT(Texts(Health(), "Patiënt Jan meldt inspanningsdyspnee."),
              Contains("inspanningsdyspnee"));
  EXPECT_THAT(Texts(Health(), "Mijn zoon heeft een schouderluxatie."), Contains("schouderluxatie"));
  EXPECT_THAT(Texts(Health(), "Mijn vader heeft een laesie op de rug."), Contains("laesie"));
  EXPECT_THAT(Texts(Health(), "Madame Dupont : thyroïdectomie en mars, sous lévothyroxine."),
              ElementsAre("thyroïdectomie", "lévothyroxine"));
  EXPECT_THAT(Texts(Health(), "Mijn collega Sara heeft IBD."), Contains("IBD"));
}

TEST(HealthRecognizerTest, AccidentFormSectionsAndRoles) {
  EXPECT_THAT(Texts(Health(),
                    "Aard van het letsel: diepe snijwonde aan de linkerhand\n"
                    "Arbeidsongeschiktheid: ja, twee weken\n"),
              Contains("letsel: diepe snijwonde aan de linkerhand"));
  EXPECT_THAT(Texts(Health(), "Onze bestuurder heeft een hersenschudding."),
              Contains("hersenschudding"));
}

TEST(HealthRecognizerTest, StaysInAPlaceOfCare) {
  EXPECT_THAT(Texts(Health(), "Jan ligt nog altijd in het ziekenhuis."),
              ElementsAre("ligt nog altijd in het ziekenhuis"));
  EXPECT_THAT(Texts(Health(), "Mevr. Peeters werd gisteren overgebracht naar het ZOL."),
              ElementsAre("overgebracht naar het ZOL"));
  EXPECT_THAT(Texts(Health(), "Madame Dubois est toujours à l'hôpital."),
              ElementsAre("toujours à l'hôpital"));
  // The place alone, or without anyone in it, is an institution.
  EXPECT_THAT(Texts(Health(), "Schepen An Peeters bezocht het ziekenhuis."), IsEmpty());
  EXPECT_THAT(Texts(Health(), "Het ziekenhuis ligt aan de ring."), IsEmpty());
}

TEST(HealthRecognizerTest, FrenchElisionsWithTheTypographicApostrophe) {
  // Word writes "l’asthme" with U+2019: the term starts after it, as after "l'".
  EXPECT_THAT(Texts(Health(), "Mon fils souffre de l\u2019asthme."), Contains("asthme"));
  EXPECT_THAT(Texts(Health(), "Mon fils souffre de l'asthme."), Contains("asthme"));
  // A term with an apostrophe inside matches either way.
  EXPECT_THAT(Texts(Health(), "Elle a fait une crise d\u2019angoisse."),
              Contains("crise d\u2019angoisse"));
}

TEST(HealthRecognizerTest, TitleAloneAsSubjectAndWorkplaceWords) {
  EXPECT_THAT(Texts(Health(), "Mevrouw is sinds maandag opgenomen met een heupbreuk."),
              ElementsAre("heupbreuk"));
  EXPECT_THAT(Texts(Health(), "Hij werkt als verpleegkundige in het ziekenhuis van Aalst."),
              IsEmpty());
  EXPECT_THAT(Texts(Health(), "Zij meldde een netwerkstoring en een inbreuk op de regels."),
              IsEmpty());
}

TEST(HealthRecognizerTest, PossiblyGenericPronounNeedsANameNearby) {
  EXPECT_THAT(Texts(Health(), "Yasmine El Amrani hervat maandag. Ze herstelt van een burn-out."),
              ElementsAre("burn-out"));
  EXPECT_THAT(Texts(Health(), "Il invoque une invalidité reconnue. M. Mukendi paie en retard."),
              ElementsAre("invalidité"));
  EXPECT_THAT(Texts(Health(), "In de zorg is de werkdruk hoog. Ze krijgen vaak een burn-out."),
              IsEmpty());
}

TEST(HealthRecognizerTest, SecondPersonCountsInALetterToSomeone) {
  EXPECT_THAT(Texts(Health(),
                    "Geachte mevrouw Claes,\n\nHierbij bevestigen wij uw "
                    "zwangerschapsverlof van 12 mei tot 1 september."),
              ElementsAre("zwangerschapsverlof"));
  EXPECT_THAT(Texts(Health(), "Hoi Lotte,\n\nWat fijn dat je thuis bent na de bevalling!"),
              ElementsAre("bevalling"));
  EXPECT_THAT(Texts(Health(),
                    "Nieuwsbrief HR\n\nHierbij informeren wij u over het "
                    "zwangerschapsverlof en uw rechten."),
              IsEmpty());
}

TEST(HealthRecognizerTest, PossessiveBeforeAPersonNoun) {
  EXPECT_THAT(Texts(Health(), "Onze medewerker is met een hersenschudding thuis."),
              ElementsAre("hersenschudding"));
  EXPECT_THAT(Texts(Health(), "Notre collègue est en arrêt de travail."),
              ElementsAre("arrêt de travail"));
  EXPECT_THAT(Texts(Health(), "Een medewerker met een hersenschudding meldt dit meteen."),
              IsEmpty());
}

TEST(HealthRecognizerTest, RulesAndConditionsAreAboutEveryone) {
  EXPECT_THAT(Texts(Health(), "Als je ziek bent, verwittig je leidinggevende voor 9 uur."),
              IsEmpty());
  EXPECT_THAT(Texts(Health(),
                    "En cas d'incapacité de travail, le travailleur avertit son "
                    "employeur."),
              IsEmpty());
  EXPECT_THAT(Texts(Health(), "Wie zwanger is, meldt dit aan haar leidinggevende."), IsEmpty());
  // A name still makes it personal.
  EXPECT_THAT(Texts(Health(), "Als Sofie ziek is, neemt Jan het over."), ElementsAre("ziek"));
}

TEST(HealthRecognizerTest, PluralHoldersAreAboutEveryone) {
  EXPECT_THAT(Texts(Health(), "Ik parkeerde op de plaats voor personen met een handicap."),
              IsEmpty());
  EXPECT_THAT(Texts(Health(), "Onze werknemers met een burn-out krijgen begeleiding."), IsEmpty());
  // An injury denied: no detail about anyone.
  EXPECT_THAT(Texts(Health(), "Schipper Jan Peeters: geen letsel, niemand gewond, sans blessés."),
              IsEmpty());
  EXPECT_THAT(Texts(Health(), "Schipper Jan Peeters is gewond."), ElementsAre("gewond"));
  EXPECT_THAT(Texts(Health(), "Mijn moeder is rolstoelgebruiker."),
              ElementsAre("rolstoelgebruiker"));
}

TEST(HealthRecognizerTest, ArticleAboutBurnOutPrevention) {
  EXPECT_THAT(Texts(Health(),
                    "Burn-out voorkomen\n\nHet aantal werknemers met een burn-out stijgt al "
                    "jaren. Volgens de studie lopen jongeren het grootste risico. Wie signalen "
                    "van overspannenheid herkent, kan op tijd ingrijpen: neem pauzes en praat "
                    "met je leidinggevende als je je depressief voelt. Ze helpen je graag."),
              IsEmpty());
}

TEST(HealthRecognizerTest, DottedNumbersDoNotEndTheSentenceOfTheirName) {
  EXPECT_THAT(
      Texts(Health(), "- Emma Mertens, NN 02.12.09-332.38, pour raison de handicap mental."),
      ElementsAre("handicap mental"));
}

TEST(HealthRecognizerTest, SalutationAfterMailHeadersMakesALetter) {
  EXPECT_THAT(Texts(Health(),
                    "Van: Incasso\nOnderwerp: regeling\n\nGeachte heer Oudshoorn,\n\nU gaf aan "
                    "dat u door rugklachten minder inkomen heeft."),
              ElementsAre("rugklachten"));
}

TEST(HealthRecognizerTest, ReportRolesPointAtAPerson) {
  EXPECT_THAT(Texts(Health(), "Aangeefster heeft een gebroken pols."),
              ElementsAre("gebroken pols"));
}

TEST(HealthRecognizerTest, MedicinesListedOrWithADose) {
  EXPECT_THAT(Texts(Health(), "Hij krijgt Augmentin tot vrijdag."), ElementsAre("Augmentin"));
  EXPECT_THAT(Texts(Health(), "Zij neemt bisoprololum 5 mg per dag."),
              ElementsAre("bisoprololum 5 mg"));
  // A recipe's grams are no dose.
  EXPECT_THAT(Texts(Health(), "Je neemt suiker 50 g en boter 100 g."), IsEmpty());
  // A concentration is no dose: the word before it is no medicine ("Robbe" noted the reading).
  EXPECT_THAT(Texts(Health(), "Haar glycemie:\n10/03\tRobbe\t231 mg/dl\n"),
              ElementsAre("231 mg/dl"));
}

TEST(HealthRecognizerTest, NameEarlierInTheParagraphOfARecordBlock) {
  EXPECT_THAT(Texts(Health(),
                    "k. 104 – mevr. Godelieve Van Hecke\nOnrustig, riep om hulp. Gekende "
                    "alzheimer.\n\nk. 117 – leeg.\nDe dementie van bewoners vraagt zorg."),
              ElementsAre("Onrustig", "alzheimer"));
}

TEST(HealthRecognizerTest, FaqPronounsAreAnyone) {
  EXPECT_THAT(Texts(Health(), "VEELGESTELDE VRAGEN\n\nIk word ziek. Wat moet ik doen?"), IsEmpty());
  EXPECT_THAT(Texts(Health(), "Nieuws\n\nIk word ziek. Wat moet ik doen?"), ElementsAre("ziek"));
  // A FAQ section after a long text; before it, "ik" is the writer.
  const std::string news = "Ik ben ziek. " + std::string(500, '.') +
                           "\n\nVeelgestelde vragen\n- Heb ik bijwerkingen? Een dag koorts.";
  EXPECT_THAT(Texts(Health(), news), ElementsAre("ziek"));
  // A FAQ named in a sentence heads nothing.
  const std::string letter =
      std::string(500, '.') + "\nIk las ook jullie FAQ.\nSinds mijn hartinfarct ben ik snel moe.";
  EXPECT_THAT(Texts(Health(), letter), Contains("hartinfarct"));
}

TEST(HealthRecognizerTest, FaqMarkInTheHeadWithAndWithoutNonAsciiBytes) {
  // The head is read on the stack when all ASCII, else lowered as UTF-8: both find each mark.
  for (const std::string head : {"Onze FAQ", "Vragen en antwoorden", "Questions-réponses",
                                 "Foire aux questions", "Frequently asked", "Café: FAQ"}) {
    EXPECT_THAT(Texts(Health(), head + "\n\nIk word ziek. Wat moet ik doen?"), IsEmpty()) << head;
  }
  for (const std::string head : {"Onze FAQs", "Vragenlijst", "Café", "Quest"}) {
    EXPECT_THAT(Texts(Health(), head + "\n\nIk word ziek. Wat moet ik doen?"), ElementsAre("ziek"))
        << head;
  }
}

TEST(HealthRecognizerTest, BilingualNoneInAMedicalColumn) {
  EXPECT_THAT(Texts(Health(),
                    "Naam\tAllergieën / medisch\nJan Peeters\tgeen / aucune\n"
                    "Els Maes\tastma\n"),
              ElementsAre("astma"));
}

TEST(HealthRecognizerTest, TermsInTheNameOfABodyOrEvent) {
  EXPECT_THAT(Texts(Health(), "Zij zwemt voor de Stichting tegen Kanker in ons zwembad."),
              IsEmpty());
  EXPECT_THAT(Texts(Health(), "Mijn vader heeft Alzheimer."), ElementsAre("Alzheimer"));
  // A practice named after its owner, not a medicine before its device.
  EXPECT_THAT(Texts(Health(),
                    "Mevrouw Peeters kiest:\n- Fysiotherapie Van der Meulen, Goes\n"
                    "- Spiriva Respimat 2 puffs 1x/d"),
              ElementsAre("Spiriva"));
  EXPECT_THAT(Texts(Health(),
                    "Jan Peeters, voorgeschiedenis:\n- Depressie In 2019 opgenomen.\n"
                    "- Astma Van kindsbeen af.\n\u2022 Fysiotherapie Van der Meulen"),
              ElementsAre("Depressie", "Astma"));
}

TEST(HealthRecognizerTest, ANameFarBackInALongParagraphDoesNotCount) {
  std::string filler;
  for (int i = 0; i < 25; ++i) filler += "Het gebouw is groot. ";
  EXPECT_THAT(Texts(Health(), "Genoemd naar Andreas Vesalius. " + filler +
                                  " Het programma gaat over dementie bij ouderen."),
              IsEmpty());
  EXPECT_THAT(Texts(Health(), "Genoemd naar Andreas Vesalius. Het programma gaat over dementie."),
              ElementsAre("dementie"));
}

TEST(HealthRecognizerTest, SectionsOfAMedicalLetterMakeARecord) {
  EXPECT_THAT(Texts(Health(),
                    "Verwijsbrief\n\nVoorgeschiedenis\n- hypertensie\n\nMedicatie: "
                    "perindopril 4 mg 1dd1\n"),
              ElementsAre("hypertensie", "perindopril 4 mg 1dd1"));
  // A handover: "Reden opname" and "Allergieën" label the patient's record.
  EXPECT_THAT(Texts(Health(),
                    "Collega,\n\nReden opname: bekende diabetes mellitus type 1.\n"
                    "Allergieën: penicilline.\n"),
              ElementsAre("diabetes", "penicilline"));
  // One section label alone does not make a record.
  EXPECT_THAT(Texts(Health(), "Medicatie: breng geen hypertensie-medicatie mee naar school.\n"),
              IsEmpty());
}

TEST(HealthRecognizerTest, AbbreviationsAreCaseSensitive) {
  EXPECT_THAT(Texts(Health(), "Hij heeft DM2 sinds 2011."), ElementsAre("DM2"));
  EXPECT_THAT(Texts(Health(), "Hij belde Tia gisteren."), IsEmpty());
}

TEST(HealthRecognizerTest, PronounEarlierInTheParagraphAndHair) {
  EXPECT_THAT(
      Texts(Health(), "Wout bleef liggen. Hij voelde een knak.\nDiagnose: kruisbandruptuur."),
      ElementsAre("kruisbandruptuur"));
  EXPECT_THAT(Texts(Health(),
                    "GEZONDHEID\nControleer het haar van je kind op luizen.\nOok "
                    "waterpokken zijn in omloop."),
              IsEmpty());
}

TEST(HealthRecognizerTest, LabelsHeadingsAndShortWordsBeforeADose) {
  EXPECT_THAT(Texts(Health(), "Zij is mijn patiënte.\n| Medicatie | ibuprofen 400 mg |\n"),
              ElementsAre("ibuprofen 400 mg"));
  // "puis" is no medicine: a dose needs a word of five letters or more before it.
  EXPECT_THAT(Texts(Health(), "Elle prend 25 mg, puis 50 mg le soir."), ElementsAre("prend 25 mg"));
  EXPECT_THAT(Texts(Health(), "Voorgeschiedenis van mevrouw Claes:\n- hypertensie\n"),
              ElementsAre("hypertensie"));
}

TEST(HealthRecognizerTest, EverydayPhrasingsOfTheNinthSession) {
  EXPECT_THAT(Texts(Health(), "Kees zit weer erg in de put."), ElementsAre("in de put"));
  EXPECT_THAT(Texts(Health(), "Opa is 's nachts verward."), ElementsAre("verward"));
  EXPECT_THAT(Texts(Health(), "Noor plast nog soms in bed."), ElementsAre("plast nog soms in bed"));
  EXPECT_THAT(Texts(Health(), "Ik lig deze week in het ziekenhuis."),
              ElementsAre("lig deze week in het ziekenhuis"));
  EXPECT_THAT(Texts(Health(), "Ik hoor slecht aan mijn linkeroor."), Contains("hoor slecht"));
  EXPECT_THAT(Texts(Health(), "Ik ben zelf niet lekker."), ElementsAre("niet lekker"));
  EXPECT_THAT(Texts(Health(), "Haar neus bloedde hevig."), ElementsAre("bloedde"));
  EXPECT_THAT(Texts(Health(), "Mijn zoon sukkelt met zijn lies en heeft een gekneusde rib."),
              AllOf(Contains("sukkelt met zijn lies"), Contains("gekneusde rib")));
  EXPECT_THAT(Texts(Health(), "Mijn moeder raakt snel buiten adem en heeft dikke enkels."),
              ElementsAre("buiten adem", "dikke enkels"));
  EXPECT_THAT(Texts(Health(), "Hij kan niet meer tillen."), Contains("niet meer tillen"));
  EXPECT_THAT(Texts(Health(), "Elle fait des cauchemars."), ElementsAre("cauchemars"));
  EXPECT_THAT(Texts(Health(), "Mijn zoon is flink uitgedroogd."), ElementsAre("uitgedroogd"));
  EXPECT_THAT(Texts(Health(), "Patiënt: Jan Smet\nNIHSS 6, trombectomie, nadien afasie."),
              ElementsAre("NIHSS", "trombectomie", "afasie"));
}

TEST(HealthRecognizerTest, DocumentsAndServicesAreNoDetail) {
  // A medical certificate says someone has one, not what ails them; home nursing and stair
  // lifts are services and aids named in planning mails.
  EXPECT_THAT(Texts(Health(),
                    "Madame Dupont a remis un certificat médical. Zij bezorgt een "
                    "medisch attest. Planning thuisverpleging voor mevrouw Claes: "
                    "traplift nagekeken."),
              IsEmpty());
}

TEST(HealthRecognizerTest, ALabelWithItsPluralInBracketsIsALabel) {
  EXPECT_THAT(Texts(Health(), "Cliënt: Noor Declercq\nAandoening(en): COPD, hartfalen\n"),
              ElementsAre("COPD", "hartfalen"));
}

TEST(HealthRecognizerTest, BothHalvesOfABilingualLabelAreLabels) {
  EXPECT_THAT(
      Texts(Health(), "Cliënt: Noor Declercq\nMédicaments / Medicatie: Ventolin bij astma\n"),
      AllOf(Contains("astma"), Not(Contains("Médicaments")), Not(Contains("Medicatie"))));
}

TEST(HealthRecognizerTest, APersonTheRecognizersBeforeFoundNamesSomeone) {
  // "Xandro" is in no name list; the person recognizer, which runs before, found it.
  const std::string text = "Xandro heeft de diagnose ADHD.";
  const ScanText scan(text);
  std::vector<Finding> out;
  Health().Find(scan, out);
  EXPECT_TRUE(out.empty());
  out = {{"PERSON", 0, 6, 0.7}};
  Health().Find(scan, out);
  ASSERT_EQ(out.size(), 2u);
  EXPECT_EQ(text.substr(out[1].begin, out[1].end - out[1].begin), "ADHD");
}

TEST(HealthRecognizerTest, ACapitalisedTermAfterAPersonsNameIsNoOrganisationName) {
  const std::string text = "In de stukken staat dat Jayden ADHD heeft.";
  const ScanText scan(text);
  std::vector<Finding> out = {{"PERSON", 24, 30, 0.7}};
  Health().Find(scan, out);
  ASSERT_EQ(out.size(), 2u);
  EXPECT_EQ(text.substr(out[1].begin, out[1].end - out[1].begin), "ADHD");
}

TEST(HealthRecognizerTest, ParagraphHeadedByOneResident) {
  EXPECT_THAT(Texts(Health(), "K3 - de bewoner van kamer 3\n- Sinds de middag koorts, hoest."),
              ElementsAre("koorts", "hoest"));
}

TEST(HealthRecognizerTest, PlayerRecordsAndResidentsNamedByRole) {
  EXPECT_THAT(Texts(Health(), "Speler: Wout Verhaegen\n\nVaststellingen: sterke zwelling."),
              ElementsAre("zwelling"));
  EXPECT_THAT(Texts(Health(), "Ch. 21 - la résidente de la chambre 21\n- Temesta 1 mg donné."),
              ElementsAre("Temesta 1 mg"));
  // A staff file about its "Agent": every health term in it is theirs, however far down.
  std::string file = "Agent : Mbuyi Kabasele\n\n";
  for (int i = 0; i < 12; ++i) file += "Le dossier a été examiné en réunion de service.\n";
  EXPECT_THAT(Texts(Health(), file + "Motif : hernie discale."), ElementsAre("hernie discale"));
}

TEST(HealthRecognizerTest, SubjectLineOfALetterNamesThePatient) {
  const std::string letter =
      "Betreft: dhr. Arjen Smit, geb. 02-07-1958\n\nVerwijzing naar cardiologie voor "
      "hartkloppingen.";
  EXPECT_THAT(Texts(Health(), letter), ElementsAre("hartkloppingen"));
  // Without the subject line the same sentence names nobody.
  EXPECT_THAT(Texts(Health(), "Verwijzing naar cardiologie voor hartkloppingen."), IsEmpty());
  // Initials and an unknown surname after a title.
  EXPECT_THAT(Texts(Health(), "Betreft: mevrouw G.J. Dijkstra-Meijer\n\nMedicatie: metformine."),
              Contains("metformine"));
  // A subject that names no one.
  EXPECT_THAT(Texts(Health(), "Betreft: Dienst Cardiologie\n\nMedicatie: metformine."), IsEmpty());
}

TEST(HealthRecognizerTest, AnActivityTheDoctorForbids) {
  EXPECT_THAT(Texts(Health(), "Wim wordt geopereerd en mag daarna zes weken niet tillen."),
              ElementsAre("geopereerd", "niet tillen"));
  EXPECT_THAT(Texts(Health(), "Lander mag volgens de dokter 4 weken niet sporten."),
              ElementsAre("niet sporten"));
  // Work a doctor keeps someone from.
  EXPECT_THAT(Texts(Health(), "Kristof mag geen beeldschermwerk doen en geen zware lasten heffen."),
              ElementsAre("geen beeldschermwerk", "geen zware lasten"));
  EXPECT_THAT(Texts(Health(), "Inès : pas de sprongtraining avant le 30 avril."),
              ElementsAre("pas de sprongtraining"));
  EXPECT_THAT(Texts(Health(), "Mme Wauters ne peut plus porter des charges ni rester debout."),
              ElementsAre("ne peut plus porter des charges ni rester debout"));
  // Tools, stairs, exemptions and "avoid" have everyday senses: not listed.
  ExpectNoHealth({"Jan, bestel geen bosmaaier meer, we hebben er al drie.",
                  "Sophie : pas de manutention au programme demain.",
                  "Lotte is vrijgesteld van btw voor haar verhuur.",
                  "De trappen bij Sofie thuis zijn slecht verlicht."});
  EXPECT_THAT(Texts(Health(), "Mevrouw Peeters woont op de derde verdieping, geen lift."),
              IsEmpty());
  // Words a prohibition also takes in their everyday sense are not listed.
  ExpectNoHealth({"Mevrouw Peeters wil u niet belasten met details.",
                  "Madame Dubois ne souhaite pas porter plainte.",
                  "Pour M. Dupont, cela ne doit pas conduire à des retards."});
}

TEST(HealthRecognizerTest, AFallFromSomewhereOrOntoABodyPart) {
  EXPECT_THAT(Texts(Health(), "Onze zoon is gisteren van het klimrek gevallen."),
              ElementsAre("klimrek gevallen"));
  EXPECT_THAT(Texts(Health(), "M. Dewez a glissé et est tombé dans l'escalier."),
              ElementsAre("est tombé dans l'escalier"));
  // Idioms with a body part are no fall.
  EXPECT_THAT(Texts(Health(), "Haar oog viel op een mooie jurk."), IsEmpty());
  EXPECT_THAT(Texts(Health(), "Le document est tombé entre les mains de Mme Dubois."), IsEmpty());
  // A room, getting up, the ice; not where snow falls.
  EXPECT_THAT(Texts(Health(), "Mevrouw Wuyts is vannacht in haar kamer gevallen."),
              ElementsAre("kamer gevallen"));
  EXPECT_THAT(Texts(Health(), "Mevrouw Wuyts is gevallen bij het opstaan."),
              ElementsAre("gevallen bij het opstaan"));
  EXPECT_THAT(Texts(Health(), "Jan Peeters is op het ijs gevallen."), ElementsAre("ijs gevallen"));
  ExpectNoHealth({"Er is verse sneeuw gevallen op de piste, meldt Els Wouters.",
                  "La neige est tomb\u00E9e sur le trottoir devant le bureau de Mme Dubois."});
  // A decision falls, a branch falls from a roof: no place of a fall, no body part.
  EXPECT_THAT(Texts(Health(), "Voor Jan is de beslissing gisteren gevallen."), IsEmpty());
  EXPECT_THAT(Texts(Health(), "Bij mevrouw Peeters viel een tak van het dak."), IsEmpty());
}

TEST(HealthRecognizerTest, WordsOfCareLettersOfTheTenthSession) {
  EXPECT_THAT(Texts(Health(), "Hij meldt lichte dyspnee bij inspanning."), ElementsAre("dyspnee"));
  EXPECT_THAT(Texts(Health(), "Onze zoon is erg prikkelgevoelig sinds de zomer."),
              ElementsAre("prikkelgevoelig"));
  EXPECT_THAT(Texts(Health(), "Zij verbleef twee weken op de PAAZ."), ElementsAre("PAAZ"));
  EXPECT_THAT(Texts(Health(), "Madame Lambert a obtenu le statut affection chronique."),
              ElementsAre("affection chronique"));
  EXPECT_THAT(Texts(Health(), "She takes warfarin every evening."), ElementsAre("warfarin"));
  EXPECT_THAT(Texts(Health(), "Els heeft last van hersenmist en een tongbeet."),
              ElementsAre("hersenmist", "tongbeet"));
  ExpectNoHealth({"Jan Peeters reageerde onderkoeld op het voorstel.",
                  "Els Wouters vreest een nieuwe opvlamming van de discussie."});
  EXPECT_THAT(Texts(Health(), "Hij is soms heel moe na de middag."), ElementsAre("heel moe"));
  EXPECT_THAT(Texts(Health(), "Zij had 2 exacerbaties en uit een passieve doodswens."),
              ElementsAre("exacerbaties", "doodswens"));
  EXPECT_THAT(Texts(Health(), "Madame Dupont a des hypoglycémies et une rétinopathie débutante."),
              ElementsAre("hypoglycémies", "rétinopathie"));
  EXPECT_THAT(Texts(Health(), "Bij hem werd een darmbiopsie gedaan."), ElementsAre("darmbiopsie"));
  EXPECT_THAT(Texts(Health(), "Mme Diallo : ITT 100 % du 03/06 au 30/11."), ElementsAre("ITT"));
  EXPECT_THAT(Texts(Health(), "Depuis sa chute, il ne peut plus s'agenouiller."),
              ElementsAre("sa chute", "ne peut plus s'agenouiller"));
}

TEST(HealthRecognizerTest, SickNotesAndLossOfAutonomyOfTheEleventhSession) {
  EXPECT_THAT(Texts(Health(), "Jan heeft een ziekteattest tot vrijdag."),
              ElementsAre("ziekteattest"));
  EXPECT_THAT(
      Texts(Health(), "Mevrouw Claes heeft een parkeerkaart voor personen met een handicap."),
      ElementsAre("parkeerkaart voor personen met een handicap"));
  EXPECT_THAT(Texts(Health(), "Hij werd met ziekenwagen overgebracht."),
              ElementsAre("met ziekenwagen"));
  EXPECT_THAT(Texts(Health(), "Our son Liam had a laparoscopic appendectomy."),
              ElementsAre("appendectomy"));
  EXPECT_THAT(Texts(Health(), "Madame Dupont a été transportée par ambulance."),
              ElementsAre("par ambulance"));
  EXPECT_THAT(Texts(Health(), "Jan Peeters zag het ongeval en belde politie en ambulance."),
              IsEmpty());
  EXPECT_THAT(Texts(Health(), "Mevr. Claes heeft sinds gisteren een blaassonde."),
              ElementsAre("blaassonde"));
  EXPECT_THAT(Texts(Health(), "La petite Inès a vomi deux fois."), ElementsAre("a vomi"));
  EXPECT_THAT(Texts(Health(), "Mevr. Claes: suikers 214 nuchter, suiker gisteren avond 312."),
              ElementsAre("suikers 214", "suiker gisteren avond 312"));
  EXPECT_THAT(Texts(Health(), "Volgens de buren is Marc weer aan het drinken."),
              ElementsAre("weer aan het drinken"));
  // A care profession as a member of staff's job; a person's care takes a preposition.
  EXPECT_THAT(Texts(Health(), "Ook nieuw: Julie Vercruysse, psychologe in ons team."), IsEmpty());
  EXPECT_THAT(Texts(Health(), "Spreker is Mirjam Koster, jeugdpsycholoog en auteur."), IsEmpty());
  EXPECT_THAT(Texts(Health(), "Zij werkt als kinesiste, zegt Sofie Peeters."), IsEmpty());
  EXPECT_THAT(Texts(Health(), "Jan gaat sinds maart naar de psycholoog."),
              ElementsAre("naar de psycholoog"));
  EXPECT_THAT(Texts(Health(), "Vandaag heeft Lotte Maes, bij de logopedist een oefening gekregen."),
              ElementsAre("bij de logopedist"));
  EXPECT_THAT(Texts(Health(), "Hij heeft een depressie, bij dr. S. Wuyts, psychiater."),
              ElementsAre("depressie"));
  EXPECT_THAT(Texts(Health(), "Maandag, psycholoog om 14u voor Lotte Maes."),
              ElementsAre("psycholoog"));
  // The forms HR asks for are no health detail of anyone.
  EXPECT_THAT(Texts(Health(), "Bezorg je leidinggevende bij ziekte een medisch attest."),
              IsEmpty());
}

TEST(HealthRecognizerTest, InsuredPeopleAndCommonDiagnosesOfTheTwelfthSession) {
  // A claim form names its person by a label: every term in it is theirs.
  EXPECT_THAT(Texts(Health(),
                    "Assurée : Mme Sarah Qwertel\n\nHospitalisation\nMotif : "
                    "appendicite aiguë, échographie abdominale"),
              ElementsAre("appendicite", "échographie"));
  EXPECT_THAT(Texts(Health(), "Hospitalisation\nMotif : appendicite aiguë"), IsEmpty());
  EXPECT_THAT(Texts(Health(), "Hij heeft retrosternale pijn en hypercholesterolemie."),
              ElementsAre("retrosternale pijn", "hypercholesterolemie"));
  EXPECT_THAT(Texts(Health(), "Madame Dupont a fait une embolie pulmonaire."),
              ElementsAre("embolie pulmonaire"));
  EXPECT_THAT(Texts(Health(), "Mme Lejeune : déambulation nocturne."), ElementsAre("déambulation"));
  // Not words with an everyday sense too: "déambule dans les rues", "bracht het nieuws onderkoeld".
  EXPECT_THAT(Texts(Health(), "Sophie Lambert déambule dans les rues de Bruxelles."), IsEmpty());
  // A role in brackets after a place or a day is a person's care, not a role.
  EXPECT_THAT(Texts(Health(), "Agenda van Jan Peeters: dinsdag Gent (kiné)."), ElementsAre("kiné"));
  // A list under a record's section label belongs to the record; under any other label, not.
  EXPECT_THAT(Texts(Health(), "Beste Sofie,\nDe opleiding behandelt:\n- depressie\n- epilepsie\n"),
              IsEmpty());
  EXPECT_THAT(Texts(Health(), "Lotte is verzwikt bij het turnen en draagt een FreeStyle Libre."),
              ElementsAre("verzwikt", "FreeStyle Libre"));
  EXPECT_THAT(Texts(Health(), "Madame Dupont a une côte fêlée."), ElementsAre("côte fêlée"));
  // A role in brackets after a name is staff; a person's treatment is not in brackets.
  EXPECT_THAT(Texts(Health(), "Présents : Dr Osman (MG), Bilal (kiné), Sophie Lejeune (AS)"),
              IsEmpty());
  EXPECT_THAT(Texts(Health(), "M. Popa : lombalgie, 9 séances kiné."),
              ElementsAre("lombalgie", "kiné"));
}

TEST(HealthRecognizerTest, InjuriesAidsAndCareOfTheFourteenthSession) {
  EXPECT_THAT(Texts(Health(), "Coach update: Emma has a hamstring strain."),
              ElementsAre("hamstring"));
  EXPECT_THAT(Texts(Health(), "Monsieur Diallo a repris le programme méthadone."),
              ElementsAre("méthadone"));
  EXPECT_THAT(Texts(Health(), "Madame Leroy est suivie à la clinique de la douleur."),
              ElementsAre("clinique de la douleur"));
  EXPECT_THAT(Texts(Health(), "Juf, Noah draagt sinds kort hoorapparaatjes."),
              ElementsAre("hoorapparaatjes"));
  EXPECT_THAT(Texts(Health(), "Mevrouw Claes klaagt over een branderig gevoel bij het plassen."),
              ElementsAre("branderig gevoel"));
  EXPECT_THAT(Texts(Health(), "Bij Jan Peeters is er een verstoord slaappatroon."),
              ElementsAre("verstoord slaappatroon"));
  EXPECT_THAT(Texts(Health(), "Sinds de scheiding heeft Ilse depressieklachten."),
              ElementsAre("depressieklachten"));
  EXPECT_THAT(Texts(Health(), "Mevrouw Peeters kreeg een wespensteek en is hoogzwanger."),
              ElementsAre("wespensteek", "hoogzwanger"));
  EXPECT_THAT(Texts(Health(), "Madame Leroy est suivie pour des troubles psychiatriques."),
              ElementsAre("troubles psychiatriques"));
  EXPECT_THAT(Texts(Health(), "Bij Jan Peeters is een lichte gehoorbeschadiging vastgesteld."),
              ElementsAre("gehoorbeschadiging"));
  EXPECT_THAT(Texts(Health(), "Lena eats gluten-free (coeliac disease). Tom has a back problem."),
              ElementsAre("coeliac disease", "back problem"));
  EXPECT_THAT(Texts(Health(), "Meneer Wouters viel gisteren in de badkamer."),
              ElementsAre("viel gisteren in de badkamer"));
}

TEST(HealthRecognizerTest, CastsAndSlingsOfTheFifteenthSession) {
  EXPECT_THAT(Texts(Health(), "Voor Wout: 6 weken gips, daarna 3 weken sling."),
              ElementsAre("weken gips", "weken sling"));
  EXPECT_THAT(Texts(Health(), "Tom will be in a cast for six weeks."),
              ElementsAre("in a cast for"));
  // Not a baby sling or a cast of actors.
  EXPECT_THAT(
      Texts(Health(), "Sophie draagt haar baby in een sling. Emma was in a cast of twelve."),
      IsEmpty());
}

TEST(HealthRecognizerTest, TremorsDripsAndRelapsesOfTheSeventeenthSession) {
  EXPECT_THAT(Texts(Health(), "Mevrouw Claes trilt met haar rechterhand."),
              ElementsAre("trilt met haar rechterhand"));
  EXPECT_THAT(Texts(Health(), "Monsieur Dubois est sous perfusion et il a rechuté."),
              ElementsAre("sous perfusion", "rechuté"));
  EXPECT_THAT(Texts(Health(), "Sinds gisteren heeft Jan moeite met ademen."),
              ElementsAre("moeite met ademen"));
  EXPECT_THAT(Texts(Health(), "Tom's GP signed him off for two weeks."),
              ElementsAre("signed him off"));
  EXPECT_THAT(Texts(Health(), "Monsieur Dubois n'entend pas bien."),
              ElementsAre("entend pas bien"));
  EXPECT_THAT(Texts(Health(), "Bij Jan zijn de leverwaarden verhoogd."),
              ElementsAre("leverwaarden"));
  EXPECT_THAT(Texts(Health(), "Moeder is vlug moe en zegt dat ze geen smaak meer heeft."),
              ElementsAre("vlug moe", "geen smaak meer"));
  // Not a trembling bridge; "bosse" (works hard), "bloqué" (a file, a street) are left out.
  EXPECT_THAT(Texts(Health(), "De brug trilt als de tram passeert. Marc bosse avec ses mains."),
              IsEmpty());
}

TEST(HealthRecognizerTest, NeurologyAndOncologyWordsOfTheTwentyThirdSession) {
  EXPECT_THAT(Texts(Health(), "Zijn vader heeft sinds de zomer een lichte dysartrie."),
              ElementsAre("dysartrie"));
  EXPECT_THAT(Texts(Health(), "Mme Dubois : troubles de la d\u00E9glutition, sous Prolopa."),
              ElementsAre("troubles de la d\u00E9glutition", "Prolopa"));
  EXPECT_THAT(Texts(Health(), "Bij An waren de witte bloedcellen te laag."),
              ElementsAre("witte bloedcellen"));
  EXPECT_THAT(Texts(Health(), "Ze zei dat ze niet meer wil leven. Sarah heeft overal pijn."),
              ElementsAre("niet meer wil leven", "overal pijn"));
}

TEST(HealthRecognizerTest, WoundsBonesAndConditionsOfTheTwentyNinthSession) {
  EXPECT_THAT(Texts(Health(), "Jan Peeters heeft een breuk van het neusbeen en een bijtwond."),
              ElementsAre("breuk van het neusbeen", "bijtwond"));
  EXPECT_THAT(Texts(Health(), "Mr Mehta reports bruising and needed stitches."),
              ElementsAre("bruising", "stitches"));
  EXPECT_THAT(Texts(Health(), "Mme Diallo : fibrose hépatique, malvoyance, sous Levothyrox."),
              ElementsAre("fibrose", "malvoyance", "Levothyrox"));
  // Endings only medical words have.
  EXPECT_THAT(Texts(Health(), "Jan Peeters heeft epicondylitis en een polyneuropathie."),
              ElementsAre("epicondylitis", "polyneuropathie"));
  EXPECT_THAT(Texts(Health(), "Jan Peeters toonde veel sympathie en empathie."), IsEmpty());
}

TEST(HealthRecognizerTest, CareNoteWordsOfTheThirtiethSession) {
  EXPECT_THAT(Texts(Health(), "Mevrouw Claes: urosepsis, orthostatische hypotensie, gipsbeen."),
              ElementsAre("urosepsis", "orthostatische hypotensie", "gipsbeen"));
  EXPECT_THAT(Texts(Health(), "Mr Mehta has dysphagia and a pressure ulcer."),
              ElementsAre("dysphagia", "pressure ulcer"));
}

TEST(HealthRecognizerTest, CareNoteWordsOfTheThirtyFirstSession) {
  EXPECT_THAT(Texts(Health(),
                    "Meneer Aydin: methadonbehandeling, fistel, peritoneaaldialyse, "
                    "antidecubitusmatras, dehydratie."),
              ElementsAre("methadonbehandeling", "fistel", "peritoneaaldialyse",
                          "antidecubitusmatras", "dehydratie"));
  EXPECT_THAT(Texts(Health(), "Jan Peeters: enkelverzwikking, gipslaars, dengue, pijnkliniek."),
              ElementsAre("enkelverzwikking", "gipslaars", "dengue", "pijnkliniek"));
}

TEST(HealthRecognizerTest, WhatSurroundsADetailIsNoDetail) {
  // The corpus writers label the detail, not the sick note, the resumption or the trip to A&E.
  ExpectNoHealth({"Jan Peeters bezorgde een doktersbriefje.",
                  "Voor Ilse start de werkhervatting op 1 maart.",
                  "M. Dupont a été diagnostiqué. Mme Dupont a été diagnostiquée."});
  EXPECT_THAT(
      Texts(Health(), "Jan Peeters is naar de spoedgevallen gebracht met een hersenschudding."),
      ElementsAre("naar de spoedgevallen", "hersenschudding"));
}

}  // namespace
}  // namespace vermeld
