#include "core/detect/checksum.h"

#include "core/detect/pattern_scan.h"

namespace vermeld {
namespace {}  // namespace

int Mod97(std::string_view digits) {
  int r = 0;
  for (char c : digits) {
    if (!IsAsciiDigit(c)) return -1;
    r = (r * 10 + (c - '0')) % 97;
  }
  return r;
}

bool IbanChecksumOk(std::string_view iban) {
  if (iban.size() < 5) return false;
  int r = 0;
  auto feed = [&r](char c) {
    if (IsAsciiDigit(c)) {
      r = (r * 10 + (c - '0')) % 97;
    } else if (c >= 'A' && c <= 'Z') {
      r = (r * 100 + (c - 'A' + 10)) % 97;
    } else {
      return false;
    }
    return true;
  };
  for (char c : iban.substr(4)) {
    if (!feed(c)) return false;
  }
  for (char c : iban.substr(0, 4)) {
    if (!feed(c)) return false;
  }
  return r == 1;
}

bool LuhnOk(std::string_view digits) {
  if (digits.empty()) return false;
  int sum = 0;
  bool twice = false;
  for (auto it = digits.rbegin(); it != digits.rend(); ++it) {
    if (!IsAsciiDigit(*it)) return false;
    int d = *it - '0';
    if (twice) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
    twice = !twice;
  }
  return sum % 10 == 0;
}

bool BsnElevenProofOk(std::string_view digits) {
  if (digits.size() != 9) return false;
  int sum = 0;
  for (size_t i = 0; i < 9; ++i) {
    if (!IsAsciiDigit(digits[i])) return false;
    const int d = digits[i] - '0';
    sum += i < 8 ? d * static_cast<int>(9 - i) : -d;
  }
  return sum % 11 == 0;
}

bool BeEnterpriseChecksumOk(std::string_view digits) {
  if (digits.size() != 10) return false;
  const int r = Mod97(digits.substr(0, 8));
  // The two check digits by their value: 97 when the rest divides by 97, which Mod97 makes 0.
  if (r < 0 || !IsAsciiDigit(digits[8]) || !IsAsciiDigit(digits[9])) return false;
  return (digits[8] - '0') * 10 + (digits[9] - '0') == 97 - r;
}

std::string Alnum(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (IsAsciiDigit(c) || (c >= 'A' && c <= 'Z')) {
      out.push_back(c);
    } else if (c >= 'a' && c <= 'z') {
      out.push_back(static_cast<char>(c - 'a' + 'A'));
    }
  }
  return out;
}

}  // namespace vermeld
