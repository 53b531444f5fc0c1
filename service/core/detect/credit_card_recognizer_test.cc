#include "core/detect/credit_card_recognizer.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "core/detect/test_util.h"

namespace vermeld {
namespace {

using test_util::Hits;
using test_util::Texts;
using ::testing::ElementsAre;

class CreditCardTest : public ::testing::Test {
 protected:
  std::unique_ptr<Recognizer> r_ = NewCreditCardRecognizer();
};

TEST_F(CreditCardTest, FindsGroupedAndCompactCards) {
  for (const char* n :
       {"4111 1111 1111 1111", "4111-1111-1111-1111", "4111111111111111", "5555 5555 5555 4444",
        "3782 822463 10005", "6703 4444 4444 4449", "2223 0031 2200 3222"}) {
    const std::string t = std::string("Kaart ") + n + " vervalt in 2027.";
    EXPECT_THAT(Texts(*r_, t), ElementsAre(n)) << n;
  }
}

TEST_F(CreditCardTest, ACardAfterAChatsTime) {
  EXPECT_THAT(Texts(*r_, "Om 09:30 4111 1111 1111 1111 betaald."),
              ElementsAre("4111 1111 1111 1111"));
}

TEST_F(CreditCardTest, AnAmountRightAfterTheNumber) {
  EXPECT_THAT(Texts(*r_, "VISA 4697 4151 7200 4509 89,95 EUR Safety Shop"),
              ElementsAre("4697 4151 7200 4509"));
  EXPECT_THAT(Texts(*r_, "kaart 4111 1111 1111 1111 12 EUR"), ElementsAre("4111 1111 1111 1111"));
  // Not a card whose own digits fail: "4111 1111 1111 1112 89,95".
  EXPECT_THAT(Texts(*r_, "kaart 4111 1111 1111 1112 89,95 EUR"), ::testing::IsEmpty());
}

TEST_F(CreditCardTest, ALabelTypedWithoutItsBlank) {
  EXPECT_THAT(Texts(*r_, "kaart-4368795152871557"), ElementsAre("4368795152871557"));
}

TEST_F(CreditCardTest, AFormsUnevenBlanksAfterTheLabel) {
  EXPECT_THAT(Texts(*r_, "Card number     : 4111 1111  1111 1111\nExpiry : 09/27"),
              ElementsAre("4111 1111  1111 1111"));
  EXPECT_THAT(Texts(*r_, "N\u00b0 de carte : 5 5 5 5  5555 5555 4444"),
              ElementsAre("5 5 5 5  5555 5555 4444"));
  // No label, or a failing Luhn: no card.
  EXPECT_THAT(Texts(*r_, "Lot 4111 1111  1111 1111 in stock"), ::testing::IsEmpty());
  EXPECT_THAT(Texts(*r_, "Card number : 4111 1111  1111 1112"), ::testing::IsEmpty());
  // Dates or a parcel joined by dots, a label of something else.
  EXPECT_THAT(Texts(*r_, "Kaartnummer geldig van 30.06.2024 - 31.12.2027"), ::testing::IsEmpty());
  EXPECT_THAT(Texts(*r_, "Visa aanvraag dossier 4111 1111  1111 1111"), ::testing::IsEmpty());
  EXPECT_THAT(Texts(*r_, "Card reader serial 5105 1051  0510 5100"), ::testing::IsEmpty());
}

TEST_F(CreditCardTest, FailingLuhnIsNeverReported) {
  for (const char* t :
       {"visa 4111 1111 1111 1112", "kaart 5555555555554445", "amex 3782 822463 10006"}) {
    EXPECT_TRUE(Hits(*r_, t).empty()) << t;
  }
}

TEST_F(CreditCardTest, UnknownIssuerPrefixIsIgnoredEvenWhenLuhnHolds) {
  EXPECT_TRUE(Hits(*r_, "referentie 1234 5678 1234 5670").empty());
}

TEST_F(CreditCardTest, ANetworkPrefixWithAnotherNetworksLengthIsNoCard) {
  // Each passes Luhn; Mastercard is 16 digits, Amex 15, Visa 13/16/19.
  for (const char* t : {"EAN 5412345678900", "code 5412 3456 7890 1234 4", "nr 3782822463100052",
                        "ref 41111111111114"}) {
    EXPECT_TRUE(Hits(*r_, t).empty()) << t;
  }
  EXPECT_EQ(Hits(*r_, "visa 4222222222222").size(), 1u);  // 13-digit Visa test number
}

TEST_F(CreditCardTest, ContextRaisesScore) {
  const auto plain = Hits(*r_, "code 4111 1111 1111 1111");
  const auto ctx = Hits(*r_, "creditcard 4111 1111 1111 1111");
  ASSERT_EQ(plain.size(), 1u);
  ASSERT_EQ(ctx.size(), 1u);
  EXPECT_GT(ctx[0].score, plain[0].score);
}

TEST_F(CreditCardTest, HardNegatives) {
  for (const char* t : {"BE68 5390 0754 7034", "factuur 2024-001234-0001", "€ 1.250.000",
                        "12345678901234567890123"}) {
    EXPECT_TRUE(Hits(*r_, t).empty()) << t;
  }
}

}  // namespace
}  // namespace vermeld
