// Check-digit algorithms shared by the identifier recognizers. Inputs are ASCII digit strings
// (IBAN letters are converted by the caller's rules); a non-digit makes every check fail.
#pragma once

#include <string>
#include <string_view>

namespace vermeld {

// Remainder of the decimal number `digits` divided by 97 (any length). -1 on a non-digit.
int Mod97(std::string_view digits);

// ISO 7064 MOD 97-10 as used by IBAN (ISO 13616): moves the first four characters to the end,
// replaces letters by 10..35 and checks remainder 1. Accepts upper-case letters and digits only.
bool IbanChecksumOk(std::string_view iban);

// Luhn (ISO/IEC 7812) check over all digits, the last one being the check digit.
bool LuhnOk(std::string_view digits);

// Dutch "11-proef" for a 9-digit BSN: 9*d1 + 8*d2 + ... + 2*d8 - d9 divisible by 11.
bool BsnElevenProofOk(std::string_view digits);

// Belgian enterprise (KBO/BCE) number, 10 digits: 97 - (first 8 mod 97) == last 2.
bool BeEnterpriseChecksumOk(std::string_view digits);

// `s` without anything but ASCII letters and digits, letters upper-cased.
std::string Alnum(std::string_view s);

}  // namespace vermeld
