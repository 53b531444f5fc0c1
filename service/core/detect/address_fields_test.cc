#include "core/detect/address_fields.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>

namespace vermeld {
namespace {

// Whether `label` (AfterStreetField, AfterHomeWord...) holds at the start of `value` in `text`.
bool At(bool (*label)(std::string_view, size_t), std::string_view text, std::string_view value) {
  return label(text, text.find(value));
}

TEST(AddressFieldsTest, LabelsOfStreetAndPlaceFields) {
  EXPECT_TRUE(At(AfterStreetField, "Naam: Kishan\nAdres: Slinge 214\n", "Slinge"));
  EXPECT_TRUE(At(AfterStreetField, "Straat + nr:\tBrusselsesteenweg 311", "Brusselsesteenweg"));
  EXPECT_TRUE(At(AfterPlaceField, "Postcode + gemeente: 9000 Gent", "9000"));
  EXPECT_TRUE(At(AfterPlaceField, "Code postal et localité : 1000 Bruxelles", "1000"));
  EXPECT_TRUE(At(AfterPlaceField, "  Postcode / plaats ........ 3930 Hamont-Achel (BE)", "3930"));
  EXPECT_TRUE(At(AfterStreetField, "Woonadres ..... Lozerweg 54", "Lozerweg"));
  // A second field on the line, after a tab or blanks.
  EXPECT_TRUE(At(AfterPlaceField, "Adres: Koning Albertstraat 71  Postcode/gemeente: 8400 Oostende",
                 "8400"));
  EXPECT_TRUE(
      At(AfterPlaceField, "Adresse : Rue Haute 88\tCP / Localit\u00e9 : 1140 Evere", "1140"));
  EXPECT_FALSE(At(AfterPlaceField, "Adres: Koning Albertstraat 71  Tel: 8400 Oostende", "8400"));
}

TEST(AddressFieldsTest, LabelsOfAHome) {
  EXPECT_TRUE(
      At(AfterHomeField, "Leveradres (nieuwbouw particulier): Molenakkerstraat 23", "Molen"));
  EXPECT_TRUE(At(AfterHomeField, "Thuisadres: Kerkstraat 12", "Kerk"));
  EXPECT_TRUE(At(AfterHomeField, "Domicile : Rue Haute 4", "Rue"));
  EXPECT_FALSE(At(AfterHomeField, "Leveradres: Industrieweg 4", "Industrie"));
  EXPECT_FALSE(At(AfterHomeField, "Adres: Kerkstraat 12", "Kerk"));
}

TEST(AddressFieldsTest, WordsOfAHome) {
  EXPECT_TRUE(At(AfterHomeWord, "bij een vrijwilligster thuis, Populierenlaan 14", "Populieren"));
  EXPECT_TRUE(At(AfterHomeWord, "chez moi : rue Haute 12", "rue"));
  EXPECT_FALSE(At(AfterHomeWord, "de thuiszorg, Populierenlaan 14", "Populieren"));
  EXPECT_FALSE(At(AfterHomeWord, "Het kantoor, Populierenlaan 14", "Populieren"));
}

TEST(AddressFieldsTest, OtherLabelsAndSentencesAreNone) {
  EXPECT_FALSE(At(AfterStreetField, "Datum: Maart 2024", "Maart"));
  EXPECT_FALSE(At(AfterPlaceField, "Editie: 2019 Gent", "2019"));
  // No colon right before, or a whole sentence before it.
  EXPECT_FALSE(At(AfterStreetField, "Adres Westzijde 221", "Westzijde"));
  EXPECT_FALSE(
      At(AfterStreetField, "Het nieuwe adres van de dienst wordt bekendgemaakt: Markt 3", "Markt"));
  EXPECT_FALSE(At(AfterStreetField, "Slinge 214", "Slinge"));
  EXPECT_FALSE(
      At(AfterStreetField, "Het adres... Slinge 214", "Slinge"));  // an ellipsis leads nowhere
  EXPECT_FALSE(At(AfterStreetField, "IP-adres: Server 12", "Server"));
  EXPECT_FALSE(At(AfterStreetField, "E-mailadres: Zie 3 hieronder", "Zie"));
  EXPECT_FALSE(At(AfterStreetField, "MAC address: Port 3", "Port"));
}

TEST(AddressFieldsTest, TheStreetLineOfAnAddressBlock) {
  EXPECT_TRUE(StreetLineOfBlock("Mevrouw Peeters\nWestzijde 48\n1506 EH Zaandam", 16));
  EXPECT_TRUE(StreetLineOfBlock("Oude Gracht 12\n3511 AP Utrecht", 5));
  EXPECT_TRUE(StreetLineOfBlock("Dorp 3\n9000 Gent", 0));
  // A digit or a colon before it on its line, no postcode on the next line.
  EXPECT_FALSE(StreetLineOfBlock("Tel: Dorp 3\n9000 Gent", 5));
  EXPECT_FALSE(StreetLineOfBlock("2 x Dorp 3\n9000 Gent", 4));
  EXPECT_FALSE(StreetLineOfBlock("Dorp 3\n9000 inwoners", 0));
  EXPECT_FALSE(StreetLineOfBlock("Dorp 3\nGent", 0));
  EXPECT_FALSE(StreetLineOfBlock("Jan\n\nDorp 3\n9000 Gent", 5));
  EXPECT_FALSE(StreetLineOfBlock("Jan\r\n\r\nDorp 3\r\n9000 Gent", 7));
  EXPECT_TRUE(StreetLineOfBlock("Jan\r\nDorp 3\r\n9000 Gent", 5));
  EXPECT_FALSE(StreetLineOfBlock(std::string(300, 'x') + " Dorp 3\n9000 Gent", 301));
}

TEST(AddressFieldsTest, ALabelAfterALongLine) {
  EXPECT_TRUE(At(AfterStreetField, std::string(300, 'x') + "\nAdres: Westzijde 221", "Westzijde"));
  EXPECT_FALSE(At(AfterStreetField, std::string(300, 'x') + " Adres: Westzijde 221", "Westzijde"));
  EXPECT_TRUE(At(AfterStreetField, std::string(300, 'x') + "   Adres: Westzijde 221", "Westzijde"));
}

}  // namespace
}  // namespace vermeld
