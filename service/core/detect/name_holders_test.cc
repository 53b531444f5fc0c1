#include "core/detect/name_holders.h"

#include <gtest/gtest.h>

#include <string>
#include <tuple>
#include <utility>

namespace vermeld {
namespace {

// Whether the name `name` (its first occurrence) in `text` stands in a place or firm name.
bool Held(const std::string& text, const std::string& name) {
  static const auto holders = NameHolders::Load(VERMELD_DATA_DIR);
  const size_t at = text.find(name);
  EXPECT_NE(at, std::string::npos) << name;
  return holders->Holds(text, at, at + name.size());
}

TEST(NameHoldersTest, PlacesVenuesInstitutionsAndFirmsHoldNames) {
  const std::pair<const char*, const char*> cases[] = {
      {"fermée entre la place Fernand Cocq et la place Flagey", "Fernand Cocq"},
      {"Infoavond in zaal De Roos om 19.30 uur.", "De Roos"},
      {"vertegenwoordigers van AZ Jan Palfijn en het OCMW", "Jan Palfijn"},
      {"un potager au parc de la Porte de Hal", "Porte de Hal"},
      {"Menuiserie Lambert SRL, n° TVA", "Lambert"},
      {"aannemer Wegenbouw De Wilde NV.", "De Wilde"},
      {"Drukkerij Peeters & Zonen", "Peeters"},
      {"Cabinet d'avocats Renard, avenue Louise", "Renard"},
      {"De : Gestion Immobilière Delcourt <syndic@...>", "Delcourt"},
      {"Notulen Smit & Visser Transport", "Smit"},
      {"geleverd door Jansen B.V. in Utrecht", "Jansen"},
      {"de Prijs Jan Hoet voor kunst in de school", "Jan Hoet"},
      {"het Dr. Hendrik Muller Fonds groeide", "Hendrik Muller"},
      {"in aanwezigheid van Koning Willem-Alexander", "Willem-Alexander"},
      {"ter ere van Koning Willem I", "Koning Willem I"},
      {"voor de tramhalte Astrid", "Astrid"},
      {"wandelen naar de Maria Hoeve in Heeze", "Maria Hoeve"},
      {"een klas erbij in de École Émile Jacqmain", "Émile Jacqmain"},
      {"de wedstrijd in het Jan Breydel en de Frans Van Cauwelaert", "Jan Breydel"},
      {"un concert au Jacques Franck ou à la Marie Curie", "Marie Curie"},
      {"lunch and posters in the Marie Janson hall", "Marie Janson"},
      {"la nouvelle venelle : « Sentier Marie Gevers »", "Marie Gevers"},
      {"la salle de sport Victor Boin est fermée", "Victor Boin"},
      {"een sms van onze transportpartner Van Moer Logistics.", "Van Moer"},
      {"Offerte van Claes Consulting, geldig tot mei", "Claes"},
      // One word between the name and a legal form.
      {"Senior consultant | Van Rijn Advies B.V.", "Van Rijn"},
      {"offerte van Peeters Bouw NV ontvangen", "Peeters"},
      // A joint venture named after its partners.
      {"réalisé par l'association momentanée Dufour-Lambotte, l'ouvrage", "Dufour-Lambotte"},
      {"De THV Peeters-Claes bouwt de brug.", "Peeters-Claes"},
      {"en r\u00E9seau avec le Centre Hospitalier Jean Titeca et", "Jean Titeca"},
      // In quotes after the holder or article.
      {"et la salle de réunion « Marie Gevers » pourront", "Marie Gevers"},
      {"het zeilende vrachtschip 'Johanna Louisa', de stoomsleepboot", "Johanna Louisa"},
      {"naar de haven gesleept: het schip, de \u201CCatharina Maria\u201D.", "Catharina Maria"},
  };
  for (const auto& [text, name] : cases) EXPECT_TRUE(Held(text, name)) << text;
}

TEST(NameHoldersTest, ALegalFormAfterAFunctionOrAColumnHoldsNoName) {
  EXPECT_FALSE(Held("Met dank aan Jan Peeters. Bouw NV is akkoord.", "Jan Peeters"));
  EXPECT_FALSE(Held("Met dank aan Jan Peeters\nBouw NV", "Jan Peeters"));
  EXPECT_FALSE(Held("Aanwezig: Jan Peeters Voorzitter VZW", "Jan Peeters"));
  EXPECT_FALSE(Held("Offerte opgemaakt door Tom Peeters Zaakvoerder BVBA", "Tom Peeters"));
  EXPECT_FALSE(Held("Contactpersoon: Marc Dubois G\u00E9rant SPRL", "Marc Dubois"));
  EXPECT_FALSE(Held("Koen Wouters    Proximus NV", "Koen Wouters"));
}

TEST(NameHoldersTest, PublicFiguresAreNoPrivatePersons) {
  EXPECT_TRUE(Held("een lezing over René Magritte en Ensor", "René Magritte"));
  EXPECT_TRUE(Held("een lezing over René Magritte en Ensor", "Ensor"));
  EXPECT_TRUE(Held("brieven van Vincent van Gogh aan Theo", "Vincent van Gogh"));
  EXPECT_TRUE(Held("\"Jip en Janneke\" naast hedendaagse illustratoren", "Janneke"));
  EXPECT_TRUE(Held("de Japanse prenten die Vincent van Gogh verzamelde", "Vincent"));
  EXPECT_TRUE(Held("het leven van Pater Damiaan op Molokai", "Damiaan"));
  // A full name many living people carry is a colleague's.
  EXPECT_FALSE(Held("Van: Pieter-Jan De Smet, dienst mobiliteit", "Pieter-Jan De Smet"));
  EXPECT_TRUE(Held("Het Koning Willem I College nodigt u uit", "Koning"));
  EXPECT_TRUE(Held("een avond rond Leonardo da Vinci", "Leonardo"));
  EXPECT_TRUE(Held("\u00ab Les aventures de Bob et Bobette \u00bb", "Bob"));
  EXPECT_TRUE(Held("Congrès avec Patrice Lumumba et Paul Panda Farnana", "Patrice Lumumba"));
  // A firm named after its founder, alone; someone of that name in full stays someone.
  EXPECT_TRUE(Held("sanitair besteld bij Van Marcke in Kortrijk", "Van Marcke"));
  EXPECT_FALSE(Held("gesprek met Jan Van Marcke over zijn pensioen", "Jan Van Marcke"));
  // Firms known by their founder's full name; a notary's office, an electrician's shop.
  EXPECT_TRUE(
      Held("hoofdaannemer Willy Naessens Industriebouw, Joris Ide (dakwerken)", "Willy Naessens"));
  EXPECT_TRUE(
      Held("hoofdaannemer Willy Naessens Industriebouw, Joris Ide (dakwerken)", "Joris Ide"));
  EXPECT_TRUE(Held("Medewerker vastgoed \u2013 Notariaat De Clercq & Van Damme", "De Clercq"));
  EXPECT_TRUE(Held("sanitair door Elektro De Meyer bv", "De Meyer"));
  // A saint's hospital after a preposition ends no name of a doctor there.
  EXPECT_FALSE(Held("le Dr Ndiaye aux Cliniques Saint-Luc conseille", "Ndiaye"));
  EXPECT_FALSE(Held("le docteur Peeters au CHU Saint-Pierre", "Peeters"));
  EXPECT_FALSE(Held("Le docteur Dubois à Saint-Pierre a vu la patiente.", "Dubois"));
}

TEST(NameHoldersTest, ClubsNamedAfterSomeone) {
  EXPECT_TRUE(Held("Tennisclub Jan Peeters\t20417\t289", "Jan Peeters"));
  EXPECT_TRUE(Held("Turnkring Jan Frans Willems\t30881", "Jan Frans Willems"));
  // A religious title between the holder and the name.
  EXPECT_TRUE(Held("Tennisclub Pater Vital\t20417", "Vital"));
  EXPECT_TRUE(Held("de basisschool Zuster Maria", "Maria"));
  EXPECT_TRUE(Held("in het nieuwe Paviljoen Dokter Van de Perre", "Van de Perre"));
  // A list after its head, with asides, or after a capitalised head.
  EXPECT_TRUE(Held("na de stormen Ciarán (2 november 2023) en Henk (2 januari)", "Henk"));
  EXPECT_TRUE(Held("financé par le Fonds Hélène et Jean.", "Jean"));
  EXPECT_FALSE(Held("Jan Peeters (zoon) en Sofie komen.", "Sofie"));
  EXPECT_FALSE(Held("Aanwezig: Peeters Els, Keizer Tom, Maes Lotte", "Lotte"));
  EXPECT_FALSE(Held("Mijn dochter Storm Janssen is ziek.", "Janssen"));
  EXPECT_FALSE(Held("Contactpersoon: OUWERKERK Jan", "Jan"));
  EXPECT_TRUE(Held("- Apotheek Dr. Bruinsma, Goes", "Bruinsma"));
  // Firms, rentals and a local office named after someone or their street.
  EXPECT_TRUE(Held("Autobedrijf Van Rijn: uw Peugeot is klaar", "Van Rijn"));
  EXPECT_TRUE(Held("Aan: Verhuur Van Mieghem <reservaties@x.be>", "Van Mieghem"));
  EXPECT_TRUE(Held("Jeudi 14h à l'antenne Heyvaert.", "Heyvaert"));
  EXPECT_FALSE(Held("Mijn zoon Dr. Bruinsma belde", "Bruinsma"));
  // A compound ending in a short holder word marked in the list ("*zaal").
  EXPECT_TRUE(Held("voorstellingen theaterzaal Pieter Aertsen\t187.340,00", "Pieter Aertsen"));
  EXPECT_FALSE(Held("Delepont Marie\t12/03", "Marie"));
  // "Pater" itself names beers, clubs and saints more often than a priest now.
  EXPECT_TRUE(Held("Pater Vital kwam langs", "Vital"));
  EXPECT_FALSE(Held("Jan Peeters van de tennisclub", "Jan Peeters"));
  EXPECT_FALSE(Held("Ik sprak met de club Jan Janssens over zijn schulden.", "Jan Janssens"));
  // A holder in the cell before: a club's contact person.
  EXPECT_FALSE(Held("Tennisclub\tJan Peeters\t0470 12 34 56", "Jan Peeters"));
  EXPECT_FALSE(Held("Tennisclub Pater\tVital Claes", "Vital Claes"));
  // A holder in the cell after: the person's department.
  EXPECT_FALSE(Held("Hanne Vermeulen\tBibliotheek\thanne@x.be", "Hanne Vermeulen"));
  EXPECT_TRUE(Held("Hanne Vermeulen Bibliotheek", "Hanne Vermeulen"));
}

TEST(NameHoldersTest, PersonsStayPersons) {
  EXPECT_FALSE(Held("Beste Jan Peeters, hierbij het verslag.", "Jan Peeters"));
  EXPECT_FALSE(Held("zegt schepen Koen Van den Broeck.", "Koen Van den Broeck"));
  EXPECT_FALSE(Held("Monsieur Dupont sa femme et ses enfants", "Dupont"));  // "sa" in lower case
  EXPECT_FALSE(Held("Luc Lambert, gérant", "Luc Lambert"));
  EXPECT_FALSE(Held("Geachte mevrouw Koning,", "Koning"));
  // A mill holds the name after it ("Moulin de Lindekemale"); after a given name it is a surname.
  EXPECT_FALSE(Held("un rendez-vous avec Sarah Moulin demain", "Sarah Moulin"));
  EXPECT_TRUE(Held("une balade au Moulin Jean Hanssens", "Jean Hanssens"));
  // A ship likewise; "van 't Schip" is a surname.
  EXPECT_FALSE(Held("Ik sprak met Gerrit van 't Schip over zijn vader.", "Gerrit van 't Schip"));
  EXPECT_TRUE(Held("het schip Johanna Louisa lag aan de kade", "Johanna Louisa"));
  // French "de" after a noun is "of", not the Dutch article of "in de Jan Breydel".
  EXPECT_FALSE(Held("Le chien de Mehdi Janssens est là.", "Mehdi Janssens"));
  EXPECT_FALSE(Held("Le véhicule de Mehdi Janssens est là.", "Mehdi Janssens"));
  EXPECT_TRUE(Held("De Jan Breydel loopt vol.", "Jan Breydel"));
  // "het" after a copula or "dat" is the pronoun "it".
  EXPECT_FALSE(Held("Blijkbaar was het Sofie Claes die belde.", "Sofie Claes"));
  EXPECT_FALSE(Held("We weten nu dat het Roger Dhondt is.", "Roger Dhondt"));
  EXPECT_TRUE(Held("Morgen opent het Frans Masereel een nieuwe zaal.", "Frans Masereel"));
  EXPECT_TRUE(Held("Het bleek het Maria Middelares te zijn waar ze lag.", "Maria Middelares"));
  EXPECT_TRUE(Held("De winnaar was het Emma Bakker trio.", "Emma Bakker"));
  EXPECT_FALSE(Held("c'est au nom de Mehdi Ait Ouarab, domicilié", "Mehdi Ait Ouarab"));
  // A holder word just before a comma heads no list: the name after it is someone addressed.
  EXPECT_FALSE(Held("ik doe het sportpark, jelle jij het kerkhof?", "jelle"));
  EXPECT_TRUE(Held("de sporthallen Jan Breydel, Kristof Vliegen en Bart Swings", "Bart Swings"));
  EXPECT_FALSE(Held("Lies Van Dyck, diensthoofd", "Lies Van Dyck"));
  // Names in quotes are people too: titles are told from speech too rarely to drop them.
  EXPECT_FALSE(Held("\"Dit is fijn\", zegt Jan Peeters. \"We gaan door.\"", "Jan Peeters"));
  EXPECT_FALSE(Held("\"Bedankt Sofie\"", "Sofie"));
  // A holder word on the line before says nothing about this line.
  EXPECT_FALSE(Held("Afspraak in de zaal\nJan Peeters", "Jan Peeters"));
}

// After a comma, a holder heads a list of names only in the plural (its singular listed): a
// singular's name after a comma is someone's, in apposition.
TEST(NameHoldersTest, OnlyAPluralHeadsAListAcrossCommas) {
  const std::tuple<const char*, const char*, bool> cases[] = {
      {"de collega van afdeling Lindeblad, Sabine Claes, is ziek", "Sabine Claes", false},
      {"De collega van het rusthuis Lindeblad, Sabine Claes, is ziek.", "Sabine Claes", false},
      {"de scholen Sint-Jozef, Sint-Lucas, Maria Goretti", "Maria Goretti", true},
      {"de zalen Rubens, Jan Van Eyck", "Jan Van Eyck", true},
      {"de sporthallen Lindeblad, Kristof Vliegen", "Kristof Vliegen", true},
  };
  for (const auto& [text, name, held] : cases) EXPECT_EQ(Held(text, name), held) << text;
}

// Between a holder and a name only a venue's complement ("salle de réunion"), not a title,
// role or relative.
TEST(NameHoldersTest, OnlyAVenuesComplementStandsBetween) {
  const std::pair<const char*, const char*> people[] = {
      {"la tante de notre Marie Gevers", "Marie Gevers"},
      {"Passez au bureau de maître Lambert avant midi.", "Lambert"},
      {"Je vois au bureau du directeur Marc Dubois demain.", "Marc Dubois"},
      {"Gisteren belde vanop de afdeling de hoofdverpleegkundige Els Maes.", "Els Maes"},
      {"la salle, le vestiaire de danse Marie Gevers", "Marie Gevers"},
      {"met wijkteam Noord, casusregisseur Chantal Zaal. Afspraak", "Chantal"},
  };
  for (const auto& [text, name] : people) EXPECT_FALSE(Held(text, name)) << text;
}

TEST(NameHoldersTest, FigureNamesWithTwoWordsBeforeTheFinding) {
  EXPECT_TRUE(Held("het boek van Annie M.G. Schmidt, voor de klas", "G. Schmidt"));
  EXPECT_FALSE(Held("het boek van Jan M.G. Schmidt, voor de klas", "G. Schmidt"));
}

TEST(NameHoldersTest, SecondPartnersMonumentsAndHonouredOffices) {
  // A firm's second partner after '&', back to its holder word on the line.
  EXPECT_TRUE(Held("Gerechtsdeurwaarderskantoor Vanden Berghe & Maes\n", "Maes"));
  EXPECT_TRUE(Held("Advocatenkantoor Claes & De Smet", "De Smet"));
  EXPECT_FALSE(Held("Sofie Peeters & Leen De Bock", "Leen De Bock"));
  EXPECT_FALSE(Held("Kantoor\nJan & Els", "Els"));
  EXPECT_FALSE(Held("Op kantoor zag ik Jan Peeters & Els Maes", "Els Maes"));
  // A care practice named after its owner, capitalised as a name.
  EXPECT_TRUE(Held("uw afspraak bij Fysiotherapie Brouwer, Badhuisweg 3", "Brouwer"));
  EXPECT_FALSE(Held("na de kinesitherapie Sofie Peeters bellen", "Sofie Peeters"));
  // A house of a service "of the" someone.
  EXPECT_TRUE(Held("het eerste Huis van de Wijk in Kruisbroek", "Wijk"));
  EXPECT_FALSE(Held("de vriend van de Wit belde", "Wit"));
  // A monument to someone.
  EXPECT_TRUE(Held("Het standbeeld van Dirk Martens blijft bereikbaar.", "Dirk Martens"));
  EXPECT_TRUE(Held("La statue de Godefroid de Bouillon", "Godefroid de Bouillon"));
  EXPECT_FALSE(Held("De auto van Dirk Martens", "Dirk Martens"));
  EXPECT_FALSE(Held("La plaque de Sophie Lambert est 1-ABC-234.", "Sophie Lambert"));
  // A life long past in brackets: a figure of history; an obituary's recent death is not.
  EXPECT_TRUE(Held("Bervoets (1914-1944) was lerares.", "Bervoets"));
  EXPECT_TRUE(Held("Paul Janson (1840\u20131913) was politicus.", "Paul Janson"));
  EXPECT_FALSE(Held("Jan Peeters (1938-2025) overleed.", "Jan Peeters"));
  EXPECT_FALSE(Held("Jan Peeters (1938-19", "Jan Peeters"));
  EXPECT_TRUE(Held("Vermeer (ca. 1665) schilderde.", "Vermeer"));
  EXPECT_FALSE(Held("Lotte (2015) speelt.", "Lotte"));
  // "les" before a family at home is no article of a thing.
  EXPECT_FALSE(Held("la visite chez les Constantinescu", "Constantinescu"));
  EXPECT_TRUE(Held("On se voit aux Halles, les Marolles.", "Marolles"));
  // An office between the holder and the name.
  EXPECT_TRUE(Held("lokaal 0.14 (gebouw Burgemeester Jacobs)", "Jacobs"));
  EXPECT_FALSE(Held("zegt burgemeester Jacobs", "Jacobs"));
}

TEST(NameHoldersTest, AmpersandBeforeAnOverlongWord) {
  // A word after '&' too long for any list used to crash the second-name check (fuzzer).
  const std::string text = "Jan Peeters & " + std::string(300, 'x') + " Zonen";
  EXPECT_TRUE(Held(text, "Jan Peeters"));
}

}  // namespace
}  // namespace vermeld
