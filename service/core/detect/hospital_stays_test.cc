#include "core/detect/hospital_stays.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace vermeld {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;

std::vector<std::string> Stays(std::string_view text) {
  static const HospitalStays stays({"opgenomen", "ligt", "overgebracht", "transférée"});
  std::vector<std::string> out;
  for (const ByteSpan& s : stays.Find(text))
    out.emplace_back(text.substr(s.begin, s.end - s.begin));
  return out;
}

TEST(HospitalStaysTest, AStayBeforeAHospitalsShortForm) {
  EXPECT_THAT(Stays("Hij werd vijf dagen opgenomen in AZ Delta na de val."),
              ElementsAre("opgenomen in AZ Delta"));
  EXPECT_THAT(Stays("Ze ligt in het AZ Sint-Lucas Gent, kamer 12."),
              ElementsAre("ligt in het AZ Sint-Lucas Gent"));
  EXPECT_THAT(Stays("Madame Diallo a été transférée au CHU Saint-Pierre."),
              ElementsAre("transférée au CHU Saint-Pierre"));
  EXPECT_THAT(Stays("Zijn broer is opgenomen in het PC Sint-Jan Baptist."),
              ElementsAre("opgenomen in het PC Sint-Jan Baptist"));
  EXPECT_THAT(Stays("Ze ligt in het UPC KU Leuven."), ElementsAre("ligt in het UPC KU Leuven"));
}

TEST(HospitalStaysTest, NoStayWordOrNoHospital) {
  EXPECT_THAT(Stays("Het AZ Delta opent een nieuwe campus."), IsEmpty());
  EXPECT_THAT(Stays("De rapporten werden opgenomen in het jaarverslag. AZ Delta volgt."),
              IsEmpty());
  EXPECT_THAT(Stays("Zij ligt op de lijst van BAZ Delta."), IsEmpty());
  // A computer, a street, a police zone.
  EXPECT_THAT(Stays("Het probleem ligt in de PC Boekhouding."), IsEmpty());
  EXPECT_THAT(Stays("Onze winkel ligt in de PC Hooftstraat. Het dossier ligt bij PZ Gent."),
              IsEmpty());
  EXPECT_THAT(Stays("opgenomen in AZ delta"), IsEmpty());
  // Near the hospital, not in it.
  EXPECT_THAT(Stays("ons kantoor ligt vlak naast AZ Groeninge in Kortrijk"), IsEmpty());
  EXPECT_THAT(Stays("de parking ligt achter het UZ Gent"), IsEmpty());
  // The name stops after two words; a character cut by the reach is skipped, not misread.
  EXPECT_THAT(Stays("hij is opgenomen in het UZ Gent Jan komt morgen"),
              ElementsAre("opgenomen in het UZ Gent Jan"));
  EXPECT_THAT(Stays("Peeters\u2019 zzzzzzzzzzzzz moeder is opgenomen in AZ Delta."),
              ElementsAre("opgenomen in AZ Delta"));
  // Too far back, or in another clause or line.
  EXPECT_THAT(Stays("opgenomen\nAZ Delta"), IsEmpty());
  EXPECT_THAT(Stays("Hij werd opgenomen, zo meldde de woordvoerder van AZ Delta"), IsEmpty());
}

}  // namespace
}  // namespace vermeld
