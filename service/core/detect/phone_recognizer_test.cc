#include "core/detect/phone_recognizer.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>

#include "core/detect/person_evidence.h"
#include "core/detect/test_util.h"

namespace vermeld {
namespace {

std::vector<test_util::Hit> Scan(std::string_view text) {
  return test_util::Hits(*NewPhoneRecognizer(), text);
}

std::vector<std::string> Texts(std::string_view text) {
  return test_util::Texts(*NewPhoneRecognizer(), text);
}

using ::testing::ElementsAre;

TEST(PhoneRecognizerTest, FindsBelgianForms) {
  for (const char* n :
       {"+32 470 12 34 56", "0032 470 12 34 56", "0470 12 34 56", "0470/12.34.56", "0470123456",
        "02 279 22 11", "09/234.56.78", "+32 (0)2 279 22 11", "+32 2 279 22 11"}) {
    const std::string t = std::string("Je kan me bereiken op ") + n + ", liefst 's avonds.";
    EXPECT_THAT(Texts(t), ElementsAre(n)) << n;
  }
}

TEST(PhoneRecognizerTest, FindsDutchAndInternationalForms) {
  for (const char* n : {"06-12345678", "06 1234 5678", "020 123 4567", "010-4123456",
                        "+31 (0)10 4123456", "+31 6 12345678", "0031 20 123 4567",
                        "+33 1 42 68 53 00", "+44 20 7946 0958", "030 - 238 4412"}) {
    const std::string t = std::string("Bel ") + n + " voor meer info.";
    EXPECT_THAT(Texts(t), ElementsAre(n)) << n;
  }
}

TEST(PhoneRecognizerTest, AForeignNumberOfAPossibleLengthInNoKnownRange) {
  EXPECT_THAT(Texts("Mr Mehta can be reached on +44 7700 900481 until Friday."),
              ElementsAre("+44 7700 900481"));
  // Not a Belgian or Dutch number outside its ranges, nor one too short for its country.
  EXPECT_TRUE(Scan("bel +32 0 12 34 of +31 00 123 4567").empty());
  EXPECT_TRUE(Scan("Budget 2026: +1 200 000 euro, +44 7700 9004 meer").empty());
}

TEST(PhoneRecognizerTest, TwoNumbersPartedByASlashOrADash) {
  EXPECT_THAT(Texts("tel: 0478123456 / 0495871234"), ElementsAre("0478123456", "0495871234"));
  EXPECT_THAT(Texts("tel 03 234 56 78 / 0478 12 34 56"),
              ElementsAre("03 234 56 78", "0478 12 34 56"));
  EXPECT_THAT(Texts("gsm 0478 12 34 56 / 03 234 56 78"),
              ElementsAre("0478 12 34 56", "03 234 56 78"));
  EXPECT_THAT(Texts("tel 03/234.56.78 - 0478/12.34.56"),
              ElementsAre("03/234.56.78", "0478/12.34.56"));
  EXPECT_THAT(Texts("tel 0478123456 - 0495871234"), ElementsAre("0478123456", "0495871234"));
  // A range of numbers stays one.
  EXPECT_TRUE(Texts("Toegewezen blok 0470221900 - 0470221999").empty());
}

TEST(PhoneRecognizerTest, ANumberAfterAnotherKindOfNumberAndADash) {
  // The national number's digits are no phone; the number after them is.
  EXPECT_THAT(Texts("- Kabongo, Jean-Pierre - 55.08.19-611.30 - 0485/33.21.90"),
              ElementsAre("0485/33.21.90"));
  EXPECT_THAT(Texts("Afspraak 12.03.2024 - 0485/33.21.90"), ElementsAre("0485/33.21.90"));
  // A table typed with blanks: the column after a date.
  EXPECT_THAT(Texts("de Jong, Daan    02-08-2001   06-41872290\nAli   1-2-1990  +32 475 12 34 56"),
              ElementsAre("06-41872290", "+32 475 12 34 56"));
  // ...after an amount, an account or a national number.
  EXPECT_THAT(Texts("Jan   25,00   0475 12 34 56\nAn   BE68 5390 0754 7034   0476 12 34 56\n"
                    "Els   85.07.30-033.28   0477 12 34 56"),
              ElementsAre("0475 12 34 56", "0476 12 34 56", "0477 12 34 56"));
}

TEST(PhoneRecognizerTest, SenderNumbersAfterAChatsTime) {
  EXPECT_THAT(Texts("di 08:45 +32 477 81 26 40: ah super!"), ElementsAre("+32 477 81 26 40"));
  EXPECT_THAT(Texts("ma 11:52 06-41872290: hoi"), ElementsAre("06-41872290"));
}

TEST(PhoneRecognizerTest, NoPhoneInsideALongerNumber) {
  // The pattern stops after ten digits of an eleven-digit national number.
  EXPECT_THAT(Texts("NN 04080721535, tel. 0475 12 34 56"), ElementsAre("0475 12 34 56"));
}

TEST(PhoneRecognizerTest, EnterpriseNumbersAreNotPhones) {
  EXPECT_TRUE(Texts("KBO 0403.448.635").empty());
  // Ten digits with a valid check after a VAT or register label, a call word near.
  EXPECT_THAT(Texts("Claes (zaakvoerder), BTW 0335884769, tel 09 123 45 67"), ElementsAre());
  EXPECT_TRUE(
      Texts("Ondernemingsnummers worden gecontroleerd; het testnummer 0500.640.854 niet.").empty());
  EXPECT_THAT(Texts("BTW BE0403.448.635 - GSM 0475 12 34 56"), ElementsAre("0475 12 34 56"));
  // A mistyped one (its checksum fails) after "BE" or "n° d'entreprise" is no phone either.
  EXPECT_TRUE(Texts("SCRL Habitations, n° d'entreprise BE 0402.112.567 (à vérifier)").empty());
  // A mobile number near "onderneming" or "btw" is a phone.
  EXPECT_THAT(Texts("Bel Jan, de zaakvoerder van de onderneming, op 0470 123 456."),
              ElementsAre("0470 123 456"));
  EXPECT_THAT(Texts("Mijn btw-aangifte: bel mij op 0475 123 456."), ElementsAre("0475 123 456"));
  EXPECT_TRUE(Texts("vzw Samen Lokaal, ondernemingsnummer 0456.228.913").empty());
  // Dots alone in the 4.3.3 layout are the KBO's way of writing, even for a mobile prefix.
  EXPECT_TRUE(Texts("Laadpunt Vlaanderen bv\t0479.218.664\t€ 187 412,50").empty());
  EXPECT_THAT(Texts("Bel Sofie op 0479 218 664 of 0479/21.86.64."),
              ElementsAre("0479 218 664", "0479/21.86.64"));
  // Ten digits in a row with a valid KBO check right after its label, also after "numéro".
  EXPECT_TRUE(Texts("numéro national 57071697681\nKBO 0403448635").empty());
  EXPECT_THAT(Texts("numéro 0403448635"), ElementsAre("0403448635"));
  // A Peppol identifier under the Belgian scheme.
  EXPECT_TRUE(Texts("<cbc:EndpointID schemeID=\"0208\">0438667256</cbc:EndpointID>").empty());
}

TEST(PhoneRecognizerTest, ContextRaisesScore) {
  const auto plain = Scan("Zij is 0470 12 34 56 vergeten.");
  const auto ctx = Scan("gsm: 0470 12 34 56");
  ASSERT_EQ(plain.size(), 1u);
  ASSERT_EQ(ctx.size(), 1u);
  EXPECT_GT(ctx[0].score, plain[0].score);
  const auto back = Scan("Hanne wil teruggebeld worden op 0470 12 34 56.");
  ASSERT_EQ(back.size(), 1u);
  EXPECT_EQ(back[0].score, ctx[0].score);
  // Reachable on a mobile: someone's line; on a landline: mostly an office's.
  const auto reach = Scan("De accountmanager is bereikbaar op +32 478 55 19 02 of 09 266 11 11.");
  ASSERT_EQ(reach.size(), 2u);
  EXPECT_EQ(reach[0].score, ctx[0].score);
  EXPECT_EQ(reach[1].score, plain[0].score);
}

TEST(PhoneRecognizerTest, SwitchboardNumbersScoreLow) {
  for (const char* t :
       {"Onthaal: 09 266 11 11", "Algemeen nummer 02 279 22 11", "Standard : +32 2 279 22 11"}) {
    const auto f = Scan(t);
    ASSERT_EQ(f.size(), 1u) << t;
    EXPECT_LT(f[0].score, 0.5) << t;
  }
}

TEST(PhoneRecognizerTest, FreephonePremiumSharedCostAndUniversalAccessNumbersAreNotReported) {
  for (const char* t : {"Gratis nummer 0800 12 345", "Infolijn 070 23 20 00", "Bel 0903 99 000",
                        "Bel 078 15 15 15", "Gratis: 0800-0113", "Bel 0900 8844"}) {
    EXPECT_TRUE(Scan(t).empty()) << t;
  }
}

TEST(PhoneRecognizerTest, DropsTrailingNumberThatIsNotPartOfThePhone) {
  EXPECT_THAT(Texts("bel 0470 12 34 56 2 keer"), ElementsAre("0470 12 34 56"));
}

TEST(PhoneRecognizerTest, InvalidNumbersAreNotReported) {
  EXPECT_TRUE(Scan("bel 0470 12 34 5").empty());   // too short
  EXPECT_TRUE(Scan("bel 0000 00 00 00").empty());  // no such number
  EXPECT_TRUE(Scan("tel +32 0 12 34").empty());
}

TEST(PhoneRecognizerTest, HardNegatives) {
  for (const char* t :
       {"factuur 2024-001234 van 12/03/2024", "dossiernummer 23/4567", "€ 1.250.000",
        "art. 5.1.2 van het decreet", "op 03/04/2024 om 10.30 uur", "9000 Gent, 1000 Brussel",
        "in 2023 en 2024 kwamen 12 345 bezoekers", "BE68 5390 0754 7034",
        "rijksregisternummer 85.07.30-033.61", "KBO 0403.448.635",
        "zie https://example.be/nieuws/0470123456", "Sporthal\tdi en do\t09.00-20.00",
        "open 9.30 - 12.00", "cursus (2 dagen)\t09/10-04-2024", "stage du 09-10/04/2024"}) {
    EXPECT_TRUE(Scan(t).empty()) << t;
  }
}

TEST(PhoneRecognizerTest, NumbersLabelledAsAnotherKind) {
  for (const char* t : {"verzekerd bij AG (polis 04/2219.553)", "budgetcode 0100/61330",
                        "kaartlezer (serienr. RR 0457 2219 88)", "Serienummerreeks: 0412.338.905",
                        "Bestelnr. 0412 338 905"}) {
    EXPECT_TRUE(Scan(t).empty()) << t;
  }
  // A telephone word, or whose number it is, keeps it a phone.
  EXPECT_THAT(Texts("Tel. nr. 0475 12 34 56"), ElementsAre("0475 12 34 56"));
  EXPECT_THAT(Texts("GSM-nummer: 0475 12 34 56"), ElementsAre("0475 12 34 56"));
  EXPECT_THAT(Texts("Privénummer: 0475 12 34 56"), ElementsAre("0475 12 34 56"));
  EXPECT_THAT(Texts("Mijn nummer: 0475 12 34 56"), ElementsAre("0475 12 34 56"));
  EXPECT_THAT(Texts("haar nieuwe nr is +31 6 2389 1104"), ElementsAre("+31 6 2389 1104"));
  for (const char* t : {"Kantoornummer: 03 234 56 78", "Onthaalnummer: 09 210 10 10",
                        "Permanentienummer 0475 12 34 56"}) {
    EXPECT_EQ(Scan(t).size(), 1u) << t;
  }
  EXPECT_TRUE(Scan("Personeelsnummer 0475 12 34 56").empty());
  // A spaced dash parts a role from the number after it.
  EXPECT_EQ(Scan("Valérie Mahieu, gestionnaire de dossier \u2013 02 627 23 48").size(), 1u);
  EXPECT_TRUE(Scan("dossier: 02 627 23 48").empty());
  EXPECT_TRUE(Scan("Belastingnummer 0475 12 34 56").empty());
  // A passport's number headed by a capital, after a call on the phone; a line's letter stays.
  EXPECT_TRUE(
      Scan("as you asked on the phone:\nPassport: Syrian passport no. N 013385627").empty());
  EXPECT_THAT(Texts("Passport no. on file; T 015 43 27 81"), ElementsAre("015 43 27 81"));
}

TEST(PhoneRecognizerTest, TheRestOfAnAccountNumberIsNoLine) {
  // After an IBAN's country, check digits and bank code (an invalid IBAN is no account either).
  for (const char* t :
       {"de nummers NL76 ABNA 0456 0937 63 en andere", "(IBAN NL76 ABNA 0456093763)"}) {
    EXPECT_TRUE(Scan(t).empty()) << t;
  }
  // Capitals without the country and check digits are no IBAN head.
  for (const char* t :
       {"Gsm KAREL 0475 12 34 56", "Gsm ABNA 0475 12 34 56", "Gsm NL 0475 12 34 56"}) {
    EXPECT_THAT(Texts(t), ElementsAre("0475 12 34 56")) << t;
  }
}

TEST(PhoneRecognizerTest, AnEnDashAfterThePrefix) {
  // Word's autocorrect turns " - " into an en dash.
  EXPECT_THAT(Texts("bel haar: 06 \u2013 18 30 27 64"), ElementsAre("06 \u2013 18 30 27 64"));
  EXPECT_THAT(Texts("gsm 0475 \u2013 12 34 56"), ElementsAre("0475 \u2013 12 34 56"));
}

TEST(PhoneRecognizerTest, RangesAndBlocksOfNumbersAreNoLines) {
  EXPECT_TRUE(Scan("Het nummerblok 050 72 47 00 \u2013 050 72 47 99 blijft behouden.").empty());
  EXPECT_TRUE(Scan("Chipnummers 0612000001 t/m 0612004999 hersteld").empty());
  EXPECT_TRUE(Scan("Serienummers 0412.338.905 t.e.m. 0412.339.950").empty());
  // Two lines in a signature, a number before a time: no range.
  EXPECT_EQ(Scan("+32 2 527 14 80 \u2013 0495/31.77.02").size(), 2u);
  EXPECT_EQ(Scan("SMS van +32 494 17 62 38 \u2013 07:48").size(), 1u);
}

TEST(PhoneRecognizerTest, LogLinesOfTimesAndAddressesHoldNoPhone) {
  EXPECT_TRUE(Scan("  06-11 14:03  84.106.22.177  login ok, GET /zaken -> 500").empty());
  EXPECT_THAT(Texts("Bel me om 14:03 op 0475 12 34 56."), ElementsAre("0475 12 34 56"));
}

TEST(PhoneRecognizerTest, MoreLabelsOfOtherNumbers) {
  for (const char* t : {"Werkbon:\t0471-22-0935", "Badgenummer:\t0470 2391 88",
                        "bestelbon 0471 188 203", "aanslagnummer 0412937755"}) {
    EXPECT_TRUE(Scan(t).empty()) << t;
  }
}

TEST(PhoneRecognizerTest, NineDigitsPassingTheElevenProofBesideABsnWordAreABsn) {
  EXPECT_THAT(Texts("Zijn BSN en gsm: 014884331, 0612345678"), ElementsAre("0612345678"));
  // A Belgian landline that fails the 11-proof stays one.
  EXPECT_THAT(Texts("Zijn BSN en tel: 014884332"), ElementsAre("014884332"));
}

TEST(PhoneRecognizerTest, AStructuredMessageIsNoPhone) {
  EXPECT_TRUE(
      Texts("Betaling op BE31 6727 5564 9956 met vermelding +++112/0442/10442+++.").empty());
  EXPECT_TRUE(Texts("Communication : ***090/9337/55493***").empty());
  EXPECT_THAT(Texts("Bel +32 475 12 34 56 of mail."), ElementsAre("+32 475 12 34 56"));
}

TEST(PhoneRecognizerTest, TheLineThatGetsAnSmsCode) {
  EXPECT_THAT(Texts("Mijn gsm voor de sms-code: +32 496 18 30 72."),
              ElementsAre("+32 496 18 30 72"));
  EXPECT_TRUE(Texts("Budgetcode: 0470 2391 88").empty());
  EXPECT_TRUE(Texts("Uw gsm-contractnummer: 0300018844").empty());
  EXPECT_TRUE(Texts("sms-referentie 0470221983").empty());
}

TEST(PhoneRecognizerTest, TheNumberKeptInAFile) {
  EXPECT_THAT(Texts("niet bereikt op het nummer dat in het dossier staat (0476 33 18 92)."),
              ElementsAre("0476 33 18 92"));
  EXPECT_THAT(Texts("j'appelle la patiente, numéro dans le dossier : 0476 83 55 20"),
              ElementsAre("0476 83 55 20"));
  EXPECT_THAT(Texts("Vous pouvez joindre le dossier au 02/511.48.27 (Mme Azzouzi)."),
              ElementsAre("02/511.48.27"));
  // A file's own number, or a number word on an earlier line, is no telephone.
  for (const char* t :
       {"Dossiernummer: 0476 83 55 20", "Zie dossier 0476 83 55 20.",
        "Het nummer volgt.\nDossier: 0476 83 55 20", "num\u00e9ro de dossier : 0476 83 55 20",
        "Schadegeval op het werk van Jan Peeters, dossier 04/2219.553."}) {
    EXPECT_TRUE(Texts(t).empty()) << t;
  }
}

TEST(PhoneRecognizerTest, SerialsCompoundLabelsExamplesAndCodes) {
  EXPECT_TRUE(Texts("Serienummers (bv. S/N 0470221983) staan in de inventaris.").empty());
  EXPECT_TRUE(Texts("Uw huurcontractnummer is 0300018844; vermeld dit altijd.").empty());
  EXPECT_TRUE(Texts("Het aanslagnummer staat eronder, bijvoorbeeld 0412937755.").empty());
  EXPECT_TRUE(Texts("SIP-trunk: ID 0507247000-TRK01, 30 gesprekken.").empty());
  // An example word further back, or a phone word after a number word, keeps the line.
  EXPECT_THAT(Texts("bel me bv morgen op 0475 12 34 56"), ElementsAre("0475 12 34 56"));
  EXPECT_THAT(Texts("Tel/gsm 0475 12 34 56"), ElementsAre("0475 12 34 56"));
  // A telephone word keeps a dotted number and a number before "/Fax"; "mon ex" is no example.
  EXPECT_THAT(Texts("Mijn gsm: 0475.123.456"), ElementsAre("0475.123.456"));
  EXPECT_THAT(Texts("Tel 03 456 78 90/Fax 03 456 78 91"),
              ElementsAre("03 456 78 90", "03 456 78 91"));
  EXPECT_THAT(Texts("Le gsm de mon ex : 0475 12 34 56"), ElementsAre("0475 12 34 56"));
  EXPECT_TRUE(Texts("votre numéro de dossier (p. ex. 0412 337 501)").empty());
  // Calling and texting words raise the score above a bare number's.
  for (std::string_view text : {"Appelle-moi au 0475 12 34 56 ce soir.",
                                "Stuur een sms naar 0475 12 34 56.", "WhatsApp: 0475 12 34 56"}) {
    const auto found = Scan(text);
    ASSERT_EQ(found.size(), 1u) << text;
    EXPECT_GT(found[0].score, kBarePhoneScore) << text;
  }
}

}  // namespace
}  // namespace vermeld
