#include "core/detect/confidential.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>

namespace vermeld {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;

std::vector<std::string> Markers(std::string_view text, std::vector<std::string> extra = {}) {
  std::vector<std::string> r;
  for (const auto& f : FindConfidentialMarkers(text, extra)) {
    EXPECT_EQ(text.substr(f.begin, f.end - f.begin), f.marker);
    r.push_back(f.marker);
  }
  return r;
}

TEST(ConfidentialTest, TrailingLabelsAndBilingualPairs) {
  EXPECT_THAT(Markers("Confidentiel / Vertrouwelijk - Demande de transfert"),
              ElementsAre("Confidentiel", "Vertrouwelijk"));
  EXPECT_THAT(Markers("RAPPORT SOCIAL - demande d'aide sociale - Confidentiel\nRéf. 12"),
              ElementsAre("Confidentiel"));
  EXPECT_THAT(Markers("NOTE AU COLLÈGE / NOTA AAN HET COLLEGE – Intern / Interne\nObjet"),
              ElementsAre("Intern / Interne"));
  EXPECT_THAT(Markers("Gemeente Zaventem – Personeelsdienst            Vertrouwelijk\n"),
              ElementsAre("Vertrouwelijk"));
  EXPECT_THAT(Markers("CHANGELOG\nIntern gebruik\n\nv4.12.0"), ElementsAre("Intern gebruik"));
  EXPECT_THAT(Markers("Intakeformulier schuldhulpverlening - Stadsbank Noord (vertrouwelijk)\n"),
              ElementsAre("vertrouwelijk"));
  EXPECT_TRUE(Markers("Een overleg (intern) met de dienst.\n").empty());
  EXPECT_THAT(Markers("Verslag teamoverleg (intern)\n\nAanwezig: ..."), ElementsAre("intern"));
  EXPECT_THAT(Markers("Van: x\nOnderwerp: planning (intern)\nDag"), ElementsAre("intern"));
  // A key that names what it classifies; a phrase of the intended readers.
  EXPECT_THAT(Markers("KvK 17043218.\nClassificatie van dit bericht: Intern\n"),
              ElementsAre("Classificatie van dit bericht: Intern"));
  EXPECT_THAT(Markers("Transportgroep nv. Dit bericht is bestemd voor intern gebruik."),
              ElementsAre("bestemd voor intern gebruik"));
  // A strong label as the whole value of a form's field; not a sentence after a label.
  EXPECT_THAT(Markers("AANVRAAGFORMULIER\nIngevuld formulier: Vertrouwelijk\n1. Aanvrager"),
              ElementsAre("Vertrouwelijk"));
  EXPECT_TRUE(Markers("Opmerking: dit blijft vertrouwelijk\n").empty());
  // Not a password, a chat's answer or a title, which "geheim" and "secret" are as well.
  for (const char* t :
       {"Wachtwoord wifi: geheim\nVergaderzaal 3",
        "Sofie: wat krijgt ze als cadeau?\nJan: geheim\nSofie: ok",
        "Titel van het boek: Secret\nAuteur: R. Byrne", "Le mot de passe : secret"}) {
    EXPECT_TRUE(Markers(t).empty()) << t;
  }
  // The label after a spaced dash closes the bracket it opened the line's remark with.
  EXPECT_THAT(Markers("export.csv (gegenereerd 26/06 07:02 \u2013 Strikt persoonlijk)\n\nnr;naam"),
              ElementsAre("Strikt persoonlijk"));
  EXPECT_TRUE(
      Markers("Vacature boekhouder (voltijds - intern)\nParkeren (plaatsen - beperkt)\n").empty());
  // Not a weak label in brackets on a later line: an agenda item, a sign.
  for (const char* t :
       {"Agenda\n10:00 Teamoverleg (intern)\n", "Borden\nParking (restricted)\n",
        "Nota\nToegang tot de serverruimte (beperkt)", "besproken (vertrouwelijk\nen"}) {
    EXPECT_TRUE(Markers(t).empty()) << t;
  }
  EXPECT_TRUE(Markers("Type:\tintern\nKlasse:    extern").empty());
  // In prose, not after a spaced dash at the end of the line.
  EXPECT_TRUE(Markers("Dit is een interne nota - of niet.\nHet blijft intern").empty());
  EXPECT_TRUE(
      Markers("Dit is voor intern gebruik bedoeld; de interne verspreiding volgt.").empty());
}

TEST(ConfidentialTest, ExplicitPhrasesCountAnywhere) {
  EXPECT_THAT(Markers("Deze nota is strikt vertrouwelijk."), ElementsAre("strikt vertrouwelijk"));
  EXPECT_THAT(Markers("Alleen voor intern gebruik"), ElementsAre("Alleen voor intern gebruik"));
  EXPECT_THAT(Markers("Gelieve dit niet verspreiden aub"), ElementsAre("niet verspreiden"));
  EXPECT_THAT(Markers("Strikt persoonlijk\n\nDhr. Yildirim"), ElementsAre("Strikt persoonlijk"));
  EXPECT_THAT(Markers("Uw pincode is strikt persoonlijk. Wij delen uw gegevens niet met derden."),
              IsEmpty());
  EXPECT_THAT(Markers("n° 47 – novembre 2025 – Diffusion interne uniquement"),
              ElementsAre("Diffusion interne uniquement"));
  EXPECT_THAT(Markers("In te vullen door de ouders – Vertrouwelijk, enkel voor de zorgcoördinator"),
              ElementsAre("Vertrouwelijk, enkel voor"));
  EXPECT_THAT(Markers("Rapport – Confidentiel, réservé au médecin du travail"),
              ElementsAre("Confidentiel, réservé au"));
  // Disclaimers and survey notices say it in a sentence, also wrapped to a line's start; a list
  // of levels names them.
  for (const char* t : {"Disclaimer: dit bericht is\nvertrouwelijk, uitsluitend bestemd voor de "
                        "geadresseerde.",
                        "We kennen vier niveaus: Publiek – Intern – Vertrouwelijk – Geheim, zie "
                        "bijlage 2.",
                        "Disclaimer: dit bericht is vertrouwelijk, uitsluitend bestemd voor de "
                        "geadresseerde.",
                        "Ce courriel est confidentiel, destiné à l'usage exclusif du destinataire.",
                        "Uw antwoorden worden vertrouwelijk, enkel voor statistische doeleinden, "
                        "verwerkt."}) {
    EXPECT_THAT(Markers(t), IsEmpty()) << t;
  }
  EXPECT_THAT(Markers("Staat nog voluit in de mail, dus aub niet verder doorsturen."),
              ElementsAre("niet verder doorsturen"));
  // A closed session's agenda is labelled; prose about one is not.
  EXPECT_THAT(Markers("Zitting van 20 oktober\nNiet openbaar\n\n1. Notulen"),
              ElementsAre("Niet openbaar"));
  EXPECT_THAT(Markers("De zitting is niet openbaar, zegt de voorzitter."), IsEmpty());
  EXPECT_THAT(Markers("Intern document – versie 1.3"), ElementsAre("Intern document"));
  EXPECT_THAT(Markers("Persbericht – niet voor publicatie vóór 10 uur"),
              ElementsAre("niet voor publicatie vóór"));
  EXPECT_TRUE(Markers("Noot voor de redactie, niet voor publicatie:\nMeer info bij").empty());
  EXPECT_THAT(Markers("Onderwerp: Vertrouwelijk – tuchtdossier"), ElementsAre("Vertrouwelijk"));
  EXPECT_THAT(Markers("Onderwerp: RE: Vertrouwelijk – planning"), ElementsAre("Vertrouwelijk"));
  EXPECT_THAT(Markers("Subject: Antw: Fwd: Confidential - HR case"), ElementsAre("Confidential"));
  EXPECT_THAT(Markers("Objet : Confidentiel – licenciement"), ElementsAre("Confidentiel"));
  EXPECT_TRUE(Markers("INTERNE NOTA\nAan: het college").empty());
  EXPECT_TRUE(Markers("Onderwerp: interne verhuis van de dienst").empty());
  EXPECT_THAT(Markers("Document à usage interne, ne pas diffuser."),
              ElementsAre("usage interne", "ne pas diffuser"));
  EXPECT_THAT(Markers("Please do not distribute. Internal only."),
              ElementsAre("do not distribute", "Internal only"));
  EXPECT_THAT(Markers("Concept - niet verspreiden"), ElementsAre("Concept", "niet verspreiden"));
  EXPECT_THAT(Markers("Medisch vertrouwelijk – uitsluitend voor de adviseur"),
              ElementsAre("Medisch vertrouwelijk"));
  EXPECT_THAT(Markers("Pli confidentiel - à ouvrir par le destinataire\nDocument confidentiel\n"),
              ElementsAre("Pli confidentiel", "Document confidentiel"));
  EXPECT_THAT(Markers("Le rapport est envoyé sous pli confidentiel au médecin-conseil."),
              IsEmpty());
}

TEST(ConfidentialTest, LabelWordsCountAsHeadings) {
  EXPECT_THAT(Markers("Vertrouwelijk\n\nBeste collega's,"), ElementsAre("Vertrouwelijk"));
  EXPECT_THAT(Markers("Onderwerp: budget\nIntern: bespreking op dinsdag"), ElementsAre("Intern"));
  EXPECT_THAT(Markers("  * Confidentiel\r\nBonjour"), ElementsAre("Confidentiel"));
  EXPECT_THAT(Markers("[Intern] Verslag teamoverleg"), ElementsAre("Intern"));
  EXPECT_THAT(Markers("Confidential - prepared for the board"), ElementsAre("Confidential"));
  EXPECT_THAT(Markers("Embargo: 12 maart 2025, 10.00 uur"), ElementsAre("Embargo"));
}

TEST(ConfidentialTest, CapitalsCountAnywhere) {
  EXPECT_THAT(Markers("Nota aan het college — VERTROUWELIJK"), ElementsAre("VERTROUWELIJK"));
  EXPECT_THAT(Markers("DRAFT v2 of the report"), ElementsAre("DRAFT"));
  EXPECT_THAT(Markers("CONFIDENTIEL – SECRET MÉDICAL\nNom : LUNGU"),
              ElementsAre("CONFIDENTIEL", "SECRET MÉDICAL"));
  EXPECT_THAT(Markers("Certificat – SECRET MEDICAL\nNom : LUNGU"), ElementsAre("SECRET MEDICAL"));
  EXPECT_THAT(Markers("Enveloppe fermée, mention : SECRET MÉDICAL"), ElementsAre("SECRET MÉDICAL"));
  // A programme's topic, a table's cell.
  for (const char* t : {"Programme de la formation\n- Secret médical\n- RGPD et dossiers",
                        "09:30 – Secret médical", "| 1 | Secret médical |"}) {
    EXPECT_THAT(Markers(t), IsEmpty()) << t;
  }
  // In prose or a programme's title it is a doctor's duty or a topic, no marking.
  EXPECT_THAT(Markers("Le médecin est tenu au secret médical."), IsEmpty());
  EXPECT_THAT(Markers("09:30 SECRET MÉDICAL ET RGPD : CE QUI CHANGE"), IsEmpty());
  EXPECT_THAT(Markers("ZONE DE POLICE (5339) – Confidentiel – diffusion limitée au parquet"),
              ElementsAre("Confidentiel"));
  EXPECT_THAT(Markers("Slack – #incident-2025-007 – Confidential – IT & DPO"),
              ElementsAre("Confidential"));
  EXPECT_THAT(Markers("Ze zei – vertrouwelijk – dat het klopt."), IsEmpty());
}

TEST(ConfidentialTest, SensitivityLabels) {
  EXPECT_THAT(Markers("Sensitivity: Confidential"), ElementsAre("Sensitivity: Confidential"));
  EXPECT_THAT(Markers("Classificatie: Intern"), ElementsAre("Classificatie: Intern"));
  EXPECT_THAT(Markers("Gevoeligheidslabel: Strikt vertrouwelijk"),
              ElementsAre("Gevoeligheidslabel: Strikt vertrouwelijk"));
  EXPECT_THAT(Markers("Share as TLP:AMBER+STRICT only"), ElementsAre("TLP:AMBER+STRICT"));
  EXPECT_THAT(Markers("TLP: RED"), ElementsAre("TLP: RED"));
  // A document's status or distribution said so.
  EXPECT_THAT(Markers("Versie 1.2\nStatus: Intern \u2013 ontwerp voor de stuurgroep"),
              ElementsAre("Status: Intern"));
  EXPECT_THAT(Markers("r\u00e8gles RGPD (v1.3)\nDiffusion : Interne\n"),
              ElementsAre("Diffusion : Interne"));
  EXPECT_THAT(Markers("Status: goedgekeurd\nVerspreiding: alle medewerkers"), IsEmpty());
}

TEST(ConfidentialTest, PublicLabelsDoNotCount) {
  EXPECT_THAT(Markers("Classificatie: Openbaar"), IsEmpty());
  EXPECT_THAT(Markers("Sensitivity: Public"), IsEmpty());
  EXPECT_THAT(Markers("TLP:CLEAR en TLP:GREEN"), IsEmpty());
}

TEST(ConfidentialTest, OrdinaryProseDoesNotTrigger) {
  for (const char* t :
       {"Er is een interne vergadering om 10 uur.", "The internal market needs rules.",
        "Intern-gemeentelijke samenwerking groeit.", "We behandelen uw gegevens vertrouwelijk.",
        "Internal audits start in May.", "Het concept van de nota is klaar.",
        "Concept: een nieuwe aanpak voor mobiliteit", "Het embargo op Rusland blijft.",
        "Les réunions internes ont lieu le lundi.",
        "Dit bericht kan vertrouwelijke informatie "
        "bevatten.",
        "Interne communicatie verbetert."}) {
    EXPECT_THAT(Markers(t), IsEmpty()) << t;
  }
}

TEST(ConfidentialTest, PolicyMarkersAreAdded) {
  EXPECT_THAT(Markers("Dit is een Kabinetsnota (B).", {"kabinetsnota (b)"}),
              ElementsAre("Kabinetsnota (B)"));
  EXPECT_THAT(Markers("Kabinetsnotaris", {"kabinetsnota"}), IsEmpty());
  EXPECT_THAT(Markers("tekst", {"", "  "}), IsEmpty());
}

TEST(ConfidentialTest, OverlappingMarkersAreReportedOnce) {
  EXPECT_THAT(Markers("STRIKT VERTROUWELIJK"), ElementsAre("STRIKT VERTROUWELIJK"));
}

TEST(ConfidentialTest, ClassLabelsAndInternalUse) {
  EXPECT_THAT(Markers("Security-melding SOC\nKlasse: Intern gebruik\n\nAfwijkende aanmeldingen"),
              ElementsAre("Klasse: Intern gebruik"));
  EXPECT_THAT(Markers("Leerling: Sam\nKlasse: 3B\n"), IsEmpty());
}

TEST(ConfidentialTest, AStrongLabelOpeningAShortTitle) {
  EXPECT_THAT(Markers("(personeelsdienst)\nVertrouwelijk personeelsdossier\n\nDEEL 1"),
              ElementsAre("Vertrouwelijk"));
  EXPECT_THAT(Markers("Objet : TR: Reprise de M. Kabeya – Confidentiel RH\n"),
              ElementsAre("Confidentiel"));
  EXPECT_THAT(Markers("Dossier 2025.004.881 – Vertrouwelijk – medisch geheim\n"),
              ElementsAre("Vertrouwelijk"));
  EXPECT_THAT(Markers("Volet destiné au médecin-conseil – Confidentiel (secret médical)\n"),
              ElementsAre("Confidentiel"));
  // A sentence, or a longer title, is no label; nor "Intern overleg".
  EXPECT_TRUE(Markers("Vertrouwelijk behandelen we al uw gegevens.").empty());
  EXPECT_TRUE(Markers("Intern overleg\nAgenda").empty());
  // Prose wrapped at a line end: the label would be capitalised.
  EXPECT_TRUE(
      Markers("Wij zullen uw gegevens altijd\nvertrouwelijk behandelen\nen nooit doorgeven.")
          .empty());
  EXPECT_TRUE(Markers("This policy covers\nconfidential computing\nworkloads.").empty());
}

}  // namespace
}  // namespace vermeld
