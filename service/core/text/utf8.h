// UTF-8 validation and UTF-8 -> UTF-16 offset conversion.
//
// The core works on UTF-8 byte offsets; every API answer reports UTF-16 code units because
// Office.js and browsers count that way. Utf16Index converts one to the other in O(1).
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace vermeld {

// Returns the byte offset of the first invalid UTF-8 sequence (overlong forms, surrogates and
// code points above U+10FFFF count as invalid), or nullopt when the whole input is valid.
std::optional<size_t> FindInvalidUtf8(std::string_view text);

// Maps byte offsets of a valid UTF-8 string to UTF-16 code-unit offsets.
class Utf16Index {
 public:
  explicit Utf16Index(std::string_view utf8);
  // byte_offset must lie on a character boundary (or equal the length).
  size_t ToUtf16(size_t byte_offset) const;
  size_t Utf16Length() const { return table_.back(); }

 private:
  std::vector<size_t> table_;  // table_[i] = UTF-16 units before byte i.
};

// Decodes the code point starting at text[pos]; advances pos. Input must be valid UTF-8.
char32_t DecodeUtf8(std::string_view text, size_t& pos);
// Appends the UTF-8 encoding of cp to out.
void AppendUtf8(char32_t cp, std::string& out);

}  // namespace vermeld
