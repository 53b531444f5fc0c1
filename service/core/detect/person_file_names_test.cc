#include "core/detect/person_file_names.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "core/detect/test_util.h"

namespace vermeld {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;

std::vector<std::string> Names(std::string_view text) {
  std::vector<Finding> found;
  FindNamesInFileNames(text, test_util::Lists(), found);
  return test_util::FindingTexts(text, found);
}

TEST(PersonFileNamesTest, AGivenNameAndASurnameInAFileName) {
  EXPECT_THAT(Names("Bijlagen: CV_Mehmet_Yilmaz_2024.pdf; rijbewijs_C_scan.pdf"),
              ElementsAre("Mehmet_Yilmaz"));
  EXPECT_THAT(Names("zie verslag-jan-peeters.docx"), ElementsAre("jan-peeters"));
  EXPECT_THAT(Names("Peeters_Jan_ziektebriefje.PDF en CV_Anna_van_Dijk.pdf"),
              ElementsAre("Peeters_Jan", "Anna_van_Dijk"));
}

TEST(PersonFileNamesTest, NoNameOrNoFileNoFinding) {
  EXPECT_THAT(Names("Jaarverslag_2024_def.pdf, Jan.pdf, offerte_Peeters.pdf"), IsEmpty());
  // Not a web address, a mailbox or a name before a sentence's dot.
  EXPECT_THAT(Names("www.jan-peeters.be, jan_peeters.x@mail.be, Jan_Peeters.Dat klopt"), IsEmpty());
}

}  // namespace
}  // namespace vermeld
