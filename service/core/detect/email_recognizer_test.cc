#include "core/detect/email_recognizer.h"

#include <gtest/gtest.h>

#include <string>

#include "core/detect/test_util.h"

namespace vermeld {
namespace {

std::vector<test_util::Hit> Scan(std::string_view text) {
  return test_util::Hits(*NewEmailRecognizer(), text);
}

TEST(EmailRecognizerTest, FindsPersonalAddressWithHighScore) {
  const std::string t = "Mail me op jan.peeters@stad.gent of bel.";
  const auto f = Scan(t);
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].text, "jan.peeters@stad.gent");
  EXPECT_GE(f[0].score, 0.9);
}

TEST(EmailRecognizerTest, TrailingSentencePunctuationIsNotPartOfTheAddress) {
  const std::string t = "Contacteer marie.dupont@example.be.";
  const auto f = Scan(t);
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].text, "marie.dupont@example.be");
}

TEST(EmailRecognizerTest, AnAddressInAFileNameEndsAtTheJoiningUnderscores) {
  const auto f = Scan("08_mail_hakan.arslan87@gmail.com_nagekomen.msg");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].text, "hakan.arslan87@gmail.com");
  // An underscore inside a local part stays, when the address ends as a word.
  const auto g = Scan("Mail jan_peeters@stad.gent.");
  ASSERT_EQ(g.size(), 1u);
  EXPECT_EQ(g[0].text, "jan_peeters@stad.gent");
}

TEST(EmailRecognizerTest, FunctionalMailboxesGetLowScore) {
  for (const char* t : {"pers@gent.be", "info@vlaanderen.be", "Onthaal@brussel.be",
                        "noreply@mail.example.com", "secretariaat@school.be", "info.gent@vdab.be",
                        "press@ec.europa.eu", "contact@bxl.brussels"}) {
    const auto f = Scan(t);
    ASSERT_EQ(f.size(), 1u) << t;
    EXPECT_LT(f[0].score, 0.5) << t;
  }
}

TEST(EmailRecognizerTest, RoleWordInsideANameIsStillPersonal) {
  EXPECT_FALSE(IsFunctionalMailbox("informatica.jan"));
  EXPECT_FALSE(IsFunctionalMailbox("presley"));
  EXPECT_TRUE(IsFunctionalMailbox("no-reply"));
  EXPECT_TRUE(IsFunctionalMailbox("PERS"));
  // A service's own desk: legal, purchasing, group bookings.
  EXPECT_TRUE(IsFunctionalMailbox("juridisch"));
  EXPECT_TRUE(IsFunctionalMailbox("groepen"));
  EXPECT_TRUE(IsFunctionalMailbox("aankoop"));
  EXPECT_FALSE(IsFunctionalMailbox("legal.vandamme"));
  EXPECT_FALSE(IsFunctionalMailbox("groenen"));
}

TEST(EmailRecognizerTest, IgnoresAddressesInsideUrls) {
  EXPECT_TRUE(Scan("zie https://lists.example.org/archive/jan@example.org/thread").empty());
  EXPECT_TRUE(Scan("www.example.be/user@host.be").empty());
  // A mailto: link is an address, not a web URL.
  EXPECT_EQ(Scan("<a href=\"mailto:an.claes@example.be\">").size(), 1u);
}

TEST(EmailRecognizerTest, IgnoresThingsThatAreNotAddresses) {
  EXPECT_TRUE(Scan("@gent op Twitter, jan@ of jan@localhost, a@b.c").empty());
  EXPECT_TRUE(Scan("versie 2.0@build").empty());
}

TEST(EmailRecognizerTest, TemplateAddressesAreNoOnesAddress) {
  EXPECT_TRUE(Scan("Log in met voornaam.naam@leerling.sjc.be en je wachtwoord.").empty());
  EXPECT_TRUE(Scan("Format: prenom.nom@ecole.be or firstname_lastname@example.com").empty());
  EXPECT_EQ(Scan("Mail naar naam.peeters@sjc.be").size(), 1u);
}

}  // namespace
}  // namespace vermeld
