#include "core/detect/vital_signs.h"

#include <string>
#include <vector>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace vermeld {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;

std::vector<std::string> Readings(std::string_view text) {
  static const VitalSigns vitals(VERMELD_DATA_DIR);
  const ScanText scan(text);
  std::vector<std::string> out;
  for (const ByteSpan& s : vitals.Find(scan))
    out.emplace_back(text.substr(s.begin, s.end - s.begin));
  return out;
}

TEST(VitalSignsTest, ANameWithItsValueAndUnit) {
  EXPECT_THAT(Readings("Bloeddruk 160/95 mmHg, saturatie 89%, glucose 9,8."),
              ElementsAre("Bloeddruk 160/95 mmHg", "saturatie 89%", "glucose 9,8"));
  EXPECT_THAT(Readings("Pols: 120/min. SpO2 94% onder 2 L zuurstof."),
              ElementsAre("Pols: 120/min", "SpO2 94%"));
  EXPECT_THAT(Readings("Koorts 38,5°C sinds gisteren."), ElementsAre("Koorts 38,5°C"));
  // With the time it was taken.
  EXPECT_THAT(Readings("glycemie 287 om 17u, pouls 112 à 3h"),
              ElementsAre("glycemie 287", "pouls 112"));
  // Weight lost or gained; a weight alone is also a parcel's.
  EXPECT_THAT(Readings("Elle a perdu 8 kg depuis l'été."), ElementsAre("a perdu 8 kg"));
  EXPECT_THAT(Readings("Madame Dubois a perdu 8 kilos."), ElementsAre("a perdu 8 kilos"));
  EXPECT_THAT(Readings("Gewicht 78 kg."), ElementsAre());
  // A recipe's sugar is weighed in grams.
  EXPECT_THAT(Readings("Suiker 150 g, bloem 200 g."), IsEmpty());
}

TEST(VitalSignsTest, ShortWordsBetweenNameAndValue) {
  EXPECT_THAT(Readings("Haar bloeddruk was nog 90/60."), ElementsAre("bloeddruk was nog 90/60"));
  EXPECT_THAT(Readings("La tension artérielle est à 15/9, la glycémie à 2,1 g/l."),
              ElementsAre("tension artérielle est à 15/9", "glycémie à 2,1 g/l"));
  EXPECT_THAT(Readings("His blood pressure of 150/90 is high."),
              ElementsAre("blood pressure of 150/90"));
  EXPECT_THAT(Readings("k21: suiker weer 310"), ElementsAre("suiker weer 310"));
  EXPECT_THAT(Readings("Dorsaalflexie rechts 5°, knijpkracht links 28 kg."),
              ElementsAre("Dorsaalflexie rechts 5°", "knijpkracht links 28 kg"));
  // Scales and tests whose value carries no unit.
  EXPECT_THAT(Readings("MMSE 21/30, MoCA 22, INR 2,4, visus 7/10, HbA1c 7,2 %."),
              ElementsAre("MMSE 21/30", "MoCA 22", "INR 2,4", "visus 7/10", "HbA1c 7,2 %"));
  EXPECT_THAT(Readings("des glycémies à 3 g/l le matin"), ElementsAre("glycémies à 3 g/l"));
  // The part of the day after a bare value; another word after it makes it no reading.
  EXPECT_THAT(Readings("mevr had glycemie 312 vanmorgen, pouls 112 ce matin"),
              ElementsAre("glycemie 312", "pouls 112"));
  EXPECT_THAT(Readings("de glycemie 312 patiënten"), IsEmpty());
  // Names and connectors in capitals, ASCII or not.
  EXPECT_THAT(Readings("BLOEDDRUK WAS 160/95 mmHg, SATURATIE 89%, GLYCÉMIE À 2,1 g/l"),
              ElementsAre("BLOEDDRUK WAS 160/95 mmHg", "SATURATIE 89%", "GLYCÉMIE À 2,1 g/l"));
}

TEST(VitalSignsTest, TheNameWithoutAReadingIsNone) {
  // Invitations and dates: "op" does not join a name to a value.
  EXPECT_THAT(Readings("Meet uw bloeddruk op 12 maart in het dienstencentrum."), IsEmpty());
  EXPECT_THAT(Readings("Gratis bloeddrukmeting: 3 sessies. Hartslagzone 2 training."), IsEmpty());
  // A time or an ordinal after the name: "glycemie 11u: 212 mg/dl" is read at 11 o'clock.
  EXPECT_THAT(Readings("glycemie 11u: controle. Koorts 3de dag"), IsEmpty());
  // A whole number followed by another unit: electricity, not blood pressure.
  EXPECT_THAT(Readings("Madame Dubois, la tension de 230 volts est revenue."), IsEmpty());
  // Three words between name and number: too far to be its value.
  EXPECT_THAT(Readings("De bloeddruk is voor veel mensen van 50 jaar een zorg."), IsEmpty());
}

TEST(VitalSignsTest, AValueInALabUnitWhateverItsName) {
  EXPECT_THAT(Readings("TSH 0,9 mU/l, NT-proBNP: 412 pg/ml, BD 152/94 mmHg."),
              ElementsAre("TSH 0,9 mU/l", "NT-proBNP: 412 pg/ml", "BD 152/94 mmHg"));
  EXPECT_THAT(Readings("hyponatriëmie (Na 126 mmol/l); 's avonds 184 mg/dl"),
              ElementsAre("Na 126 mmol/l", "184 mg/dl"));
  // A reference range is nobody's result; a unit that water and wine share is no lab unit.
  EXPECT_THAT(Readings("Normaal: 4,0-6,0 mmol/l, 0,4 \u2013 4 mU/l."), IsEmpty());
  EXPECT_THAT(Readings("Nitraat 50 mg/l in het grondwater."), IsEmpty());
  EXPECT_THAT(Readings("Referentie: 4,0 tot 6,0 mmol/l; normaal < 5,6 mmol/l."), IsEmpty());
  EXPECT_THAT(Readings("Streefwaarde \u2264 7,0 mmol/l, \u00e0 jeun 4 \u00e0 6 mmol/l."),
              IsEmpty());
  EXPECT_THAT(Readings("Er viel gisteren 30 mm/u regen; lood 10 µg/l in het drinkwater."),
              IsEmpty());
}

}  // namespace
}  // namespace vermeld
