#include "core/detect/person_table.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace vermeld {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;

std::vector<std::string> Names(std::string_view text) {
  const ScanText scan(text);
  std::vector<Finding> found;
  FindTableNames(scan, found);
  std::vector<std::string> out;
  for (const Finding& f : found) out.emplace_back(text.substr(f.begin, f.end - f.begin));
  return out;
}

TEST(PersonTableTest, CellsUnderANameHeaderAreNames) {
  EXPECT_THAT(Names("Naam | Voornaam | Geboortedatum | Betaald\n"
                    "Yılmaz | Emir | 27.08.2014 | ja\nVan Acker | Lotte | 05.11.2016 | nee\n"),
              ElementsAre("Yılmaz", "Emir", "Van Acker", "Lotte"));
  EXPECT_THAT(Names("| Nom | Prénom | Classe |\n|---|---|---|\n| KABASELE MBUYI | Grâce | 3B |"),
              ElementsAre("KABASELE MBUYI", "Grâce"));
}

TEST(PersonTableTest, OtherColumnsAndOtherCellsAreNot) {
  // Not a name header, a cell with digits or an address, a key-value form with two columns.
  EXPECT_THAT(Names("Naam vereniging | Gemeente | Subsidie\nKFC Heist | Heist | 2.500\n"),
              IsEmpty());
  EXPECT_THAT(Names("Naam | Adres | Bedrag\nZaal 3 | Kerkstraat 1 | 20\n"), IsEmpty());
  EXPECT_THAT(Names("Naam:\tJan Peeters\nFunctie:\tdirecteur\n"), IsEmpty());
}

}  // namespace
}  // namespace vermeld
