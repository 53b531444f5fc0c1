#include "core/detect/body_complaints.h"

#include <optional>
#include <string>
#include <vector>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "core/detect/literal_windows.h"

namespace vermeld {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;

// The complaints found with the body parts of LiteralWindows, checked against those found by RE2.
std::vector<std::string> Complaints(std::string_view text) {
  static const BodyComplaints body(VERMELD_DATA_DIR);
  static const LiteralWindows parts({body.parts()});
  const std::vector<ByteSpan> found = body.Find(text, parts.Matches(text, parts.Find(text)[0], 0));
  EXPECT_EQ(found, body.Find(text, std::nullopt));
  std::vector<std::string> out;
  for (const ByteSpan& s : found) out.emplace_back(text.substr(s.begin, s.end - s.begin));
  return out;
}

TEST(BodyComplaintsTest, ComplaintBeforeOrAfterABodyPart) {
  EXPECT_THAT(Complaints("Wel pijn aan rechterheup bij belasten."),
              ElementsAre("pijn aan rechterheup"));
  EXPECT_THAT(Complaints("Hij heeft al jaren last van zijn rug."),
              ElementsAre("last van zijn rug"));
  EXPECT_THAT(Complaints("Zijn knie is sterk gezwollen."), ElementsAre("knie is sterk gezwollen"));
  EXPECT_THAT(Complaints("Elle a une douleur à l'épaule droite."),
              ElementsAre("douleur à l'épaule"));
  EXPECT_THAT(Complaints("Une douleur à l'Œil gauche."), ElementsAre("douleur à l'Œil"));
}

TEST(BodyComplaintsTest, EitherWordAloneOrAcrossASentenceIsNone) {
  EXPECT_THAT(Complaints("Hou de leuning vast met je hand."), IsEmpty());
  EXPECT_THAT(Complaints("Dat is een last. Zijn rug is sterk."), IsEmpty());
  // Parts of other words: "terug", "dossier", "rugzak".
  EXPECT_THAT(Complaints("Ik kom terug met pijn in het dossier en de rugzak."), IsEmpty());
}

}  // namespace
}  // namespace vermeld
