#include "core/detect/passport_number_recognizer.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "core/detect/test_util.h"

namespace vermeld {
namespace {

using test_util::Hits;
using test_util::Texts;
using ::testing::ElementsAre;

class PassportNumberTest : public ::testing::Test {
 protected:
  std::unique_ptr<Recognizer> r_ = NewPassportNumberRecognizer();
};

TEST_F(PassportNumberTest, FindsDutchAndBelgianFormsNextToContext) {
  EXPECT_THAT(Texts(*r_, "Paspoortnummer: NXR4K8LP1"), ElementsAre("NXR4K8LP1"));
  EXPECT_THAT(Texts(*r_, "numéro de passeport EH123456, valable"), ElementsAre("EH123456"));
  EXPECT_THAT(Texts(*r_, "documentnummer IB1234567 van de identiteitskaart"),
              ElementsAre("IB1234567"));
}

TEST_F(PassportNumberTest, CapitalsSetOffByABlankAfterAPassportWord) {
  EXPECT_THAT(Texts(*r_, "Identiteitsdocument: Pools paspoort nr. EK 7319024"),
              ElementsAre("EK 7319024"));
  EXPECT_THAT(Texts(*r_, "paspoortnummer voor de uitschrijving uit de BRP: C 4918273, geldig"),
              ElementsAre("C 4918273"));
  EXPECT_THAT(Texts(*r_, "passeport belge EL 739204"), ElementsAre("EL 739204"));
  // Three capitals, and after an identity card's word too.
  EXPECT_THAT(Texts(*r_, "BSN / numer sofi: 039.579.980\npolish ID card: AYC 472915"),
              ElementsAre("AYC 472915"));
  // Not a currency or another number's label, nor three capitals after a passport word.
  EXPECT_TRUE(Hits(*r_, "identiteitskaart aangevraagd, kosten EUR 1500000 niet betaald").empty());
  EXPECT_TRUE(Hits(*r_, "Paspoort van Jan Peeters en KBO 040344863, ABC 472915").empty());
  // Not without a passport word before it, nor a code after one.
  EXPECT_TRUE(Hits(*r_, "Zie bijlage B 1234567 en lokaal C 4918273.").empty());
  EXPECT_TRUE(Hits(*r_, "Bewijs: zie stuk B 1234567 in het paspoortdossier.").empty());
  EXPECT_TRUE(Hits(*r_, "Kosten nieuw paspoort Jan Peeters: factuur F 2025013").empty());
}

TEST_F(PassportNumberTest, OtherCountriesOneOrTwoCapitalsAndSevenToNineDigits) {
  // The word in the holder's language: Polish, Turkish, German.
  EXPECT_THAT(Texts(*r_, "paszport nr AB1234567"), ElementsAre("AB1234567"));
  EXPECT_THAT(Texts(*r_, "pasaport U12345678"), ElementsAre("U12345678"));
  EXPECT_THAT(Texts(*r_, "Personalausweis: L01X00T47"), ElementsAre("L01X00T47"));
  EXPECT_THAT(Texts(*r_, "| Elena | RO | paşaport | 058821346 |"), ElementsAre("058821346"));
  EXPECT_THAT(Texts(*r_, "van je paspoort? number is P4827361B"), ElementsAre("P4827361B"));
  EXPECT_TRUE(Texts(*r_, "order P4827361B verzonden").empty());
  // An airline's booking writes "PP" before the passport's number.
  EXPECT_THAT(Texts(*r_, "BONDARENKO/IRYNA MRS - DOB 14MAR1986 - PP FX208417 exp 19FEB2029"),
              ElementsAre("FX208417"));
  // Elsewhere "pp" is pages, "per persoon" or a plastic.
  for (const char* t : {"Zie rapport RA2024118, pp. 12-18.", "10 euro pp, bestelling AB1234567",
                        "Tape PP bruin, artikelnr DC12045678"}) {
    EXPECT_TRUE(Hits(*r_, t).empty()) << t;
  }
  // "CI" right before a Romanian card's series and number; not a ticket's prefix.
  EXPECT_THAT(Texts(*r_, "Bogdan Ciobanu CI SB 117284, Nicoleta"), ElementsAre("SB 117284"));
  EXPECT_TRUE(Texts(*r_, "CI INC 123456 gesloten").empty());
  EXPECT_TRUE(Texts(*r_, "CI-pipeline groen, build AB 123456 klaar").empty());
  // A Moroccan or French national identity card: "CIN", "CNI".
  EXPECT_THAT(Texts(*r_, "haar CIN is JB 418205"), ElementsAre("JB 418205"));
  // "pasp." abbreviates the word in a table's cell.
  EXPECT_THAT(Texts(*r_, "| ZADRAN Gul Agha | Pashto | pasp. P01457739 |"),
              ElementsAre("P01457739"));
  EXPECT_THAT(Texts(*r_, "1. Emre Demir, paspoort U21847093"), ElementsAre("U21847093"));
  EXPECT_THAT(Texts(*r_, "Passeport syrien n° N013827466 (expiré)"), ElementsAre("N013827466"));
  EXPECT_THAT(Texts(*r_, "Paspoortnummer Z4829173 (India)"), ElementsAre("Z4829173"));
  EXPECT_TRUE(Hits(*r_, "Factuur U21847093 is betaald").empty());
  // A table's column "Document nr" names the documents under it.
  EXPECT_THAT(Texts(*r_,
                    "| NAAM | DOCUMENT NR |\n| KARIMI | PAS P04718326 |\n| ÖZTÜRK | PAS "
                    "U23817460 |\n"),
              ElementsAre("P04718326", "U23817460"));
  // In running text "Document nr" labels invoices and records.
  EXPECT_TRUE(Hits(*r_, "Factuur\nDocument nr: VF24001234\nDatum: 12/03/2025").empty());
}

TEST_F(PassportNumberTest, FrenchSpanishGermanAndDigitsOnlyPassports) {
  EXPECT_THAT(Texts(*r_, "Passeport français n° 18CV42795, délivré à Lille"),
              ElementsAre("18CV42795"));
  EXPECT_THAT(Texts(*r_, "pasaporte / passport PAA123456"), ElementsAre("PAA123456"));
  EXPECT_THAT(Texts(*r_, "Reisepass / passport C01X00T47"), ElementsAre("C01X00T47"));
  EXPECT_THAT(Texts(*r_, "Paspoort (Roemenië): 051234567"), ElementsAre("051234567"));
  // Digits only need the passport word right before them.
  EXPECT_TRUE(Hits(*r_, "Dossier 12345678 van de identiteitskaart").empty());
  EXPECT_TRUE(Hits(*r_, "Dossier 12345678. Het paspoort volgt later.").empty());
  // A Dutch passport carries its holder's BSN: nine digits passing the 11-proof beside a BSN
  // word are that, left to NL_BSN.
  EXPECT_TRUE(Hits(*r_, "Uw burgerservicenummer (BSN) staat op uw paspoort: 123456782.").empty());
  // Dutch passports label it "persoonsnummer".
  EXPECT_THAT(Texts(*r_, "Jeroen, NL paspoort NX7HK2P14, persoonsnummer 889789174."),
              ElementsAre("NX7HK2P14"));
  // Right after its own label it stays a passport number.
  EXPECT_THAT(Texts(*r_, "Paspoortnummer: 123456782\nPersoonsnummer: 111222333"),
              ElementsAre("123456782"));
  EXPECT_THAT(Texts(*r_, "Passport number: 123456782"), ElementsAre("123456782"));
}

TEST_F(PassportNumberTest, ExamplesWithOneDigitRepeatedAreNobodys) {
  EXPECT_THAT(Texts(*r_, "Een paspoortnummer ziet eruit als EL000000; het mijne is EL123456."),
              ElementsAre("EL123456"));
}

TEST_F(PassportNumberTest, AnExpiryRightAfterTheNumber) {
  EXPECT_THAT(Texts(*r_, "Mine is PA4418203 (Irish), valid until 2031."), ElementsAre("PA4418203"));
  EXPECT_THAT(Texts(*r_, "c'est EM518204, j'ai v\u00e9rifi\u00e9, valable jusqu'en 2029"),
              ElementsAre("EM518204"));
  EXPECT_TRUE(Hits(*r_, "Factuur AB123456 betaald tot 2025").empty());
  // Offers, orders and licences expire too: only a number said to be someone's counts.
  for (const char* t : {"De offerte OF2024118 vervalt op 31/12/2025.",
                        "Bestelnummer AB1234567 geldig tot eind juni",
                        "Licentiesleutel XK2291845, expires 2026-01-01"}) {
    EXPECT_TRUE(Hits(*r_, t).empty()) << t;
  }
}

TEST_F(PassportNumberTest, NeedsContext) {
  EXPECT_TRUE(Hits(*r_, "Bestelling EH123456 is verzonden").empty());
  EXPECT_TRUE(Hits(*r_, "Code NXR4K8LP1 gebruikt").empty());
}

TEST_F(PassportNumberTest, SpecimenNumbersAreNobodys) {
  EXPECT_TRUE(
      Hits(*r_, "Op het specimen van het paspoort is het documentnummer SPECI2014.").empty());
}

TEST_F(PassportNumberTest, DutchNumbersNeverContainTheLetterO) {
  EXPECT_TRUE(Hits(*r_, "paspoort NOR4K8LP1").empty());
}

TEST_F(PassportNumberTest, BelgianEidCardNumberIsChecksumValidated) {
  EXPECT_THAT(Texts(*r_, "kaartnummer identiteitskaart 591-2345678-29"),
              ElementsAre("591-2345678-29"));
  EXPECT_THAT(Texts(*r_, "Kaartnr / Card No\n592-3846588 - 37"), ElementsAre("592-3846588 - 37"));
  EXPECT_TRUE(Hits(*r_, "Referentie 591-2345678-30 van het dossier").empty());
  EXPECT_TRUE(Hits(*r_, "identiteitskaart aangevraagd; referentie 591-2345678-30").empty());
  // In the card's groups with a card's word near: a new card, a residence card.
  EXPECT_THAT(Texts(*r_, "haar kaart is nieuw, nr 591-2345678-29, afgehaald"),
              ElementsAre("591-2345678-29"));
  EXPECT_THAT(Texts(*r_, "carte F, n\u00b0 de carte 591 2345678 29"),
              ElementsAre("591 2345678 29"));
  // ...even when the check digits were copied with a slip, as in a table's "eID" column.
  EXPECT_THAT(Texts(*r_, "n\u00b0 de carte 592-4418306-27. Rang\u00e9e dans le coffre"),
              ElementsAre("592-4418306-27"));
  EXPECT_THAT(Texts(*r_, "2\tDIALLO\tMamadou\tBEL\teID\t593-2871041-16\t07/2032"),
              ElementsAre("593-2871041-16"));
  EXPECT_TRUE(Hits(*r_,
                   "num\u00e9ro de carte (format 000-0000000-00, ex. de saisie : "
                   "592-1456781-18, volontairement invalide)")
                  .empty());
  EXPECT_TRUE(Hits(*r_, "nr 591-2345678-29, afgehaald").empty());
  EXPECT_TRUE(Hits(*r_, "kaart 5912-345678-29").empty());
  // Not an account number of before IBAN, which has the same groups and check digits.
  EXPECT_TRUE(Hits(*r_, "Betalen met uw kaart of op rekening 001-2345678-03.").empty());
  EXPECT_TRUE(
      Hits(*r_, "Paiement par carte bancaire ou virement au compte 435-2198765-49.").empty());
  EXPECT_TRUE(Hits(*r_, "Rekeningnummer: 435-2198765-49 (Bancontact kaart verloren)").empty());
  EXPECT_TRUE(Hits(*r_, "Please pay by card or transfer to account 001-2345678-03.").empty());
}

TEST_F(PassportNumberTest, CardNumberWithBrokenCheckDigitsRightAfterItsLabel) {
  EXPECT_THAT(Texts(*r_, "Identiteitskaart nr.:   592-4417308-62"), ElementsAre("592-4417308-62"));
  EXPECT_THAT(Texts(*r_, "Identiteitskaartnr.: 591-2841773-66"), ElementsAre("591-2841773-66"));
  EXPECT_THAT(Texts(*r_, "copie carte d'identit\u00e9 n\u00b0 592-8840317-62"),
              ElementsAre("592-8840317-62"));
}

TEST_F(PassportNumberTest, LettersSetOffFromTheDigitsInAPassportColumn) {
  EXPECT_THAT(Texts(*r_,
                    "| Nr | Naam, voornaam | Paspoort | Geldig tot |\n"
                    "| 1 | Bondarenko, Vasyl | FX481927 | 03.2031 |\n"
                    "| 2 | Melnyk, Andrii | GB 219874 | 11.2029 |\n"),
              ElementsAre("FX481927", "GB 219874"));
  EXPECT_TRUE(Hits(*r_, "| Nr | Omschrijving | Bedrag |\n| 2 | kabel | GB 219874 |\n").empty());
}

TEST_F(PassportNumberTest, DigitsOnlyRightAfterAnIdentityDocumentWord) {
  EXPECT_THAT(Texts(*r_, "Passport no.: 561 403 297"), ElementsAre("561 403 297"));
  EXPECT_THAT(Texts(*r_, "she has only ID card now, number 004 812 337"),
              ElementsAre("004 812 337"));
  EXPECT_THAT(
      Texts(*r_,
            "| BG | \u043b\u0438\u0447\u043d\u0430 \u043a\u0430\u0440\u0442\u0430 | 648302915 |"),
      ElementsAre("648302915"));
  EXPECT_THAT(Texts(*r_, "heeft enkel nog zijn ID-kaart, nr 007159284."), ElementsAre("007159284"));
  // Groups of digits far from the word dial like a phone; an ID card word further away labels
  // something else.
  EXPECT_TRUE(Hits(*r_, "paspoort ligt klaar, bel me op +32 470 123 456").empty());
  EXPECT_THAT(Texts(*r_, "passport EK4182937, phone +48 601 228 945"), ElementsAre("EK4182937"));
  EXPECT_TRUE(Hits(*r_, "De identiteitskaart is vernieuwd. Uw klantnummer is 004518326.").empty());
  EXPECT_THAT(Texts(*r_, "verblijfskaart type A nr. B 0781246 58"), ElementsAre("B 0781246 58"));
  EXPECT_THAT(Texts(*r_, "kimlik (carte d'identit\u00e9 TR) A27K18406"), ElementsAre("A27K18406"));
  EXPECT_THAT(Texts(*r_, "BG    \u043f\u0430\u0441\u043f\u043e\u0440\u0442 379015588"),
              ElementsAre("379015588"));
  EXPECT_THAT(Texts(*r_, "Zijn oranje kaart vervalt eind deze maand, nr B 0472918 36."),
              ElementsAre("B 0472918 36"));
  EXPECT_THAT(Texts(*r_, "carte A (protection temporaire) n\u00b0 B 3391075 62"),
              ElementsAre("B 3391075 62"));
  // Under a passport's column, in a table aligned with spaces too.
  EXPECT_THAT(
      Texts(*r_,
            "Naam            Paspoort      Functie\nTodor Hristov   384120958     timmerman\n"
            "Rumen Atanasov  379902146     ijzervlechter\n"),
      ElementsAre("384120958", "379902146"));
  // French "la carte a" ("the card has") names no card; context words fold case, so the
  // residence card's "carte A" cannot be told from it.
  EXPECT_TRUE(Hits(*r_, "Votre carte a \u00e9t\u00e9 bloqu\u00e9e, client 48213957.").empty());
  EXPECT_TRUE(Hits(*r_, "La carte a bien \u00e9t\u00e9 envoy\u00e9e, colis DHL 4821395.").empty());
  // Not under a sentence that names a passport, two blanks after each stop.
  EXPECT_TRUE(
      Hits(*r_, "Uw paspoort is klaar.  Kom het ophalen.\nOrdernummer 12345678.  Tot dan.\n")
          .empty());
  // Nor a BSN beside its word after the card's.
  EXPECT_TRUE(Hits(*r_, "ID-kaart en BSN: 123 456 782").empty());
}

TEST_F(PassportNumberTest, ANumberGivenInAChatAfterTheDocumentWasAskedFor) {
  EXPECT_THAT(Texts(*r_,
                    "[20:14] Hilde: kan je een foto sturen van de eerste pagina van je paspoort? "
                    "die van gisteren is wazig\n[20:31] Joy: sorry ma'am! here it is. number is "
                    "P4827361B\n"),
              ElementsAre("P4827361B"));
  EXPECT_THAT(Texts(*r_,
                    "Coach: neem je paspoort of ID mee. stuur even nummer hier\nGabriel: GA "
                    "472913\nLucas: mijne is NXR7K2PF1 (nl)\n"),
              ElementsAre("GA 472913", "NXR7K2PF1"));
  // Not another number's label, nor a number the message goes on after.
  const std::string asked =
      "Uw paspoort is klaar. U kunt het afhalen aan loket 3 van het stadhuis, elke werkdag "
      "tussen 9 en 12 uur, met dit bericht en uw oude document.\n";
  EXPECT_THAT(Texts(*r_, asked + "Aanvraagnummer: AB1234567\n"), ::testing::IsEmpty());
  EXPECT_THAT(Texts(*r_, asked + "Jan: AB1234567 is de bestelling\n"), ::testing::IsEmpty());
  EXPECT_THAT(Texts(*r_, asked + "Jan: AB1234567\n"), ElementsAre("AB1234567"));
  EXPECT_THAT(Texts(*r_, asked + "Referentie: AB1234567\nFactuurnr. 2024: AB1234568\n"),
              ::testing::IsEmpty());
  EXPECT_THAT(Texts(*r_, asked + "Els: en het ordernummer is ZX9876543\n"), ::testing::IsEmpty());
  // A list item naming its document is labelled, not answered.
  EXPECT_THAT(Texts(*r_, "- Dutch residence document (temporary protection): WB4R8N2L6"),
              ElementsAre("WB4R8N2L6"));
}

}  // namespace
}  // namespace vermeld
