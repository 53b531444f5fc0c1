#include "core/detect/table_layout.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

namespace vermeld {
namespace {

using ::testing::ElementsAre;
using ::testing::Pair;

std::vector<std::pair<std::string, std::string>> Cells(std::string_view text) {
  std::vector<std::pair<std::string, std::string>> out;
  TableLayout(text).ForEachBodyCell([&](std::string_view header, ByteSpan cell) {
    out.emplace_back(header, text.substr(cell.begin, cell.end - cell.begin));
  });
  return out;
}

TEST(TableLayoutTest, PipeTableCellsKnowTheirHeader) {
  const std::string text =
      "Lijst:\nNaam | Geboortedatum | BSN\nSanne de Vries | 09-02-1999 | 744782922\n"
      "Kemal | | 622 604 946\n\nNa de tabel: 123";
  EXPECT_THAT(
      Cells(text),
      ElementsAre(Pair("Naam", "Sanne de Vries"), Pair("Geboortedatum", "09-02-1999"),
                  Pair("BSN", "744782922"), Pair("Naam", "Kemal"), Pair("BSN", "622 604 946")));
  const TableLayout t(text);
  EXPECT_EQ(t.HeaderAbove(text.find("744782922")), "BSN");
  EXPECT_EQ(t.HeaderAbove(text.find("Kemal")), "Naam");
  EXPECT_EQ(t.HeaderAbove(text.find("Geboortedatum")), "");  // the header row itself
  EXPECT_EQ(t.HeaderAbove(text.find("123")), "");            // after the table
  EXPECT_EQ(t.HeaderAbove(0), "");
  EXPECT_EQ(t.HeaderCellsAt(text.find("Geboortedatum")).size(), 3u);
  EXPECT_TRUE(t.HeaderCellsAt(text.find("Kemal")).empty());
  EXPECT_TRUE(t.HeaderCellsAt(text.find("Lijst")).empty());
  // Far into a long line after the table, and at its end: answered without reading it back.
  const std::string long_line = text + std::string(3000, 'x') + " 456";
  const TableLayout l(long_line);
  EXPECT_EQ(l.HeaderAbove(long_line.find("456")), "");
  EXPECT_EQ(l.HeaderAbove(long_line.size()), "");
}

TEST(TableLayoutTest, RowsUnderAHeadingGoOnWithTheTableAbove) {
  const std::string text =
      "| Naam | Geboortedatum | Document |\n| NOWAK Tomasz | 03.05.1979 | EK4418273 |\n\n"
      "Onderaannemer 2: Constructii SRL (RO)\n| POPESCU Andrei | 07/02/1985 | 058812341 |\n";
  const TableLayout t(text);
  EXPECT_EQ(t.HeaderAbove(text.find("07/02/1985")), "Geboortedatum");
  EXPECT_EQ(t.HeaderAbove(text.find("058812341")), "Document");
  // A table of its own under the heading: its header line has no digit, nor its cells the same
  // count; and not after more lines than a heading takes.
  for (const std::string other :
       {"| Datum | Activiteit | Plaats |\n| 12/03 | Quiz | Zaal 2 |\n",
        "| Nr | 07/02/1985 |\n| 2 | x |\n",
        "| Factuur 2024 | Vervaldatum | Bedrag |\n| F-2024-001 | 03/05/2024 | 1250 |\n",
        "\n\nToelichting\nbij de lijst\n\n| POPESCU Andrei | 07/02/1985 | 058812341 |\n"}) {
    const std::string two =
        "| Naam | Geboortedatum | Document |\n| NOWAK Tomasz | 03.05.1979 | EK4418273 |\n\n"
        "Deel 2\n" +
        other;
    EXPECT_NE(TableLayout(two).HeaderAbove(two.rfind("|") - 2), "Document") << other;
  }
}

TEST(TableLayoutTest, CellsLinedUpWithRunsOfTabs) {
  const std::string text =
      "N\u00b0\tEnfant\t\t\t\tN\u00e9(e) le\t\t\tParent / urgence\t\tRemarques\n"
      "1\tDIALLO Mariam\t\t14/02/2018\t\tAminata Diallo 0465 80 21 93\t\u2013\n"
      "2\tLEFEBVRE Hugo\t\t03/07/2017\t\tJulie Lefebvre\t\tallergie\n";
  EXPECT_THAT(
      Cells(text),
      ElementsAre(Pair("N\u00b0", "1"), Pair("Enfant", "DIALLO Mariam"),
                  Pair("N\u00e9(e) le", "14/02/2018"),
                  Pair("Parent / urgence", "Aminata Diallo 0465 80 21 93"),
                  Pair("Remarques", "\u2013"), Pair("N\u00b0", "2"),
                  Pair("Enfant", "LEFEBVRE Hugo"), Pair("N\u00e9(e) le", "03/07/2017"),
                  Pair("Parent / urgence", "Julie Lefebvre"), Pair("Remarques", "allergie")));
  EXPECT_EQ(TableLayout(text).HeaderAbove(text.find("03/07/2017")), "N\u00e9(e) le");
  // A spreadsheet's merged or empty header cell over a filled column, every row with the
  // header's tabs: each tab ends a cell.
  const std::string merged =
      "Naam\t\tGeboortedatum\tOpmerking\nPeeters\tJan\t12/03/1990\tok\n"
      "Claes\tAn\t04/05/1985\tok\n";
  EXPECT_EQ(TableLayout(merged).HeaderAbove(merged.find("04/05/1985")), "Geboortedatum");
  // A header of single tabs keeps every tab a cell's end: an export's empty cell.
  EXPECT_THAT(Cells("Naam\tGSM\tAllergie\nNoor\t\tnoten\n"),
              ElementsAre(Pair("Naam", "Noor"), Pair("Allergie", "noten")));
}

TEST(TableLayoutTest, RowsAfterARowAlignedWithABlankTooFew) {
  const std::string text =
      "Leerling          BSN           Noodnummer ouder     Bijzonderheden\n"
      "Jesse van Dijk    386896732     06-28103745          -\n"
      "Fleur de Groot    4738.19.740 +31 6 1157 9082       epilepsie\n"
      "Milan Ozturk      258485905     06 3490 2276         -\n"
      "Sophie Jansen     324995106     06-47718820          wagenziek\n";
  const TableLayout t(text);
  EXPECT_EQ(t.HeaderAbove(text.find("324995106")), "BSN");
  EXPECT_EQ(t.HeaderAbove(text.find("258485905")), "BSN");
}

TEST(TableLayoutTest, MarkdownRuleAndTabs) {
  EXPECT_THAT(
      Cells("| Nom | Prénom | Né le |\n|---|---|:---:|\n| Dupont | Marie | 01/02/1980 |"),
      ElementsAre(Pair("Nom", "Dupont"), Pair("Prénom", "Marie"), Pair("Né le", "01/02/1980")));
  EXPECT_THAT(
      Cells("Naam\tGSM\tAllergie\nNoor\t0486 33 71 02\tnoten\n"),
      ElementsAre(Pair("Naam", "Noor"), Pair("GSM", "0486 33 71 02"), Pair("Allergie", "noten")));
}

TEST(TableLayoutTest, ColumnsAlignedWithSpaces) {
  const std::string text =
      "Hierbij de gegevens:\n\nNaam               BSN           Geb.datum     Kamer\n"
      "Sebastian Dudek    700 815 259   22-05-1990    2\n"
      "Andrzej Kami\u0144ski   538567168     09-11-1983    4  \n\n"
      "Groet,  Jan.  Tot  later\nen  nog  iets";
  EXPECT_THAT(Cells(text),
              ElementsAre(Pair("Naam", "Sebastian Dudek"), Pair("BSN", "700 815 259"),
                          Pair("Geb.datum", "22-05-1990"), Pair("Kamer", "2"),
                          Pair("Naam", "Andrzej Kami\u0144ski"), Pair("BSN", "538567168"),
                          Pair("Geb.datum", "09-11-1983"), Pair("Kamer", "4")));
  const TableLayout t(text);
  EXPECT_EQ(t.HeaderAbove(text.find("09-11-1983")), "Geb.datum");
  EXPECT_EQ(t.HeaderAbove(text.find("Sebastian")), "Naam");
  // Lines with unlike numbers of gaps are no table (asked on the second line: the first, a
  // header's, is under none either way), nor are lines with one gap.
  EXPECT_EQ(t.HeaderAbove(text.find("iets")), "");
  EXPECT_TRUE(Cells("Naam:     Jan Peeters\nGSM:      0486 33 71 02\n").empty());
}

TEST(TableLayoutTest, LongHeadersAreProseUnlessSlashesPartTheirLanguages) {
  EXPECT_TRUE(
      HeaderMatches("Geboortedatum / Date de naissance / Date of birth", {}, {"geboortedatum"}));
  EXPECT_FALSE(HeaderMatches("Lezing door het Centrum Geestelijke Gezondheidszorg Hasselt", {},
                             {"gezondheid"}));
}

TEST(TableLayoutTest, FormsAlignedWithSpaces) {
  std::vector<std::pair<std::string, std::string>> fields;
  const std::string text =
      "Onderwerp            bouwen van een tuinberging\nAanvrager            PEETERS, Marleen\n"
      "Met vriendelijke groet,\nJan";
  const TableLayout t(text);
  t.ForEachKeyValue([&](std::string_view label, ByteSpan value) {
    fields.emplace_back(label, text.substr(value.begin, value.end - value.begin));
  });
  EXPECT_THAT(fields, ElementsAre(Pair("Onderwerp", "bouwen van een tuinberging"),
                                  Pair("Aanvrager", "PEETERS, Marleen")));
}

TEST(TableLayoutTest, SentencesSpacedWithTwoBlanksAreNoColumns) {
  // A sentence break on each line made a form, and the first line a header over the second.
  const std::string text =
      "Uw paspoort is klaar.  Kom het ophalen.\nOrdernummer 12345678.  Tot dan.\n";
  const TableLayout t(text);
  EXPECT_EQ(t.HeaderAbove(text.find("12345678")), "");
  int fields = 0;
  t.ForEachKeyValue([&](std::string_view, ByteSpan) { ++fields; });
  EXPECT_EQ(fields, 0);
  // A header of one word keeps its stop ("Nr."): its gap still parts columns.
  EXPECT_THAT(
      Cells("Nr.  Naam         Functie\n1    Jan Peeters  Verkoper\n"),
      ElementsAre(Pair("Nr.", "1"), Pair("Naam", "Jan Peeters"), Pair("Functie", "Verkoper")));
}

TEST(TableLayoutTest, SemicolonSeparatedExports) {
  const std::string csv =
      "Export payroll\nNaam;Voornaam;Geboortedatum;Functie\nClaes;Jonas;02/05/1982;magazijnier\n"
      "Popa;Mihai;07/10/1972;chauffeur\n\nOpm.: nakijken; daarna; doorsturen";
  EXPECT_THAT(Cells(csv),
              ElementsAre(Pair("Naam", "Claes"), Pair("Voornaam", "Jonas"),
                          Pair("Geboortedatum", "02/05/1982"), Pair("Functie", "magazijnier"),
                          Pair("Naam", "Popa"), Pair("Voornaam", "Mihai"),
                          Pair("Geboortedatum", "07/10/1972"), Pair("Functie", "chauffeur")));
  // A quoted separator does not move a cell to the next column.
  const std::string quoted =
      "naam,opmerking,paspoortnr\nKarimi,\"gezien, door onthaal\",P04718326\n"
      "Diallo,\"ok, goedgekeurd\",A12345678\n";
  EXPECT_EQ(TableLayout(quoted).HeaderAbove(quoted.find("A1234")), "paspoortnr");
  // Quoted cells, also holding a ';'.
  EXPECT_THAT(Cells("\"Naam\";\"Voornaam\";\"Opmerking\"\n\"Claes\";\"Jonas\";\"ok; na controle\"\n"
                    "Popa;Mihai;-\n"),
              ElementsAre(Pair("Naam", "Claes"), Pair("Voornaam", "Jonas"),
                          Pair("Opmerking", "ok; na controle"), Pair("Naam", "Popa"),
                          Pair("Voornaam", "Mihai"), Pair("Opmerking", "-")));
  // Comma-separated exports: a header without blanks opens them; prose puts blanks after commas.
  EXPECT_THAT(Cells("firstname,lastname,email\nBayu,Setiawan,\"b.s@x.nl, privé\"\n"),
              ElementsAre(Pair("firstname", "Bayu"), Pair("lastname", "Setiawan"),
                          Pair("email", "b.s@x.nl, privé")));
  EXPECT_TRUE(Cells("Eerst dit, dan dat, klaar.\nOok hier, nog eens, meer.\n").empty());
  // Prose with semicolons: lines with unequal counts make no table; two columns make no
  // key-value form either (a tab-separated one would be).
  EXPECT_TRUE(Cells("Eerst dit; dan dat; klaar.\nOok hier; nog eens; en; meer.\n").empty());
  std::vector<std::string> fields;
  const std::string two = "Naam;Jan Peeters;\nGSM;0475 12 34 56;\n";
  TableLayout(two).ForEachKeyValue([&](std::string_view, ByteSpan) { fields.push_back("f"); });
  EXPECT_TRUE(fields.empty());
}

TEST(TableLayoutTest, KeyValueFormsAndProseAreNoTables) {
  EXPECT_TRUE(Cells("Naam:\tJan Peeters\nGeboortedatum:\t12/03/1987\n").empty());
  EXPECT_TRUE(Cells("Een | in een zin.\nEn niets erna.").empty());
  const std::string key_value = "Naam:\tJan Peeters\nBSN:\t744782922\n";
  EXPECT_EQ(TableLayout(key_value).HeaderAbove(key_value.find("744")), "Jan Peeters");
  EXPECT_TRUE(TableLayout(key_value).HeaderCellsAt(key_value.find("Jan")).empty());
  // A rule under two named columns makes a table.
  EXPECT_THAT(Cells("| Naam | Functie |\n|---|---|\n| Kobe | stagiair |\n"),
              ElementsAre(Pair("Naam", "Kobe"), Pair("Functie", "stagiair")));
  // Two named columns between outer bars: four cells, still a key-value form.
  EXPECT_TRUE(Cells("| Achternaam | BAKKER |\n| Voornamen | Samira |\n| Mobiel | 06 |\n").empty());
}

TEST(TableLayoutTest, KeyValueGridsGiveTheirFields) {
  std::vector<std::pair<std::string, std::string>> fields;
  const std::string text =
      "Intake\n| Achternaam | BAKKER |\n| Voornamen  | Samira |\n| Notitie | |\n\n"
      "| Veld | Waarde |\n|---|---|\n| Naam | Jan |\n\n"
      "Naam\tJan Peeters\nGSM\t0486 33 71 02\nNaam | Functie | Tel\nAn | arts | 02\n";
  TableLayout(text).ForEachKeyValue([&](std::string_view label, ByteSpan value) {
    fields.emplace_back(label, text.substr(value.begin, value.end - value.begin));
  });
  EXPECT_THAT(fields, ElementsAre(Pair("Achternaam", "BAKKER"), Pair("Voornamen", "Samira"),
                                  Pair("Naam", "Jan"), Pair("Naam", "Jan Peeters"),
                                  Pair("GSM", "0486 33 71 02")));
}

TEST(TableLayoutTest, RowsLabelledByTheirFirstCell) {
  std::vector<std::pair<std::string, std::string>> cells;
  const std::string text =
      "Champ | Arrivant 1 | Arrivant 2\nNOM | POPA | DE GROOT\nPrénom | | Bram\n\n"
      "Naam:\tJan\n";
  std::vector<std::string> headers;
  TableLayout(text).ForEachRowLabelledCell(
      [&](std::string_view header, std::string_view label, ByteSpan cell) {
        headers.emplace_back(header);
        cells.emplace_back(label, text.substr(cell.begin, cell.end - cell.begin));
      });
  EXPECT_THAT(cells,
              ElementsAre(Pair("NOM", "POPA"), Pair("NOM", "DE GROOT"), Pair("Prénom", "Bram")));
  EXPECT_THAT(headers, ElementsAre("Arrivant 1", "Arrivant 2", "Arrivant 2"));
}

TEST(TableLayoutTest, RowsBeyondTheBoundAndHugeInputsStayLinear) {
  std::string wide = "a|b|c\n" + std::string(5000, '|') + "\n";
  EXPECT_TRUE(Cells(wide).empty());  // a 5000-byte row is no table row
  std::string many = "x|y|z\n";
  for (int i = 0; i < 100000; ++i) many += "1|2|3\n";
  size_t cells = 0;
  TableLayout(many).ForEachBodyCell([&](std::string_view, ByteSpan) { ++cells; });
  EXPECT_EQ(cells, 300000u);
}

TEST(TableLayoutTest, CellsThatSayThereIsNone) {
  for (const char* none : {"geen", " N.V.T. ", "onbekend", "-", "Inconnue", "geen / aucune", ""}) {
    EXPECT_TRUE(CellSaysNone(none)) << none;
  }
  for (const char* value : {"astma", "12-09-1949", "geen gluten", "geen / astma"}) {
    EXPECT_FALSE(CellSaysNone(value)) << value;
  }
}

}  // namespace
}  // namespace vermeld
