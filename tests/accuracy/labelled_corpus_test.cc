#include "labelled_corpus.h"

#include <gtest/gtest.h>

#include <map>
#include <set>
#include <stdexcept>

namespace vermeld::accuracy {
namespace {

TEST(ParseLabelledFile, StripsLabelsAndRecordsByteSpans) {
  auto docs = ParseLabelledFile(
      "# comment line\n@@@ a\nBeste [[PERSON:Zoë]],\nmail [[?EMAIL:info@x.be]] "
      "[[CONFIDENTIAL:Intern]]\n\n\n@@@ b\nniets\n",
      "t");
  ASSERT_EQ(docs.size(), 2u);
  EXPECT_EQ(docs[0].id, "a");
  EXPECT_EQ(docs[0].text, "Beste Zoë,\nmail info@x.be Intern\n");
  ASSERT_EQ(docs[0].personal_data.size(), 2u);
  const GoldSpan& person = docs[0].personal_data[0];
  EXPECT_EQ(person.type, "PERSON");
  EXPECT_EQ(docs[0].text.substr(person.begin, person.end - person.begin), "Zoë");
  EXPECT_FALSE(person.optional);
  EXPECT_TRUE(docs[0].personal_data[1].optional);
  ASSERT_EQ(docs[0].confidential.size(), 1u);
  EXPECT_EQ(docs[0].text.substr(docs[0].confidential[0].begin, 6), "Intern");
  EXPECT_TRUE(docs[0].HasRequiredPersonalData());
  EXPECT_EQ(docs[1].text, "niets\n");
  EXPECT_FALSE(docs[1].HasRequiredPersonalData());
}

TEST(ParseLabelledFile, OnlyOptionalSpansMeanNoRequiredData) {
  auto docs = ParseLabelledFile("@@@ a\nMail [[?EMAIL:pers@stad.be]]\n", "t");
  ASSERT_EQ(docs.size(), 1u);
  EXPECT_FALSE(docs[0].HasRequiredPersonalData());
}

TEST(ParseLabelledFile, RejectsMalformedLabelsWithTheLine) {
  for (const char* bad :
       {"@@@ a\nx\n[[PERSON:Jan\n", "@@@ a\n[[:Jan]]\n", "@@@ a\n[[person:Jan]]\n",
        "@@@ a\n[[PERSON:]]\n", "@@@ a\n[[PERSON:[[EMAIL:x]]\n", "@@@ a\n[[PERSON:Jan\nPeeters]]\n",
        "@@@ \ntext\n"}) {
    try {
      ParseLabelledFile(bad, "f.txt");
      ADD_FAILURE() << "accepted: " << bad;
    } catch (const std::runtime_error& e) {
      EXPECT_NE(std::string(e.what()).find("f.txt:"), std::string::npos) << e.what();
    }
  }
}

TEST(ParseLabelledFile, ReportsTheLineOfTheBadLabel) {
  try {
    ParseLabelledFile("@@@ a\none\ntwo [[X:\n", "f.txt");
    FAIL();
  } catch (const std::runtime_error& e) {
    EXPECT_NE(std::string(e.what()).find("f.txt:3:"), std::string::npos) << e.what();
  }
}

// The committed corpus itself: it parses, it is as large and varied as issue 3 asks, and every
// entity type of the issue occurs several times in the scored part.
TEST(Corpus, IsLargeVariedAndCoversEveryType) {
  size_t documents = 0, clean = 0;
  std::map<std::string, int> per_type;
  std::set<std::string> ids;
  for (const char* part : {"/dev", "/heldout"}) {
    for (const auto& doc : LoadCorpus(std::string(VERMELD_PII_CORPUS_DIR) + part)) {
      ++documents;
      clean += !doc.HasRequiredPersonalData();
      EXPECT_TRUE(ids.insert(doc.id).second) << "id in both parts: " << doc.id;
      for (const auto& g : doc.personal_data) {
        if (!g.optional) ++per_type[g.type];
        EXPECT_LE(g.end, doc.text.size());
      }
    }
  }
  EXPECT_GE(documents, 150u);
  EXPECT_GE(clean, 40u);
  const std::set<std::string> issue_types = {"PERSON",
                                             "EMAIL",
                                             "PHONE",
                                             "IBAN",
                                             "BE_NATIONAL_NUMBER",
                                             "NL_BSN",
                                             "ADDRESS",
                                             "DATE_OF_BIRTH",
                                             "LICENSE_PLATE",
                                             "CREDIT_CARD",
                                             "IP_ADDRESS",
                                             "PASSPORT_NUMBER",
                                             "BE_ENTERPRISE_NUMBER",
                                             "VAT_NUMBER",
                                             "HEALTH"};
  for (const auto& type : issue_types) EXPECT_GE(per_type[type], 4) << type;
  for (const auto& [type, count] : per_type) {
    EXPECT_TRUE(issue_types.count(type)) << "label type not in issue 3: " << type;
  }
}

}  // namespace
}  // namespace vermeld::accuracy
