#include "core/detect/address_recognizer.h"

#include <string>
#include <vector>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "core/detect/person_evidence.h"
#include "core/detect/test_util.h"

namespace vermeld {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;

const Recognizer& TheRecognizer() {
  static const auto recognizer = NewAddressRecognizer(VERMELD_DATA_DIR);
  return *recognizer;
}

std::vector<std::string> Addresses(std::string_view text) {
  EXPECT_EQ(TheRecognizer().Type(), "ADDRESS");
  return test_util::Texts(TheRecognizer(), text);
}

TEST(AddressRecognizerTest, DutchStreetWithNumberForms) {
  EXPECT_THAT(Addresses("Ik woon in de Kerkstraat 12 sinds mei."), ElementsAre("Kerkstraat 12"));
  EXPECT_THAT(Addresses("Adres: Sint-Pietersnieuwstraat 33A, lokaal 2"),
              ElementsAre("Sint-Pietersnieuwstraat 33A"));
  EXPECT_THAT(Addresses("Stuur het naar Lindenlei 5 bus 3 of Dorpsweg 12/3."),
              ElementsAre("Lindenlei 5 bus 3", "Dorpsweg 12/3"));
  EXPECT_THAT(Addresses("Afspraak op de Grote Markt 1 en in de Frans Van Cauwelaertlaan 7."),
              ElementsAre("Grote Markt 1", "Frans Van Cauwelaertlaan 7"));
  // In lower case, as chats write it, with a suffix no other word ends in.
  EXPECT_THAT(Addresses("stuur het naar de populierenlaan 23 of tiensestraat 187 kamer 14"),
              ElementsAre("populierenlaan 23", "tiensestraat 187"));
  EXPECT_THAT(Addresses("onderweg 5 min, speelplein 3 kinderen, laadkade 4, straat 12"), IsEmpty());
  // Nor a word that opens with a lower-case letter from outside ASCII.
  EXPECT_THAT(Addresses("Les élèves 24\n1000 Bruxelles"), ElementsAre("1000 Bruxelles"));
  EXPECT_THAT(Addresses("Straat: één 5"), IsEmpty());
  // A surname before a lower-case "van" is someone from the street, not part of its name.
  EXPECT_THAT(Addresses("Onze buurman Jef Wouters van Kapelstraat 14 is ziek."),
              ElementsAre("Kapelstraat 14"));
  // "bis" and "ter" after the number, glued or not.
  EXPECT_THAT(
      Addresses("Huidig adres: Nachtegaalstraat 44bis, 3581 AJ Utrecht; Kerkstraat 12 bis."),
      ElementsAre("Nachtegaalstraat 44bis, 3581 AJ Utrecht", "Kerkstraat 12 bis"));
  EXPECT_THAT(
      Addresses("mevrouw Roels van de Kerkstraat 7 belde; dhr. Peeters van de Brugstraat 9"),
      ElementsAre("Kerkstraat 7", "Brugstraat 9"));
  EXPECT_THAT(Addresses("hier Rudi Stevens van de Brugstraat 9, bel mij"),
              ElementsAre("Brugstraat 9"));
  EXPECT_THAT(Addresses("morgen. mw el Amrani van Kastanjelaan 45-2 belde weer"),
              ElementsAre("Kastanjelaan 45-2"));
  EXPECT_THAT(Addresses("hoi ilse, dhr. De Smet van de Boerenkrijglaan 44 krijgt insuline"),
              ElementsAre("Boerenkrijglaan 44"));
  EXPECT_THAT(Addresses("Jan verhuist. Het Graaf van Vlaanderenplein 3 is zijn adres."),
              ElementsAre("Graaf van Vlaanderenplein 3"));
  EXPECT_THAT(Addresses("Jan Peeters woont op Graaf van Vlaanderenplein 3, 9000 Gent"),
              ElementsAre("Graaf van Vlaanderenplein 3, 9000 Gent"));
  // A dash between street and postcode, as forms and signatures write it.
  EXPECT_THAT(Addresses("Adres: Grote Hondstraat 40 bus 12 - 2018 Antwerpen"),
              ElementsAre("Grote Hondstraat 40 bus 12 - 2018 Antwerpen"));
  EXPECT_THAT(Addresses("Johan van Oldenbarneveltlaan 12"),
              ElementsAre("Johan van Oldenbarneveltlaan 12"));
  // A full name before a street not named after anyone is someone living there.
  EXPECT_THAT(Addresses("Vandaag belde Piet Jansen Kerkstraat 12 9000 Gent"),
              ElementsAre("Kerkstraat 12 9000 Gent"));
  EXPECT_THAT(Addresses("Vandaag belde Jan D'Hondt Kerkstraat 12, 9000 Gent"),
              ElementsAre("Kerkstraat 12, 9000 Gent"));
  EXPECT_THAT(Addresses("Jesse: mw Van der Berg Beukenstraat 3a, 3871 JM Hoevelaken"),
              ElementsAre("Beukenstraat 3a, 3871 JM Hoevelaken"));
  EXPECT_THAT(Addresses("We verhuizen naar de Jan Frans Willemsstraat 12."),
              ElementsAre("Jan Frans Willemsstraat 12"));
  EXPECT_THAT(Addresses("Afspraak op het Graaf van Vlaanderenplein 1."),
              ElementsAre("Graaf van Vlaanderenplein 1"));
  // Abbreviated street words and the Flemish "steenweg op/naar" a town.
  EXPECT_THAT(Addresses("Ze woont in de Kerkstr. 12 en hij op de Steenweg op Gierle 112."),
              ElementsAre("Kerkstr. 12", "Steenweg op Gierle 112"));
  EXPECT_THAT(Addresses("Brugse Stwg 214 of Kerkstr 5"),
              ElementsAre("Brugse Stwg 214", "Kerkstr 5"));
  EXPECT_THAT(Addresses("Ch. de Waterloo 45, 1180 Uccle"),
              ElementsAre("Ch. de Waterloo 45, 1180 Uccle"));
  // A dot after another word, or the abbreviation alone, is no street.
  EXPECT_THAT(Addresses("Dr. 12 keer gebeld. De Str. 5 is dicht."), IsEmpty());
}

TEST(AddressRecognizerTest, AnyStreetAfterAVerbOfLivingThere) {
  EXPECT_THAT(Addresses("merci! ma woont op Molenwijk 31, ik geef het door"),
              ElementsAre("Molenwijk 31"));
  EXPECT_THAT(Addresses("vdb woont op molenstraat 42 he, niet 44?"), ElementsAre("molenstraat 42"));
  EXPECT_THAT(Addresses("De dienst verhuist naar Gebouw 2; de pc's verhuizen naar Windows 11."),
              IsEmpty());
  // Someone's home, as under a home's label: it tells that the text is about people.
  const auto home = test_util::Hits(TheRecognizer(), "Annemie? Ze woont in de Dorpsstraat 14.");
  ASSERT_EQ(home.size(), 1u);
  EXPECT_EQ(home[0].score, kHomeAddressScore);
}

TEST(AddressRecognizerTest, AnAddressTheTextThenSaysSomeoneLivesAt) {
  for (std::string_view order :
       {"Locatie: woning, Heidebloemstraat 23 bus 4, 2440 Geel\n  Probleem: geen verwarming\n"
        "  Terugbelnummer huurder: 0477 31 62 08",
        "Le logement se trouve rue des Champs 211, bte 4. La locataire est pr\u00e9sente le "
        "mardi."}) {
    const auto home = test_util::Hits(TheRecognizer(), order);
    ASSERT_FALSE(home.empty()) << order;
    EXPECT_EQ(home[0].score, kHomeAddressScore) << order;
  }
  // Not residents named before it, nor the houses of a block, nor a letter to whoever lives
  // there under its sender's address.
  for (std::string_view block : {"Aan de bewoners van de Kerkstraat 2, Gent",
                                 "Beste bewoner van de Kerkstraat 12, 9000 Gent.",
                                 "Woonhaven Antwerpen\nHavenstraat 12, 2000 Antwerpen\n\n"
                                 "Beste huurder,\n\nOp 12 mei worden de liften onderhouden.",
                                 "Kerkstraat 2 \u2013 24: week 14. Beste bewoner,",
                                 "Kerkstraat 2 t/m 58, daarna de bewoners van de Dorpsstraat"}) {
    for (const auto& f : test_util::Hits(TheRecognizer(), block)) {
      EXPECT_LT(f.score, kHomeAddressScore) << block;
    }
  }
}

TEST(AddressRecognizerTest, TimesAreNoHouseNumber) {
  EXPECT_THAT(Addresses("| Zorgverzekering 2x | 297,40 |\n| Kerkstraat 12b |\n"),
              ElementsAre("Kerkstraat 12b"));
}

TEST(AddressRecognizerTest, AHeadingInCapitalsAndItsYearIsNoAddress) {
  EXPECT_THAT(Addresses("INSCHRIJVINGSFORMULIER ZOMERSPEELPLEIN 2025 - Gemeente Lennik\n"),
              IsEmpty());
  EXPECT_THAT(Addresses("Adres: BREDABAAN 1987, 2170 MERKSEM\n"),
              ElementsAre("BREDABAAN 1987, 2170 MERKSEM"));
  EXPECT_THAT(Addresses("An Claes\nKERKSTRAAT 1999\n2000 ANTWERPEN\n"),
              ElementsAre("KERKSTRAAT 1999\n2000 ANTWERPEN"));
  EXPECT_THAT(Addresses("op de Brusselsesteenweg 2011 in Gent"),
              ElementsAre("Brusselsesteenweg 2011"));
}

TEST(AddressRecognizerTest, AStreetNameDoesNotReachIntoTheCellBefore) {
  EXPECT_THAT(Addresses("07:15\tVerbeke Jozef\tKleibeekstraat 40\tinsuline\n"),
              ElementsAre("Kleibeekstraat 40"));
  EXPECT_THAT(Addresses("07:45\tAzzouz Fatiha\tGrote Markt 3\n"), ElementsAre("Grote Markt 3"));
}

TEST(AddressRecognizerTest, StreetPostcodeAndCityAreOneSpan) {
  EXPECT_THAT(Addresses("Wetstraat 16, 1000 Brussel"), ElementsAre("Wetstraat 16, 1000 Brussel"));
  EXPECT_THAT(Addresses("Keizersgracht 123\n1015 CJ Amsterdam\n"),
              ElementsAre("Keizersgracht 123\n1015 CJ Amsterdam"));
  EXPECT_THAT(Addresses("Rue de la Loi 16, B-1040 Etterbeek."),
              ElementsAre("Rue de la Loi 16, B-1040 Etterbeek"));
  // "te", "à" or "in" between, as a sentence says where someone lives.
  EXPECT_THAT(Addresses("ik woon nu op Hundelgemsesteenweg 301 in 9820 Merelbeke."),
              ElementsAre("Hundelgemsesteenweg 301 in 9820 Merelbeke"));
  // After "in" a year and a capital that opens the next sentence are none.
  EXPECT_THAT(Addresses("kocht het pand Stationsstraat 14 in 2020 Het gebouw werd gerenoveerd."),
              ElementsAre("Stationsstraat 14"));
  EXPECT_THAT(Addresses("verhuisde naar Stationsstraat 14 in 2000 Antwerpen."),
              ElementsAre("Stationsstraat 14 in 2000 Antwerpen"));
}

TEST(AddressRecognizerTest, PolishAndRomanianStreets) {
  EXPECT_THAT(Addresses("Adres Polska: ul. Długa 14/3, 80-827 Gdańsk"),
              ElementsAre("ul. Długa 14/3"));
  EXPECT_THAT(Addresses("Ion Popescu, Strada Mihai Eminescu 12, Cluj"),
              ElementsAre("Strada Mihai Eminescu 12"));
  // "al." is a paragraph ("alinea") too: no street without a capitalised name.
  EXPECT_TRUE(Addresses("zie art. 5, al. 3 van de wet").empty());
}

TEST(AddressRecognizerTest, FrenchStreets) {
  EXPECT_THAT(Addresses("Il habite avenue Louise 54 depuis 2019."),
              ElementsAre("avenue Louise 54"));
  EXPECT_THAT(Addresses("Rendez-vous au 16, rue de la Loi à Bruxelles."),
              ElementsAre("16, rue de la Loi"));
  EXPECT_THAT(Addresses("Chaussée de Wavre 200 bte 4"), ElementsAre("Chaussée de Wavre 200 bte 4"));
}

TEST(AddressRecognizerTest, PostbusAndPostcodes) {
  // A post office box is an organisation's, and so is the postcode after it.
  EXPECT_THAT(Addresses("Postbus 20018, 2500 EA Den Haag\nB.P. 12, 1000 Bruxelles"), IsEmpty());
  EXPECT_THAT(Addresses("Postcode 3511 LX Utrecht"), ElementsAre("3511 LX Utrecht"));
  EXPECT_THAT(Addresses("Jan Peeters\nB-3000 Leuven\n"), ElementsAre("B-3000 Leuven"));
  EXPECT_THAT(Addresses("Kortenberg, 3070 Kortenberg"), ElementsAre("3070 Kortenberg"));
  // A form's field for where someone lives; not any label ("Datum: 2019 Gent" is no field of it).
  EXPECT_THAT(Addresses("Postcode + gemeente: 9000 Gent\nTel.: 09 123 45 67"),
              ElementsAre("9000 Gent"));
  EXPECT_THAT(Addresses("Code postal et localité : 1000 Bruxelles"), ElementsAre("1000 Bruxelles"));
  EXPECT_THAT(Addresses("Editie: 2019 Gent"), ElementsAre());
  // A town in lower case, as chats write it; not a word that is no town.
  EXPECT_THAT(Addresses("molenberg 7, 9230 wetteren\n1000 keer"), ElementsAre("9230 wetteren"));
}

TEST(AddressRecognizerTest, AStreetWithoutItsSuffixInAnAddressField) {
  EXPECT_THAT(Addresses("Adres: Westzijde 221\nPostcode en woonplaats: 1506 EK Zaandam"),
              ElementsAre("Westzijde 221", "1506 EK Zaandam"));
  EXPECT_THAT(Addresses("Adres: Doorniksewijk 76 bus 2"), ElementsAre("Doorniksewijk 76 bus 2"));
  EXPECT_THAT(Addresses("Westzijde 221 is een mooi huis."), ElementsAre());
  EXPECT_THAT(Addresses("Datum: Maart 2024"), ElementsAre());
}

TEST(AddressRecognizerTest, AStreetWithoutItsSuffixInAnAddressBlock) {
  EXPECT_THAT(Addresses("Mevrouw A. El Amrani\nWestzijde 48-A\n1506 EH Zaandam"),
              ElementsAre("Westzijde 48-A\n1506 EH Zaandam"));
  EXPECT_THAT(Addresses("Dhr. J. Bakker\nOude Gracht 12\n3511 AP Utrecht"),
              ElementsAre("Oude Gracht 12\n3511 AP Utrecht"));
  // Not inside a sentence, not without the postcode line, not a line with a label.
  EXPECT_THAT(Addresses("Wij nemen Westzijde 48\n1506 EH Zaandam"), ElementsAre("1506 EH Zaandam"));
  EXPECT_THAT(Addresses("Westzijde 48\nZaandam"), IsEmpty());
  EXPECT_THAT(Addresses("Tel: Westzijde 48\n1506 EH Zaandam"), ElementsAre("1506 EH Zaandam"));
  // Not a date, not under an empty line.
  EXPECT_THAT(Addresses("Jan Peeters\nMaart 2024\n9000 Gent"), ElementsAre("9000 Gent"));
  EXPECT_THAT(Addresses("Jan Peeters\nZaterdag 14\n9000 Gent"), ElementsAre("9000 Gent"));
  EXPECT_THAT(Addresses("Jan Peeters\n\nWestzijde 48\n1506 EH Zaandam"),
              ElementsAre("1506 EH Zaandam"));
}

TEST(AddressRecognizerTest, ALetterOrAFloorAfterAHyphen) {
  EXPECT_THAT(Addresses("Kerkstraat 12-A, 9000 Gent"), ElementsAre("Kerkstraat 12-A, 9000 Gent"));
  EXPECT_THAT(Addresses("Prins Hendrikkade 88-II, 1012 AE Amsterdam"),
              ElementsAre("Prins Hendrikkade 88-II, 1012 AE Amsterdam"));
  EXPECT_THAT(Addresses("Lauriergracht 41-III"), ElementsAre("Lauriergracht 41-III"));
  EXPECT_THAT(Addresses("Lauriergracht 41-IV, 1016 RH Amsterdam"),
              ElementsAre("Lauriergracht 41-IV, 1016 RH Amsterdam"));
  // The letter of a word after the hyphen stays out: "12-De Panne".
  EXPECT_THAT(Addresses("Hij woont Kerkstraat 12-De Panne."), ElementsAre("Kerkstraat 12"));
}

TEST(AddressRecognizerTest, ADateAfterAStreetIsNoHouseNumber) {
  EXPECT_THAT(Addresses("Aanrijding Kunstberg 23-01, Jan Peeters"), ElementsAre());
  EXPECT_THAT(Addresses("Jan Peeters: Monitoring 48h, Wachtdienst 14u"), ElementsAre());
  EXPECT_THAT(Addresses("accident bd Poincaré / rue Bara, 17/03/2024 - PV"), ElementsAre());
  EXPECT_THAT(Addresses("Akenkaai\t24/04\tlevering"), ElementsAre());
  EXPECT_THAT(Addresses("Kerkstraat 12-14 en Kerkstraat 12/3"),
              ElementsAre("Kerkstraat 12-14", "Kerkstraat 12/3"));
  // A Belgian box of four digits keeps its leading zero.
  EXPECT_THAT(Addresses("Kerkstraat 12/0101 in Gent, rue de la Loi 24/0102, 1040 Bruxelles"),
              ElementsAre("Kerkstraat 12/0101", "rue de la Loi 24/0102, 1040 Bruxelles"));
}

TEST(AddressRecognizerTest, FieldsOfAnExportAreNoStreetWords) {
  EXPECT_THAT(
      Addresses("MLD-40390;fam. Kuijpers;Gerrit van der Veenstraat 41, 3815 ED Amersfoort;-"),
      ElementsAre("Gerrit van der Veenstraat 41, 3815 ED Amersfoort"));
  EXPECT_THAT(Addresses("| Bakker |Gerrit van der Veenstraat 41 |"),
              ElementsAre("Gerrit van der Veenstraat 41"));
}

TEST(AddressRecognizerTest, LettersOfAWordInADutchPostcodeBeforeAKnownTown) {
  EXPECT_THAT(Addresses("Mevrouw M. Vandenbussche\nBurgemeester Beckersweg 22\n6211 AM Maastricht"),
              ElementsAre("Burgemeester Beckersweg 22\n6211 AM Maastricht"));
  EXPECT_THAT(Addresses("Kerkstraat 5\n1015 AM Vergadering"), ElementsAre("Kerkstraat 5"));
}

TEST(AddressRecognizerTest, TwoAddressesSideBySide) {
  EXPECT_THAT(Addresses("Brugsesteenweg 250, 8800 Roeselare     Oude Ieperseweg 31\n"),
              ElementsAre("Brugsesteenweg 250, 8800 Roeselare", "Oude Ieperseweg 31"));
}

TEST(AddressRecognizerTest, APostcodeAndTownUnderAPlaceColumn) {
  EXPECT_THAT(Addresses("lidnr;naam;straat;gemeente;gsm\n10234;Verstraete;Hoogstraat 88;8800 "
                        "Roeselare;0472 18 90 33\n10251;Bouzid;Kapelstraat 5;8810 Lichtervelde;-"),
              ElementsAre("Hoogstraat 88", "8800 Roeselare", "Kapelstraat 5", "8810 Lichtervelde"));
  // Not under another column: a venue list's hall.
  EXPECT_THAT(
      Addresses("zaal;kostprijs;datum\nSporthal;8800 Roeselare;-\nZwembad;8810 Lichtervelde;-"),
      IsEmpty());
}

TEST(AddressRecognizerTest, AGivenNameBeforeVanDeLivesOnTheStreet) {
  EXPECT_THAT(Addresses("hallo, hier Ahmad van de Zonnestraat 4 in Kessel-Lo."),
              ElementsAre("Zonnestraat 4"));
  // A street honouring someone with particles keeps its given name.
  EXPECT_THAT(Addresses("Jan van de Veldestraat 12"), ElementsAre("Jan van de Veldestraat 12"));
}

TEST(AddressRecognizerTest, AGivenNameBeforeOpLivesOnTheStreet) {
  EXPECT_THAT(Addresses("De sleutel ligt bij Henny op Lindenlaan 23."),
              ElementsAre("Lindenlaan 23"));
  EXPECT_THAT(Addresses("De sleutel ligt bij meneer de Jong op Vechtstraat 41-II."),
              ElementsAre("Vechtstraat 41-II"));
  EXPECT_THAT(Addresses("Steenweg op Gierle 112, 2300 Turnhout"),
              ElementsAre("Steenweg op Gierle 112, 2300 Turnhout"));
}

TEST(AddressRecognizerTest, OrganisationsOwnAddressesAndDatesAreNot) {
  EXPECT_THAT(Addresses("DRUKKERIJ DE LINDE bv - Industrieweg 14, 9080 Lochristi"), IsEmpty());
  EXPECT_THAT(Addresses("Gent\n- Museum voor Schone Kunsten, Fernand Scribedreef 1: expo"),
              IsEmpty());
  EXPECT_THAT(Addresses("| 1 | Provinciehuis, Universiteitslaan 1, Hasselt |"), IsEmpty());
  EXPECT_THAT(Addresses("15h00 · Maison Autrique (Chaussée de Haecht 266) · visite guidée"),
              IsEmpty());
  EXPECT_THAT(Addresses("besluit Vlaamse Regering 5 juni 2009"), IsEmpty());
  EXPECT_THAT(Addresses("conform Convenant Vroegsignalering 2024 en Vergadering 12"), IsEmpty());
  EXPECT_THAT(Addresses("Oosterring 12, Binnenring 4 en Wetering 12"),
              ElementsAre("Oosterring 12", "Binnenring 4", "Wetering 12"));
  // A sole trader's shop, a bilingual address, a home in a residence stay.
  EXPECT_THAT(Addresses("| Yasmina Toumi | kapsalon, Leuvensestraat 14, 3300 Tienen |"),
              ElementsAre("Leuvensestraat 14, 3300 Tienen"));
  EXPECT_THAT(Addresses("Residentie Ter Linde, Kerkstraat 5, 8500 Kortrijk"),
              ElementsAre("Kerkstraat 5, 8500 Kortrijk"));
}

TEST(AddressRecognizerTest, StreetsWithoutNumberAndNumbersAloneAreNotAddresses) {
  EXPECT_THAT(Addresses("De betoging trok door de Wetstraat naar het Flageyplein."), IsEmpty());
  EXPECT_THAT(Addresses("In 2019 Gent bezocht, in 2024 EN daarna. Artikel 12 van de wet."),
              IsEmpty());
  EXPECT_THAT(Addresses("Markt 3 keer per week; 3000 euro; Straat 5"), IsEmpty());
  EXPECT_THAT(Addresses("Postcode 1234 SA bestaat niet."), IsEmpty());
}

TEST(AddressRecognizerTest, NumbersOfOtherKindsBeforeAStreetAndLinkWordsBeforeAPostcode) {
  // The tail of a national number is no house number before "Rue".
  EXPECT_THAT(Addresses("DUBOIS Chantal, NN 70.06.17-454.63, Rue des Champs 27, 1040 Etterbeek"),
              ElementsAre("Rue des Champs 27, 1040 Etterbeek"));
  EXPECT_THAT(Addresses("Je suis domicilié Rue du Page 18 bte 3 à 1050 Ixelles depuis mai."),
              ElementsAre("Rue du Page 18 bte 3 à 1050 Ixelles"));
  EXPECT_THAT(Addresses("wonende Hanswijkvaart 112 te 2800 Mechelen"),
              ElementsAre("Hanswijkvaart 112 te 2800 Mechelen"));
}

TEST(AddressRecognizerTest, YearBeforeAStreetWithItsOwnNumberIsNoHouseNumber) {
  EXPECT_THAT(Addresses("née le 9 août 1943, Avenue des Celtes 6, 1040 Etterbeek ;"),
              ElementsAre("Avenue des Celtes 6, 1040 Etterbeek"));
  EXPECT_THAT(Addresses("Il habite au 6, avenue des Celtes, 1040 Etterbeek."),
              ElementsAre("6, avenue des Celtes, 1040 Etterbeek"));
}

TEST(AddressRecognizerTest, AmountsAfterAStreetLikeWordAndOfficesAddresses) {
  EXPECT_THAT(Addresses("Wat kost het?\nPaspoort 18 jaar en ouder: 84,95 euro."), IsEmpty());
  EXPECT_THAT(Addresses("of Stadsloket Nieuw-West, Osdorpplein 1000. Open op maandag."), IsEmpty());
  EXPECT_THAT(Addresses("Woonplaats: Doorniksesteenweg 215, 8500 Kortrijk"),
              ElementsAre("Doorniksesteenweg 215, 8500 Kortrijk"));
}

TEST(AddressRecognizerTest, AYearBeforeTwoCapitalsIsNoDutchPostcode) {
  EXPECT_THAT(Addresses("Ik heb sinds 2019 MS en werk deeltijds."), IsEmpty());
  EXPECT_THAT(Addresses("Postcode: 2019 MS"), ElementsAre("2019 MS"));
}

TEST(AddressRecognizerTest, SubMunicipalitiesAfterABelgianPostcode) {
  EXPECT_THAT(Addresses("Wij zijn 44\n9310 Moorsel"), ElementsAre("9310 Moorsel"));
  EXPECT_THAT(Addresses("Dorp 44\n9310 Moorsel"), ElementsAre("Dorp 44\n9310 Moorsel"));
  EXPECT_THAT(Addresses("Kapelstraat 3\n2220 Hallaar"), ElementsAre("Kapelstraat 3\n2220 Hallaar"));
}

TEST(AddressRecognizerTest, AFirmInAnEarlierSentenceDoesNotOwnTheAddress) {
  EXPECT_THAT(Addresses("Houder = Van Hoorn Autoverhuur BV (KvK 20087455). Huurder: Mehmet Aydın, "
                        "Haagweg 14, 4814 GA Breda."),
              ElementsAre("Haagweg 14, 4814 GA Breda"));
  EXPECT_THAT(Addresses("Van Hoorn Autoverhuur BV, Haagweg 14, 4814 GA Breda."), IsEmpty());
}

}  // namespace
}  // namespace vermeld
