#include "core/detect/date_of_birth_recognizer.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "core/detect/test_util.h"

namespace vermeld {
namespace {

using test_util::Texts;
using ::testing::ElementsAre;
using ::testing::IsEmpty;

class DateOfBirthTest : public ::testing::Test {
 protected:
  std::unique_ptr<Recognizer> r_ = NewDateOfBirthRecognizer(VERMELD_DATA_DIR);
};

// Birth dates in brackets after a name the person recognizer (which runs before) found.
std::vector<std::string> AfterNames(const Recognizer& r, const std::string& text,
                                    std::string_view name) {
  const size_t at = text.find(name);
  std::vector<Finding> out = {{"PERSON", at, at + name.size(), 0.85}};
  r.Find(ScanText(text), out);
  std::vector<std::string> dates;
  for (const Finding& f : out) {
    if (f.type == "DATE_OF_BIRTH") dates.push_back(text.substr(f.begin, f.end - f.begin));
  }
  return dates;
}

TEST_F(DateOfBirthTest, TheDateANationalNumberFoundBeforeEncodes) {
  const std::string text = "Vandekerckhove, Maria     12/12/1927    27121247609    1.03   ja";
  const size_t at = text.find("27121247609");
  std::vector<Finding> out = {{"BE_NATIONAL_NUMBER", at, at + 11, 1.0}};
  r_->Find(ScanText(text), out);
  ASSERT_EQ(out.size(), 2u);
  EXPECT_EQ(text.substr(out[1].begin, out[1].end - out[1].begin), "12/12/1927");
  // Without the number, a date in a table row is nobody's birth date.
  EXPECT_THAT(Texts(*r_, text), IsEmpty());
}

TEST_F(DateOfBirthTest, TheFirstOldDateInTheSentenceOfAFarLabel) {
  EXPECT_THAT(Texts(*r_,
                    "U heeft mijn geboortedatum verkeerd in mijn account gezet, het moet "
                    "02/11/1979 zijn en niet 11/02."),
              ElementsAre("02/11/1979"));
  EXPECT_THAT(Texts(*r_,
                    "14:03 Ines: uw naam en geboortedatum?\n14:04 Klant: ahmed el amrani, "
                    "16 mei 1985\n"),
              ElementsAre("16 mei 1985"));
  // Not past the sentence's end, nor a date of this year or later, nor on the next line.
  EXPECT_THAT(Texts(*r_, "Geboortedatum onbekend. Opname op 12/03/2001 in AZ Delta."), IsEmpty());
  EXPECT_THAT(Texts(*r_, "Vul uw geboortedatum in voor de deadline van 12/03/2031."), IsEmpty());
  EXPECT_THAT(Texts(*r_, "De geboortedatum volgt\nFactuur van 12/03/2001"), IsEmpty());
  EXPECT_THAT(Texts(*r_,
                    "[12/02/2025, 19:13] An: geboortedatum ook zeker? 5 jan he\n"
                    "[12/02/2025, 19:13] Mieke: ja"),
              IsEmpty());
}

TEST_F(DateOfBirthTest, ACueEndingItsLineAndTheDateOpeningTheNext) {
  // Text wrapped at a fixed width parts them.
  const std::string wrapped = "Zij werd geboren op\n14 april 1925 in Sint-Katelijne-Waver.";
  EXPECT_THAT(
      AfterNames(*r_, "Mevrouw Maria Claes viert haar verjaardag. " + wrapped, "Maria Claes"),
      ElementsAre("14 april 1925"));
  EXPECT_THAT(Texts(*r_, "Sophie Lambert, n\u00e9e le\r\n12 mars 1990 \u00e0 Namur"),
              ElementsAre("12 mars 1990"));
  // A narrative verb about no one, a cue inside a word, a date in the future: none.
  EXPECT_THAT(Texts(*r_, "Het idee werd geboren op\n14 april 2019 tijdens een vergadering."),
              IsEmpty());
  EXPECT_THAT(Texts(*r_, "Auto stationn\u00e9 le\n12 mars 2024 rue Haute."), IsEmpty());
}

TEST_F(DateOfBirthTest, EveryDateOfARowHeadedByABirthLabel) {
  // A table with a column per person.
  EXPECT_THAT(Texts(*r_,
                    "| | Dhr. Dewulf | Mevr. Vanhoutte |\n|---|---|---|\n"
                    "| Geboortedatum | 11-07-1950 | 12-09-1949 |\n"),
              ElementsAre("11-07-1950", "12-09-1949"));
  EXPECT_THAT(Texts(*r_, "Geboortedatum\t11-07-1950\tonbekend\t01.02.1980"),
              ElementsAre("11-07-1950", "01.02.1980"));
  // A label padded to its column's width.
  EXPECT_THAT(Texts(*r_, "| Geboortedatum" + std::string(40, ' ') + "| 11-07-1950 | 12-09-1949 |"),
              ElementsAre("11-07-1950", "12-09-1949"));
  // A form with two labels on a row: the dates after the second are not births.
  EXPECT_THAT(Texts(*r_, "| Geboortedatum | 11-07-1950 | Overlijdensdatum | 12-09-2019 |"),
              ElementsAre("11-07-1950"));
  EXPECT_THAT(Texts(*r_, "Geboortedatum\t11-07-1950\tIn dienst sinds\t01-03-2015"),
              ElementsAre("11-07-1950"));
  // A cue inside a cell heads no row: the next cell is another column's.
  EXPECT_THAT(Texts(*r_, "| Peeters | geboren 11-07-1950 | 12-09-2024 |"),
              ElementsAre("11-07-1950"));
}

TEST_F(DateOfBirthTest, DutchCues) {
  EXPECT_THAT(Texts(*r_, "Jan Peeters, geboren op 12/03/1980, woont in Gent."),
              ElementsAre("12/03/1980"));
  EXPECT_THAT(Texts(*r_, "Geboortedatum: 1980-03-12"), ElementsAre("1980-03-12"));
  EXPECT_THAT(Texts(*r_, "Sofie Claes (° 3.7.1975) en Tom (°1968)"),
              ElementsAre("3.7.1975", "1968"));
  EXPECT_THAT(Texts(*r_, "Koen Claes, geboren te Sint-Niklaas op 12 maart 1980"),
              ElementsAre("12 maart 1980"));
  EXPECT_THAT(Texts(*r_, "Geboren               : Sint-Niklaas, 9 september 1931\n"),
              ElementsAre("9 september 1931"));
  EXPECT_THAT(Texts(*r_, "Hij werd geboren in 1975."), ElementsAre("1975"));
  // The year of a date in words in two digits, as a chat writes it.
  EXPECT_THAT(Texts(*r_, "Nathalie: (geboren 13 juni 42 he, dus klopt)"),
              ElementsAre("13 juni 42"));
  EXPECT_THAT(Texts(*r_, "Piet, ° 3 mrt '85"), ElementsAre("3 mrt '85"));
  EXPECT_THAT(Texts(*r_, "Geboortedatum: 12/03/'80"), ElementsAre("12/03/'80"));
  // As Dutch systems print it.
  EXPECT_THAT(Texts(*r_, "Geboortedatum: 12-mrt-1980"), ElementsAre("12-mrt-1980"));
  // As an airline's booking prints it; not in lower case, nor glued to more letters.
  EXPECT_THAT(Texts(*r_, "MELNYK/TARAS MR - DOB 02SEP1983 - PP FE771523"),
              ElementsAre("02SEP1983"));
  EXPECT_THAT(Texts(*r_, "DOB 02sep1983, DOB 02SEP1983X"), IsEmpty());
  for (const char* t : {"Koen Claes, geboren op 3 mei 12u30", "Koen Claes, geboren op 3 mei 12:30",
                        "Lou, geboren 13 juni 50 cm en 3,2 kg"}) {
    EXPECT_TRUE(Texts(*r_, t).empty()) << t;
  }
}

TEST_F(DateOfBirthTest, SeparatorsAScanSetApart) {
  EXPECT_THAT(Texts(*r_, "Naam: Jan Peeters\nGeboortedatum : 12 - 08 - 1958"),
              ElementsAre("12 - 08 - 1958"));
  EXPECT_THAT(Texts(*r_, "Ik, Naima Bouzid, geboren op  07 / 12 / 1978"),
              ElementsAre("07 / 12 / 1978"));
  // A scan's blank before a label's dot, a French form's abbreviation.
  EXPECT_THAT(Texts(*r_, "Naam: Sara Rahayu\nGeb . datum    : 14 - 05 - 1988"),
              ElementsAre("14 - 05 - 1988"));
  EXPECT_THAT(Texts(*r_, "Naam: Maria Peeters\nGeboorte datum / Date de naiss. :   18/10/1955"),
              ElementsAre("18/10/1955"));
  // A blank on one side only is no scan's spacing.
  EXPECT_THAT(Texts(*r_, "Naam: Jan Peeters\nGeboortedatum : 12 -08- 1958"), IsEmpty());
}

TEST_F(DateOfBirthTest, PostedWorkersAndNewcomersLabels) {
  for (const char* label :
       {"Geburtsdatum:", "geboren am", "Data urodzenia:", "Data nașterii:", "Doğum tarihi:",
        "Data di nascita:", "Data de nascimento:", "Fecha de nacimiento:",
        "\u062A\u0627\u0631\u064A\u062E \u0627\u0644\u0645\u064A\u0644\u0627\u062F:",
        "\u0414\u0430\u0442\u0430 \u043D\u0430\u0440\u043E\u0434\u0436\u0435\u043D\u043D\u044F:"}) {
    EXPECT_THAT(Texts(*r_, "Naam: Jan Kowalski\n" + std::string(label) + " 12.03.1985"),
                ElementsAre("12.03.1985"))
        << label;
  }
  // "data" alone is no label: "data 12.03.1985" is when data were sent.
  EXPECT_THAT(Texts(*r_, "Naam: Jan Kowalski\ndata 12.03.1985"), IsEmpty());
}

TEST_F(DateOfBirthTest, FrenchAndEnglishCues) {
  EXPECT_THAT(Texts(*r_, "Marie Dupont, née le 1er avril 1990 à Namur"),
              ElementsAre("1er avril 1990"));
  EXPECT_THAT(Texts(*r_, "Date de naissance : 03/03/80"), ElementsAre("03/03/80"));
  EXPECT_THAT(Texts(*r_, "M. Lambert, né à Liège le 5 décembre 1961"),
              ElementsAre("5 décembre 1961"));
  EXPECT_THAT(Texts(*r_, "He was born on March 3, 1980; DOB 12-03-1980"),
              ElementsAre("March 3, 1980", "12-03-1980"));
  EXPECT_THAT(Texts(*r_, "the municipality has your date of birth (04/09/1990) on record"),
              ElementsAre("04/09/1990"));
  for (const char* t :
       {"kinderen geboren (01/01/2015 - 31/12/2016) mogen deelnemen",
        "date of birth (01/09/2005 or later)", "Date de naissance (01/01/1900 si inconnue)"}) {
    EXPECT_TRUE(Texts(*r_, t).empty()) << t;
  }
}

TEST_F(DateOfBirthTest, DutchVerbLast) {
  EXPECT_THAT(Texts(*r_,
                    "Onze dochter Lotte, die op 14 februari 2016 geboren is, start in het "
                    "eerste leerjaar."),
              ElementsAre("14 februari 2016"));
  EXPECT_THAT(Texts(*r_, "Mevrouw Claes, die 03/05/1948 in Brugge geboren werd, woont nu hier."),
              ElementsAre("03/05/1948"));
  // About no one: a firm, a project.
  EXPECT_TRUE(Texts(*r_, "Het project, dat op 3 mei 2012 geboren werd, groeit.").empty());
}

TEST_F(DateOfBirthTest, DatesWithoutBirthContextAreNotReported) {
  EXPECT_THAT(Texts(*r_, "De vergadering van 12/03/2024 is verplaatst naar 3 april 2024."),
              IsEmpty());
  EXPECT_THAT(Texts(*r_, "Het is 20° buiten; n° 1975; in 1975 geboren kinderen"), IsEmpty());
  // A cue's letters inside a longer word: "stationné le" is no "né le".
  EXPECT_THAT(Texts(*r_, "M. Lemaire, né le 24 septembre 1979, stationné le 11/03/2025 rue Haute."),
              ElementsAre("24 septembre 1979"));
}

TEST_F(DateOfBirthTest, LabelsAndAppositionsNeedNoPerson) {
  EXPECT_THAT(Texts(*r_, "Geboren: 3/7/1975\nNationaliteit: Belg"), ElementsAre("3/7/1975"));
  EXPECT_THAT(Texts(*r_, "Date de naissance 03/03/1980"), ElementsAre("03/03/1980"));
  EXPECT_THAT(Texts(*r_, "BSN 741.840.492, geboren 12-08-1991 te Rotterdam."),
              ElementsAre("12-08-1991"));  // Form fields with leader dots.
  EXPECT_THAT(Texts(*r_, "Geboortedatum ...... 11.07.1999\nNationaliteit ...... Belg"),
              ElementsAre("11.07.1999"));
  EXPECT_THAT(Texts(*r_, "Date de naissance : ___ 03/03/1980"), ElementsAre("03/03/1980"));
  EXPECT_THAT(Texts(*r_, "Nom : Dupont\nNé(e) le : 14/02/1987"), ElementsAre("14/02/1987"));
  EXPECT_THAT(Texts(*r_, "Date et lieu de naissance : 02/09/1979, Namur"),
              ElementsAre("02/09/1979"));
}

TEST_F(DateOfBirthTest, FormLabelsWithWordsBeforeTheValue) {
  EXPECT_THAT(Texts(*r_, "Geboortedatum | 14.02.1962 | Gent"), ElementsAre("14.02.1962"));
  EXPECT_THAT(Texts(*r_, "Geboortedatum (dd/mm/jjjj): 14/02/1962"), ElementsAre("14/02/1962"));
  EXPECT_THAT(Texts(*r_, "Geboortedatum (uit BRP): 16-10-1974"), ElementsAre("16-10-1974"));
  EXPECT_THAT(Texts(*r_, "Geboortedatum kind: 03/09/2019"), ElementsAre("03/09/2019"));
  EXPECT_THAT(Texts(*r_, "Geb.datum: 15/02/1962"), ElementsAre("15/02/1962"));
  EXPECT_THAT(Texts(*r_, "Geboortedatum/-plaats: 18/11/1998, Roeselare"),
              ElementsAre("18/11/1998"));
  EXPECT_THAT(Texts(*r_, "Geboorteplaats en -datum: Gent, 16/02/1962"), ElementsAre("16/02/1962"));
  EXPECT_THAT(Texts(*r_, "Lieu et date de naissance : Liège, le 4 mai 1979"),
              ElementsAre("4 mai 1979"));
  EXPECT_THAT(Texts(*r_, "Datum van geboorte: 03.04.1977"), ElementsAre("03.04.1977"));
  EXPECT_THAT(Texts(*r_, "geb 24/04/2014 in genk"), ElementsAre("24/04/2014"));
  EXPECT_THAT(Texts(*r_, "Ahmed El Idrissi (°Gent, 12.04.1990) start maandag."),
              ElementsAre("12.04.1990"));
  EXPECT_THAT(Texts(*r_, "Jan Peeters, ° Gent 12.03.1985; Lies Smet °Sint-Niklaas 1/2/1990"),
              ElementsAre("12.03.1985", "1/2/1990"));
  EXPECT_THAT(Texts(*r_, "Bewaar bij 8 °C 12/10/2026 leveren we opnieuw."), IsEmpty());
  EXPECT_THAT(Texts(*r_,
                    "Art. 3. 2° Omzendbrief 12/03/2019 wordt opgeheven. Max 30° Vrijdag "
                    "12/07/2024 onweer."),
              IsEmpty());
  EXPECT_THAT(Texts(*r_, "Pieter Claes (geboortejaar 1987); Leen Smet (geb. 1990)"),
              ElementsAre("1987", "1990"));
  // The first date after the label, never one in a later sentence; "°C" names no place.
  EXPECT_THAT(Texts(*r_, "Geboortedatum onbekend. Op 12/03/2026 vond de hoorzitting plaats."),
              IsEmpty());
  EXPECT_THAT(Texts(*r_, "Bewaar de vaccins tussen 2 en 8 °C, 12/10/2026 leveren we opnieuw."),
              IsEmpty());
  EXPECT_THAT(Texts(*r_, "Geboortepremie: aanvragen vóór 31/12/2026."), IsEmpty());
}

TEST_F(DateOfBirthTest, DatesInABirthDateColumn) {
  EXPECT_THAT(Texts(*r_,
                    "naam | geb. | nummer | uren\nSanne | 09-02-1999 | 744782922 | 32\n"
                    "Kemal | 03-12-1986 | 0707.52.618 | 38\n"),
              ElementsAre("09-02-1999", "03-12-1986"));
  EXPECT_THAT(Texts(*r_, "Naam | Startdatum | Einde\nSanne | 09-02-2026 | 12-03-2026\n"),
              IsEmpty());
}

TEST_F(DateOfBirthTest, VerbsWithWeekdayBareYearOrWriter) {
  EXPECT_THAT(Texts(*r_, "Karel Smet, geboren op maandag 3 maart 1987, overleed gisteren."),
              ElementsAre("3 maart 1987"));
  EXPECT_THAT(Texts(*r_, "Mevrouw Sarah Janssens, die in 1954 in Gent geboren werd, woont hier."),
              ElementsAre("1954"));
  EXPECT_THAT(Texts(*r_, "Je suis né le 3 mars 1985 à Bruxelles."), ElementsAre("3 mars 1985"));
  EXPECT_THAT(Texts(*r_, "Marie Dubois, née en 1979, habite à Ixelles."), ElementsAre("1979"));
}

TEST_F(DateOfBirthTest, BirthsOfIdeasAndEventsAreNotReported) {
  EXPECT_THAT(Texts(*r_,
                    "Het idee voor de Week van de Smaak werd geboren op 3 mei 2012 tijdens "
                    "een overleg."),
              IsEmpty());
  EXPECT_THAT(Texts(*r_, "Le festival est né le 14 juillet 1995 dans un garage."), IsEmpty());
  EXPECT_THAT(Texts(*r_, "Kinderen geboren in 2015 krijgen een brief."), IsEmpty());
  EXPECT_THAT(Texts(*r_, "Zij werd geboren op 3 mei 1982 in Gent."), ElementsAre("3 mei 1982"));
}

TEST_F(DateOfBirthTest, ImpossibleNumericDatesAreNotReported) {
  EXPECT_THAT(Texts(*r_, "geboren op 45/13/1980 en geboortedatum 12/03/19801"), IsEmpty());
}

TEST_F(DateOfBirthTest, MainClauseOpenedByTheDate) {
  EXPECT_THAT(Texts(*r_, "Op 8 september 2024 werd Lore geboren, het dochtertje van Wim."),
              ElementsAre("8 september 2024"));
  EXPECT_THAT(Texts(*r_, "Op 8 september 2024 werd het nieuwe gebouw geopend."), IsEmpty());
}

TEST_F(DateOfBirthTest, PluralLabelsAndListsOfDates) {
  EXPECT_THAT(Texts(*r_, "Lotte en Mats Peeters, geboortedata 12/03/2015 en 4/9/2018."),
              ElementsAre("12/03/2015", "4/9/2018"));
  EXPECT_THAT(Texts(*r_, "Dates de naissance : 3 mai 2016, 8 juin 2019 et 1er mars 2021"),
              ElementsAre("3 mai 2016", "8 juin 2019", "1er mars 2021"));
  // A second person's date after "en" and the name ("gouden bruiloft" letters); not a wedding's.
  EXPECT_THAT(Texts(*r_,
                    "de heer Jan van der Linden geboren op 4 februari 1941 en mevrouw "
                    "Wilhelmina van der Linden-Koster op 29 september 1943."),
              ElementsAre("4 februari 1941", "29 september 1943"));
  EXPECT_THAT(Texts(*r_, "Jan Peeters, geboren op 4 februari 1941 en getrouwd op 12 mei 1965."),
              ElementsAre("4 februari 1941"));
  // A date after a comma that dates something else.
  EXPECT_THAT(Texts(*r_, "Jan Peeters, geboren op 12/03/1980, 14/05/2024 ingeschreven."),
              ElementsAre("12/03/1980"));
}

TEST_F(DateOfBirthTest, AFullDateInBracketsAfterAName) {
  EXPECT_THAT(
      AfterNames(*r_, "Over Dennis Kerkhof (12-01-1988), met toestemming.", "Dennis Kerkhof"),
      ElementsAre("12-01-1988"));
  EXPECT_THAT(
      AfterNames(*r_, "mevrouw Lisanne Hoekstra (17-05-1991, BSN 968 880 915)", "Lisanne Hoekstra"),
      ElementsAre("17-05-1991"));
  // Not without a name found, nor a bare year, nor a date that does not close the bracket.
  EXPECT_THAT(Texts(*r_, "Over Dennis Kerkhof (12-01-1988), met toestemming."), IsEmpty());
  EXPECT_THAT(AfterNames(*r_, "Ingrid Mertens (1988) schilderde dit.", "Ingrid Mertens"),
              IsEmpty());
  EXPECT_THAT(AfterNames(*r_, "Jan Smet (12-01-2025 tot 14-01-2025 afwezig)", "Jan Smet"),
              IsEmpty());
  // A meeting's date and hour, or a date this year or later.
  EXPECT_THAT(AfterNames(*r_, "Vergadering met Jan Peeters (12-03-1999, 14u)", "Jan Peeters"),
              IsEmpty());
  EXPECT_THAT(AfterNames(*r_, "Offerte van Dennis Kerkhof (12-01-2099)", "Dennis Kerkhof"),
              IsEmpty());
}

TEST_F(DateOfBirthTest, ADateLongPastAfterANameEndingItsLineOrBrackets) {
  EXPECT_THAT(AfterNames(*r_, "pasje? Durk Tjeerdsma, 04-06-1959\nstaat erop", "Durk Tjeerdsma"),
              ElementsAre("04-06-1959"));
  EXPECT_THAT(AfterNames(*r_, "pasje? Durk Tjeerdsma, 04-06-1959", "Durk Tjeerdsma"),
              ElementsAre("04-06-1959"));  // the text's end ends the line
  EXPECT_THAT(AfterNames(*r_, "het MDO rond Noah \u00D6zt\u00FCrk (groep 6, 02-11-2015).",
                         "Noah \u00D6zt\u00FCrk"),
              ElementsAre("02-11-2015"));
  // Not a date less than ten years ago (a signature's, a report's; one to come stands for it here,
  // as the clock moves), nor a date that does not end the line.
  EXPECT_THAT(AfterNames(*r_, "Opgemaakt door Jan Peeters, 12-03-2099\n", "Jan Peeters"),
              IsEmpty());
  EXPECT_THAT(AfterNames(*r_, "Jan Peeters (verslag, 12-03-2099)", "Jan Peeters"), IsEmpty());
  EXPECT_THAT(AfterNames(*r_, "Jan Peeters, 12/03/1980 tot 14/05/2024 in dienst\n", "Jan Peeters"),
              IsEmpty());
}

TEST_F(DateOfBirthTest, ANarrativeAboutSomeoneANameFinderFound) {
  // "werd geboren" needs a person in the sentence: a surname the person recognizer found is one.
  const std::string text = "Van den Bergh werd geboren op 4 april 1962 en werkte als lerares.";
  EXPECT_THAT(AfterNames(*r_, text, "Van den Bergh"), ElementsAre("4 april 1962"));
  EXPECT_THAT(Texts(*r_, text), IsEmpty());
  // Only names: an earlier national number or birth date makes no sentence about a person.
  const std::string project =
      "Geboortedatum: 07-05-1985\nRRN 85.07.30-033.28\nHet project werd geboren op 12 maart 2015.";
  const size_t at = project.find("85.07.30-033.28");
  std::vector<Finding> out = {{"BE_NATIONAL_NUMBER", at, at + 15, 0.95}};
  r_->Find(ScanText(project), out);
  for (const Finding& f : out) EXPECT_NE(project.substr(f.begin, f.end - f.begin), "12 maart 2015");
}

TEST_F(DateOfBirthTest, TheStarOfADeathNotice) {
  EXPECT_THAT(Texts(*r_,
                    "Johannes Pattiasina\n* Ambon, 12 mei 1938     \u2020 Capelle, 27 januari "
                    "2025\nMaria Peeters\n* 3 maart 1941\n\u2020 2 februari 2025\n"),
              ElementsAre("12 mei 1938", "3 maart 1941"));
  // Without a dagger a star is a bullet; a star glued to a word is a footnote's.
  EXPECT_THAT(Texts(*r_, "* 12 mei 2024: vergadering\n* 14 mei 2024: verslag\n"), IsEmpty());
  EXPECT_THAT(Texts(*r_, "zie noot*12 mei 1938 \u2020 2 mei 2020"), IsEmpty());
  // A dagger without a date after it marks a footnote: the stars before it are bullets.
  EXPECT_THAT(Texts(*r_,
                    "* 12 januari 2024: receptie\u2020\n* 14 maart 2024: vergadering\n"
                    "\u2020 onder voorbehoud\n* 03/02/2021 prijs (zie \u2020)\n\u2020 index"),
              IsEmpty());
}

TEST_F(DateOfBirthTest, APlaceOfBirthWithItsCountryInBrackets) {
  EXPECT_THAT(Texts(*r_, "DUMITRESCU Mihai, geboren te Brașov (RO) op 07/11/1971"),
              ElementsAre("07/11/1971"));
  EXPECT_THAT(Texts(*r_, "Karim, né à Nador (MA) le 3 mai 1980"), ElementsAre("3 mai 1980"));
  // The country's name: "(Portugal)", "(RD Congo)", with a comma after the brackets.
  EXPECT_THAT(Texts(*r_, "Monsieur Dos Santos, né à Braga (Portugal) le 21 novembre 1955 ;"),
              ElementsAre("21 novembre 1955"));
  EXPECT_THAT(Texts(*r_, "mevrouw Indira Sewnath, geboren te Nickerie (Suriname) op 3 mei 1950"),
              ElementsAre("3 mei 1950"));
  EXPECT_THAT(Texts(*r_, "Madame Lukusa, née à Kananga (RD Congo), le 7 février 1956"),
              ElementsAre("7 février 1956"));
  // Opening a sentence; in English.
  EXPECT_THAT(Texts(*r_, "Mevrouw Sewnath. Geboren te Nickerie (Suriname) op 3 mei 1950."),
              ElementsAre("3 mei 1950"));
  EXPECT_THAT(Texts(*r_, "Mr Adeyemi was born in Lagos (Nigeria) on 3 May 1950."),
              ElementsAre("3 May 1950"));
  // Brackets after another place, or holding digits, or a date of this year.
  EXPECT_THAT(Texts(*r_,
                    "Vergadering in Gent (België) op 3 mei 2001. Geboren te Gent (zaal 2) "
                    "op 3 mei 2001. Geboren te Gent (België) op 3 mei 2031."),
              IsEmpty());
}

TEST_F(DateOfBirthTest, ALabelAloneOnItsLineAndTheDateOnTheNext) {
  EXPECT_THAT(Texts(*r_, "naam:\n  Sanne van der Veen\n  geboortedatum:\n  23-08-1979\n"),
              ElementsAre("23-08-1979"));
  EXPECT_THAT(Texts(*r_, "Date de naissance\r\n1979-08-23\r\n"), ElementsAre("1979-08-23"));
  // The labels of the cue pattern, with their gap words: "Geb.:", "Geboortedatum (dd/mm/jjjj):".
  EXPECT_THAT(Texts(*r_, "Geb.:\n12-03-2016\nGeboortedatum (dd/mm/jjjj):\n14-03-2016\n"),
              ElementsAre("12-03-2016", "14-03-2016"));
  // Another label's date, a year alone, or a date that goes on with more text.
  EXPECT_THAT(Texts(*r_, "Datum van de vergadering:\n12-03-2024\n"), IsEmpty());
  EXPECT_THAT(Texts(*r_, "Geboortedatum:\n1979\n"), IsEmpty());
  EXPECT_THAT(Texts(*r_, "Geboortedatum:\n12-03-1979 of 13-03-1979\n"), IsEmpty());
}

TEST_F(DateOfBirthTest, HistoricalFiguresWereBornBefore1900) {
  EXPECT_THAT(Texts(*r_, "Keizer Karel werd hier op 24 februari 1500 geboren."), IsEmpty());
  EXPECT_THAT(Texts(*r_, "Rubens, geboren op 28/06/1577 in Siegen."), IsEmpty());
  EXPECT_THAT(Texts(*r_, "Jan Peeters, geboren op 24 februari 1950."),
              ElementsAre("24 februari 1950"));
  EXPECT_THAT(Texts(*r_, "Geboortedatum: 03/04/1901"), ElementsAre("03/04/1901"));
}

}  // namespace
}  // namespace vermeld
