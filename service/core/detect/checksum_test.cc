#include "core/detect/checksum.h"

#include <gtest/gtest.h>

namespace vermeld {
namespace {

TEST(ChecksumTest, Mod97HandlesLongNumbersAndRejectsNonDigits) {
  EXPECT_EQ(Mod97("97"), 0);
  EXPECT_EQ(Mod97("850730033"), 850730033 % 97);
  EXPECT_EQ(Mod97("12345678901234567890123"), 19);  // 12345678901234567890123 mod 97
  EXPECT_EQ(Mod97("12a"), -1);
}

TEST(ChecksumTest, Iban) {
  EXPECT_TRUE(IbanChecksumOk("BE68539007547034"));
  EXPECT_TRUE(IbanChecksumOk("NL91ABNA0417164300"));
  EXPECT_FALSE(IbanChecksumOk("NL91ABNA0417164301"));
  EXPECT_FALSE(IbanChecksumOk("nl91abna0417164300"));
}

TEST(ChecksumTest, Luhn) {
  EXPECT_TRUE(LuhnOk("4111111111111111"));
  EXPECT_TRUE(LuhnOk("378282246310005"));
  EXPECT_FALSE(LuhnOk("4111111111111112"));
  EXPECT_FALSE(LuhnOk(""));
}

TEST(ChecksumTest, BsnElevenProof) {
  EXPECT_TRUE(BsnElevenProofOk("123456782"));
  EXPECT_TRUE(BsnElevenProofOk("012345672"));
  EXPECT_FALSE(BsnElevenProofOk("123456789"));
  EXPECT_FALSE(BsnElevenProofOk("12345678"));
}

TEST(ChecksumTest, BeEnterprise) {
  EXPECT_TRUE(BeEnterpriseChecksumOk("0403448635"));
  EXPECT_TRUE(BeEnterpriseChecksumOk("0123456749"));
  EXPECT_FALSE(BeEnterpriseChecksumOk("0123456748"));
  // The first eight digits divide by 97: the check digits are 97.
  EXPECT_TRUE(BeEnterpriseChecksumOk("0580729397"));
  EXPECT_FALSE(BeEnterpriseChecksumOk("0580729300"));
  EXPECT_FALSE(BeEnterpriseChecksumOk("058072939x"));
  EXPECT_FALSE(BeEnterpriseChecksumOk("012345674"));
}

TEST(ChecksumTest, AlnumKeepsLettersAndDigitsUpperCased) {
  EXPECT_EQ(Alnum("be68 5390-0754.7034"), "BE68539007547034");
}

}  // namespace
}  // namespace vermeld
