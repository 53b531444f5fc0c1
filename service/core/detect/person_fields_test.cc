#include "core/detect/person_fields.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "core/detect/name_lists.h"

#include <string>
#include <vector>

namespace vermeld {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;

std::vector<std::string> Names(std::string_view text) {
  const ScanText scan(text);
  std::vector<Finding> found;
  FindFieldNames(scan, *LoadNameLists(VERMELD_DATA_DIR), found);
  std::vector<std::string> out;
  for (const Finding& f : found) out.emplace_back(text.substr(f.begin, f.end - f.begin));
  return out;
}

TEST(PersonFieldsTest, CellsUnderANameHeaderAreNames) {
  EXPECT_THAT(Names("Naam | Voornaam | Geboortedatum | Betaald\n"
                    "Yılmaz | Emir | 27.08.2014 | ja\nVan Acker | Lotte | 05.11.2016 | nee\n"),
              ElementsAre("Yılmaz", "Emir", "Van Acker", "Lotte"));
  EXPECT_THAT(Names("| Nom | Prénom | Classe |\n|---|---|---|\n| KABASELE MBUYI | Grâce | 3B |"),
              ElementsAre("KABASELE MBUYI", "Grâce"));
}

TEST(PersonFieldsTest, AFormComparingPeopleSideBySide) {
  EXPECT_THAT(Names("Champ | Arrivant 1 | Arrivant 2\nNOM | POPA | DE GROOT\n"
                    "Prénom | Ioana-Maria | Bram\nService | RH | Finances\n"),
              ElementsAre("POPA", "DE GROOT", "Ioana-Maria", "Bram"));
  // Price lists, permissions matrices and numbered offers of products name no one.
  EXPECT_THAT(Names("Doelgroep | Losse beurt | Tienbeurtenkaart\nKind | Gratis | Gratis\n"
                    "Medewerker | Gratis | Gratis\n"),
              IsEmpty());
  EXPECT_THAT(Names("Rol | Mailbox | Dossiers | Agenda\nMedewerker | Lezen | Lezen | Eigen\n"
                    "Behandelaar | Beheer | Schrijven | Gedeeld\n"),
              IsEmpty());
  EXPECT_THAT(Names("Criterium | Offerte 1 | Offerte 2\nPrijs | 20 | 30\n"
                    "Naam | Proximus Business | Telenet Business\n"),
              IsEmpty());
}

TEST(PersonFieldsTest, OtherColumnsAndOtherCellsAreNot) {
  // Not a name header, a cell with digits or an address, a key-value form with two columns.
  EXPECT_THAT(Names("Naam vereniging | Gemeente | Subsidie\nKFC Heist | Heist | 2.500\n"),
              IsEmpty());
  EXPECT_THAT(Names("Naam | Adres | Bedrag\nZaal 3 | Kerkstraat 1 | 20\n"), IsEmpty());
  EXPECT_THAT(Names("Naam | Gemeente | Bedrag\nStad Gent | Gent | 20\n"), IsEmpty());
  // A compound naming a venue or a street without a known name; with one it is a surname.
  EXPECT_THAT(Names("Project\tAanvrager\tBedrag\nOrgel\tCultuurcentrum Bolsward\t40.000\n"
                    "Zorg\tMarloes Wijnberg\t200\nRenovatie\tSint-Annakapel Bolsward\t40.000\n"),
              ElementsAre("Marloes Wijnberg"));
}

TEST(PersonFieldsTest, ValuesOfNameFields) {
  // A tab after the colon, as forms and police reports align their values.
  EXPECT_THAT(Names("Nom :\tKOWALCZYK\nPrénom :\tMagdalena\n"),
              ElementsAre("KOWALCZYK", "Magdalena"));
  EXPECT_THAT(Names("Nom :\t\t\tSignature\nNaam:\t\t\tHandtekening\n"), IsEmpty());
  // A two-column table with a header is no form: its headers are no field and value.
  EXPECT_THAT(Names("| Naam | Functie |\n|---|---|\n| Kobe Vanhaelewyn | stagiair |\n"),
              ElementsAre("Kobe Vanhaelewyn"));
  EXPECT_THAT(Names("Naam\tAanwezig\nKobe Vanhaelewyn\tja\n"), IsEmpty());
  // A key-value form typed as a grid.
  EXPECT_THAT(
      Names("| Achternaam | BAKKER-EL HADDOUCHI |\n| Voornamen | Samira |\n| Mobiel | 06 |\n"),
      ElementsAre("BAKKER-EL HADDOUCHI", "Samira"));
  EXPECT_THAT(Names("Nom : BENALI   Prénom : Fatima\nDate de naissance : 22/10/1981"),
              ElementsAre("BENALI", "Fatima"));
  // The English "name" column of an export names products too: a person has two words.
  EXPECT_THAT(Names("id,name,price\n1001,Billy,59.00\n1002,Jan Peeters,79.00\n"),
              ElementsAre("Jan Peeters"));
  // Dot leaders of a printed form.
  EXPECT_THAT(Names("ACHTERNAAM ............. WIJAYA\nVOORNAMEN .............. KEVIN ADITYA\n"
                    "GEBOORTEDATUM .......... 21-06-2013\nZie ... Naam ... later."),
              ElementsAre("WIJAYA", "KEVIN ADITYA"));
  // Who signed or saw the form, the family on it.
  EXPECT_THAT(Names("HANDTEKENING: Y. El Amrani    DATUM: 03/02/2025\n"
                    "GEZIEN LEIDINGGEVENDE: MERTENS K.\nGEZINSLEDEN: TRAN VAN LONG (PARTNER)"),
              ElementsAre("Y. El Amrani", "MERTENS K.", "TRAN VAN LONG"));
  EXPECT_THAT(Names("Naam + voornaam: KABASELE MBUYI Grâce\nnaam: lucas vanhoudt\n"),
              ElementsAre("KABASELE MBUYI Grâce", "lucas vanhoudt"));
  EXPECT_THAT(Names("Contactpersoon : Dirk Van Hoof (zoon) - 0475 33 90 12"),
              ElementsAre("Dirk Van Hoof"));
  EXPECT_THAT(Names("NOODCONTACT:   LINA AL-HASSAN (echtgenote)\nContact d'urgence : Paul Dubois"),
              ElementsAre("LINA AL-HASSAN", "Paul Dubois"));
  EXPECT_THAT(Names("Echtgenoot: Niet van toepassing\nContact d'urgence : Voir dossier"),
              IsEmpty());
  EXPECT_THAT(Names("Contactpersoon: Wouter Mol, w.mol@groenenzo.nl, 030 262 1148"),
              ElementsAre("Wouter Mol"));
  EXPECT_THAT(Names("Naam: Peeters, Jan\nNaam: dossier 12, bijlage"), ElementsAre("Peeters, Jan"));
  EXPECT_THAT(Names("Personne de contact : la mère, Mme Samira Tahiri, 0477 32 18 55"), IsEmpty());
  EXPECT_THAT(Names("Naam: ,jan@x.be"), IsEmpty());
  EXPECT_THAT(Names("Naam: VAN DEN BOSSCHE\nNaam: Den Haag\nNaam: Van den"),
              ElementsAre("VAN DEN BOSSCHE"));
  // A guardian; the other party or the insured of a claim only with a known name, firms being
  // parties and insured as often as people.
  EXPECT_THAT(Names("NAAM OUDER/VOOGD: EL HADDOUCHI, SALMA\nTEGENPARTIJ: VAN HAUWERMEIREN SOFIE\n"
                    "Tegenpartij: Proximus\nAssur\u00e9 : Ethias\nVerzekerde: Alle werknemers"),
              ElementsAre("EL HADDOUCHI, SALMA", "VAN HAUWERMEIREN SOFIE"));
  // The same in a table's column and after dot leaders.
  EXPECT_THAT(Names("| Dossier | Tegenpartij |\n|---|---|\n| 25-117 | Proximus |\n"
                    "| 25-118 | Sofie Claes |\nTEGENPARTIJ ....... ETHIAS\n"),
              ElementsAre("Sofie Claes"));
  // Other labels, values that are no names.
  EXPECT_THAT(Names("Naam vereniging: KFC Heist\nNaam: Gemeente Kapellen\nNaam: dossier 12\n"
                    "Naam van het project: Licht op de Zenne\nOnderwerp: naam: wijziging"),
              IsEmpty());
}

TEST(PersonFieldsTest, WhoFiledOrHandlesItButNotAFunction) {
  EXPECT_THAT(Names("Aangemeld door: els van de walle – ext. 2231"),
              ElementsAre("els van de walle"));
  EXPECT_THAT(Names("Gestionnaire : Sophie Lambert"), ElementsAre("Sophie Lambert"));
  EXPECT_THAT(Names("Beller: Ruben Mol (klant sinds 2019)\nHuurder: Mehmet Aydın"),
              ElementsAre("Ruben Mol", "Mehmet Aydın"));
  // A staff file names its subject "Collaboratrice", "Travailleur"; an insurance "Agent" is a
  // firm as often as a person.
  EXPECT_THAT(Names("Collaboratrice : Ilse Wuyts\nTravailleur : Mbuyi Kabasele\nAgent : Ethias"),
              ElementsAre("Ilse Wuyts", "Mbuyi Kabasele"));
  // A public service by its abbreviation in the "who" column is no one.
  EXPECT_THAT(Names("wat\twie\twanneer\nInfo thuisbegeleiding\tCLB\tvolgende keer\n"), IsEmpty());
  EXPECT_THAT(Names("Beller: Anoniem\nCaller: Unknown\nGetuige: Geen\nBeller: Onbekend nummer"),
              IsEmpty());
  EXPECT_THAT(Names("Opgesteld door: de financieel directeur"), IsEmpty());
  EXPECT_THAT(Names("Opgesteld door: ICT-coördinator"), IsEmpty());
  EXPECT_THAT(Names("Opgesteld door: Wmo-consulent\nBehandeld door: HR-adviseur"), IsEmpty());
  EXPECT_THAT(Names("Ingevoerd door: Systeem\nIngegeven door: Webformulier\nEntered by: Portal\n"
                    "Tolk: Arabisch"),
              IsEmpty());
  EXPECT_THAT(Names("Behandeld door: dienst burgerzaken"), IsEmpty());
  // Front-office records: who entered the file, an interpreter, a partner; a user agent is no one.
  EXPECT_THAT(Names("Encodé par : R. DE WERGIFOSSE\nAgent : Dupont M.-C.\nAgent: Mozilla Firefox"),
              ElementsAre("R. DE WERGIFOSSE", "Dupont M.-C."));
  EXPECT_THAT(
      Names("Tolk: Mohamad Jbara\nNAAM PARTNER: ÖZTÜRK, MEHMET\nPartner: KBC Verzekeringen"),
      ElementsAre("Mohamad Jbara", "ÖZTÜRK, MEHMET"));
}

TEST(PersonFieldsTest, QuotedReplyLinesAndTheNameOnACard) {
  EXPECT_THAT(Names("> Name on card: KATARZYNA NOWAK\n>> Naam: KABONGO\n> Kaarthouder: Ilse Wuyts"),
              ElementsAre("KATARZYNA NOWAK", "KABONGO", "Ilse Wuyts"));
}

TEST(PersonFieldsTest, ALabelAfterADashBetweenBlanks) {
  EXPECT_THAT(Names("6. Verzekeringnemer - Naam: VERSTRAETE  Voornaam: Dirk\nStudent \u2013 naam: "
                    "ILUNGA"),
              ElementsAre("VERSTRAETE", "Dirk", "ILUNGA"));
  // Other labels after a dash name nothing.
  EXPECT_THAT(Names("Project - Status: Open"), IsEmpty());
}

TEST(PersonFieldsTest, TheNameOfAMemberPlayerOrPatient) {
  EXPECT_THAT(Names("NAAM LID: DEMIR          VOORNAAM: EMRE\nNom du patient : SOEKHLAL, R."),
              ElementsAre("DEMIR", "EMRE", "SOEKHLAL, R."));
}

TEST(PersonFieldsTest, APhoneNotesCallerWithoutWhomTheyAreWith) {
  EXPECT_THAT(Names("Belde: Ahmet van de schoonmaakfirma, ze komen om 10u.\n"
                    "Terugbellen: Ilse van het onthaal\nNaam: jan van den berg"),
              ElementsAre("Ahmet", "Ilse", "jan van den berg"));
  // Nor before a listed surname's word in lower case: the surname would be left unreported.
  EXPECT_THAT(Names("Naam: Jan van den berg\nContactpersoon: Peter de vries, 0470 12 34 56"),
              ElementsAre("Jan van den berg", "Peter de vries"));
  // Not a cut that leaves a word no list knows: "Véhicule de service".
  EXPECT_THAT(Names("Naam: V\u00E9hicule de service"), IsEmpty());
}

TEST(PersonFieldsTest, TheParticleTAndInitialsAsALabel) {
  EXPECT_THAT(Names("Naam + voorletters: VAN 'T SCHIP, G.W. (GERRIT)\n"
                    "Naam: MIRJAM KLEIN-VAN 'T SCHIP (dochter)"),
              ElementsAre("VAN 'T SCHIP, G.W.", "MIRJAM KLEIN-VAN 'T SCHIP"));
  // An apostrophe opens no other word, nor a business's name ("'t Hoekske").
  EXPECT_THAT(Names("Naam: 'S HERTOGEN\nNaam: 'T\nVoornaam: 'Tijl'\nNaam: VAN 'T"), IsEmpty());
  EXPECT_THAT(Names("Naam | Adres | Gemeente\n'T HOEKSKE | Kerkstraat 12 | Geel\n"
                    "'t Pleintje | Markt 1 | Mol\n"),
              IsEmpty());
}

TEST(PersonFieldsTest, LabelsWithAPluralMarkOrJoinedByAComma) {
  EXPECT_THAT(
      Names("Prénom(s) : JÉRÉMIE-PROSPER\nVoornaam(en): Ahmet\nRequérant(e) : Sarah Lambert"),
      ElementsAre("JÉRÉMIE-PROSPER", "Ahmet", "Sarah Lambert"));
  EXPECT_THAT(
      Names(
          "| Nom, prénom | Lien | Né(e) le |\n| N'DIAYE-KABILA, Grâce | conjointe | 03/12/1989 |"),
      ElementsAre("N'DIAYE-KABILA, Grâce"));
  // A bracket that is no plural mark: a note, or a blank before it.
  EXPECT_THAT(Names("Naam (zie bijlage): Ahmet\nNaam (x): Ahmet"), IsEmpty());
}

TEST(PersonFieldsTest, AFunctionAfterACommaIsNoPartOfTheName) {
  EXPECT_THAT(Names("Reçu par : Ilunga B., assistant social\nNaam: Dupont, Marie"),
              ElementsAre("Ilunga B.", "Dupont, Marie"));
  // "Reçu par" is weak: a way of delivery or a carrier receives too.
  EXPECT_THAT(Names("Reçu par : Recommandé\nReceived by: DHL\nOntvangen door: Onthaal"), IsEmpty());
  // The particles of the surname after the given name or initial stay in the name.
  EXPECT_THAT(Names("Naam: Berg, Jan van den\nNaam: Boer, P. de"),
              ElementsAre("Berg, Jan van den", "Boer, P. de"));
}

TEST(PersonFieldsTest, NamesInQuotesOnADoorbellOrLetterbox) {
  EXPECT_THAT(Names("rue des Coteaux 112, sonnette \"Mbuyi-Kabongo\" au 2e\n"
                    "sur la bo\u00EEte aux lettres \u00AB\u00A0Nowak / Kowalski\u00A0\u00BB\n"
                    "2de verdieping, aan de bel: \"AYDIN & KAYA\""),
              ElementsAre("Mbuyi-Kabongo", "AYDIN", "KAYA", "Nowak", "Kowalski"));
  // Not what no name bears, nor a value that is no name, nor the verb "bel"; a plain word on a
  // doorbell and a firm on an account's holder line need a known name.
  EXPECT_THAT(Names("zie de folder \"Welkom Thuis\"\nde bel \"werkt niet\"\n"
                    "bel \"Child Focus\"\nsonnette \"Klantendienst\"\n"
                    "drukken op de bel \"Leveringen\"\nsonnette \u00AB Livraisons \u00BB\n"
                    "de naam op de rekening \"Proximus\"\nnom sur le compte \u00AB Belfius \u00BB"),
              IsEmpty());
  EXPECT_THAT(Names("de naam op de rekening \"F. van Dam-Kuijpers\"\naan de bel \"Peeters\""),
              ElementsAre("F. van Dam-Kuijpers", "Peeters"));
  // An inch mark opens nothing; single and low-high quotes.
  EXPECT_THAT(Names("2 schermen van 27\", af te geven aan de deurbel \"Peeters\".\n"
                    "aan de bel 'Mbuyi-Kabongo'\naan de bel \u201EMbuyi-Kabongo\u201D"),
              ElementsAre("Peeters", "Mbuyi-Kabongo", "Mbuyi-Kabongo"));
}

TEST(PersonFieldsTest, TheNameOfSomeoneInARoleAndAlignedColons) {
  EXPECT_THAT(Names("Naam aanvrager         : DE WOLF\nVoornaam               : MARIE-JOS\u00C9\n"
                    "naam melder: annemiek de vries\nNom du demandeur : Kabongo Mireille"),
              ElementsAre("DE WOLF", "MARIE-JOS\u00C9", "annemiek de vries", "Kabongo Mireille"));
  // A firm or a club fills a role too: the value needs a listed name.
  EXPECT_THAT(Names("Naam aanvrager: Okapi Events\nNaam huurder: Fanfare Sint-Cecilia"), IsEmpty());
  // Only a role that is a name label, a function or a relation: not a supplier, a school, a
  // project, a server or a product.
  EXPECT_THAT(Names("Naam leverancier: Jan Peeters bv\nNaam school: Sint-Jan Berchmans\n"
                    "Naam project: Iris\nNom du produit : Sofia\nNaam server: Nova"),
              IsEmpty());
}

TEST(PersonFieldsTest, LabelsInCapitalsWithAccents) {
  EXPECT_THAT(Names("PRÉNOM / VOORNAAM : ARBËR\nNOM + PRÉNOM : HOXHA BLERTA"),
              ElementsAre("ARBËR", "HOXHA BLERTA"));
}

TEST(PersonFieldsTest, ABodyInANameFieldIsNoName) {
  EXPECT_THAT(Names("Client : Zone de police Bruxelles-Ouest - Service Logistique"), IsEmpty());
}

TEST(PersonFieldsTest, LabelsOfForeignPapers) {
  EXPECT_THAT(Names("Nazwisko / Surname: W\u00D3JCIK\nImiona / Given names: \u0141UKASZ PIOTR\n"
                    "Prenume: Ionu\u021B"),
              ElementsAre("W\u00D3JCIK", "\u0141UKASZ PIOTR", "Ionu\u021B"));
}

TEST(PersonFieldsTest, ANameInAnotherScriptAfterANameLabel) {
  EXPECT_THAT(
      Names("Naam: Karimi, Mohammad Reza\nNaam / Name: "
            "\u0645\u062D\u0645\u062F\u0631\u0636\u0627 \u06A9\u0631\u06CC\u0645\u06CC\n"),
      ElementsAre("Karimi, Mohammad Reza",
                  "\u0645\u062D\u0645\u062F\u0631\u0636\u0627 \u06A9\u0631\u06CC\u0645\u06CC"));
  // Not after a field that names no one.
  EXPECT_THAT(Names("Opmerking: \u0645\u062D\u0645\u062F\u0631\u0636\u0627\n"), IsEmpty());
}

TEST(PersonFieldsTest, LettersInBracketsInsideALabel) {
  // "Voorna(a)m(en)" stands for "voornaam" and "voornamen"; an ending before a blank goes.
  EXPECT_THAT(Names("PRÉNOM(S) / VOORNA(A)M(EN) : YOUSSEF\nNaam(en) deelnemer(s): Sara Xqz"),
              ElementsAre("YOUSSEF", "Sara Xqz"));
}

TEST(PersonFieldsTest, DotLeadersBeforeTheColon) {
  EXPECT_THAT(Names("NAAM .................: VERMEULEN-DE SMET\nVOORNAAM ......: INGRID"),
              ElementsAre("VERMEULEN-DE SMET", "INGRID"));
}

TEST(PersonFieldsTest, AContactOnARegistrationForm) {
  EXPECT_THAT(Names("2de contact: FATIMA BOUZIANE (mama) \u2013 0032 472 90 41 38"),
              ElementsAre("FATIMA BOUZIANE"));
  // Weak: a desk or a service is a contact too.
  EXPECT_THAT(Names("Contact: Dienst Burgerzaken\ncontact: Helpdesk Noord"), IsEmpty());
}

TEST(PersonFieldsTest, NumberedLabels) {
  EXPECT_THAT(Names("OUDER/VOOGD 2: DEMIR KEMAL – GSM 0486 03 77 21\nKind 1: Yara"),
              ElementsAre("DEMIR KEMAL", "Yara"));
  // The number is the label's last word, after a blank: not "Artikel 5", not "Lokaal A12".
  EXPECT_THAT(Names("Artikel 5: Vanaf nu\nNaam12: Kemal"), IsEmpty());
  // Numbered labels head options as often as people: their values need a known name.
  EXPECT_THAT(Names("Deelnemer 1: Positief\nKind 1: Zwemmen of Tennis\nOuder 1: Aanwezig"),
              IsEmpty());
}

TEST(PersonFieldsTest, PassengerNamesOfABooking) {
  EXPECT_THAT(Names("1. VAN ACKER / LOTTE MS \u2013 passport EM418205\n2. NGUYEN/MINH MR\n"
                    "3. \u015EAH\u0130N / EL\u0130F SENA MRS (infant)"),
              ElementsAre("VAN ACKER / LOTTE", "NGUYEN/MINH", "\u015EAH\u0130N / EL\u0130F SENA"));
  // Without a title, capitals around a slash name no one.
  EXPECT_THAT(Names("DEC/JAN, TCP/IP, NL/FR, PEETERS/JAN"), IsEmpty());
  // Nor with "MS" or "MR" before another word or a number: Microsoft, a route.
  EXPECT_THAT(Names("Scope: AZURE / ENTRA MS Graph API\nVPN / RADIUS MS NPS\nBRU / ROMA MR 2024"),
              IsEmpty());
}

TEST(PersonFieldsTest, NamesBeforeABirthCue) {
  EXPECT_THAT(Names("KINDEREN TEN LASTE:\n- DANYLO KOVALENKO, °03/07/2016\n"),
              ElementsAre("DANYLO KOVALENKO"));
  EXPECT_THAT(Names("Kinderen: Sami Kimbelu (°2015) en Noah Kimbelu, geboren op 4 mei 2018."),
              ElementsAre("Sami Kimbelu", "Noah Kimbelu"));
  EXPECT_THAT(Names("Inscription de Fatima Mbemba, née le 12/03/2015"),
              ElementsAre("Fatima Mbemba"));
  // Unknown words in mixed case name a choir, a radio, a file as well ("(°1995)": founded).
  EXPECT_THAT(Names("Kinderkoor Kadanza (°1995), Radio Tante Agaat (°2003). Dossier Xavro "
                    "Kimbelu, geboren op 4 mei 2018."),
              IsEmpty());
  // A class code, a relative in lower case, a place "born and raised": no name.
  EXPECT_THAT(Names("Ik meld Lucas aan (5B, ° 14/06/2015). Mijn moeder, geboren in 1950."),
              IsEmpty());
  EXPECT_THAT(Names("Brussel, geboren en getogen, blijft trouw."), IsEmpty());
  // A word opening the sentence before a known name is no part of it.
  EXPECT_THAT(Names("Merci. Pour Sami, né le 26 janvier 2019, j'ai son numéro."),
              ElementsAre("Sami"));
}

TEST(PersonFieldsTest, TheWhoColumnOfAnActionList) {
  EXPECT_THAT(Names("wat\twie\ttegen\nhandleiding onthaal\tGökhan\t20/03\n"
                    "interimaanvraag\tAn\t14/03\nnieuwe folder\tdienst communicatie\t1/4\n"),
              ElementsAre("Gökhan", "An"));
  // A service or team does it as often: the value needs a known name.
  EXPECT_THAT(Names("| actie | wie | wanneer |\n| evacuatieplan | Preventie | 2 mei |\n"
                    "| rooster | Ostyn | 3 mei |\n| folder | Sofie | 4 mei |\n"),
              ElementsAre("Sofie"));
  // A service's staff member, not named.
  EXPECT_THAT(Names("| actie | wie | wanneer |\n| overleg ouders | CLB-medewerker | 2 april |\n"
                    "| verslag | Medewerkster | 3 april |\n"),
              IsEmpty());
}

}  // namespace
}  // namespace vermeld
