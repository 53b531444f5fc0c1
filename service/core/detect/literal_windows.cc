#include "core/detect/literal_windows.h"

#include <algorithm>
#include <cstring>

namespace vermeld {
namespace {

constexpr uint32_t kFold4 = 0x20202020u;

// 4 bytes from text[pos] (zeros past the end), folded. Folding by | 0x20 also merges some
// non-letters ('@' and '`', '-' and CR): harmless, a comparison too many.
uint32_t FoldedStart(std::string_view text, size_t pos) {
  uint32_t key = 0;
  std::memcpy(&key, text.data() + pos, std::min<size_t>(4, text.size() - pos));
  return key | kFold4;
}

size_t Hash(uint32_t key, int bits) { return (key * 0x9E3779B1u) >> (32 - bits); }
// A second hash, independent enough of the first for the filter.
size_t Hash2(uint32_t key, int bits) { return (key * 0x85EBCA77u) >> (32 - bits); }

bool TestBit(const std::vector<uint64_t>& bits, size_t h) { return bits[h / 64] >> (h % 64) & 1; }
void SetBit(std::vector<uint64_t>& bits, size_t h) { bits[h / 64] |= uint64_t{1} << (h % 64); }

// True when every character RE2 folds together with the literal's characters differs from them
// only in bit 0x20 of a byte: ASCII (but for K and ſ, checked in the text) and Latin-1 letters
// (C3 80-BF) other than ß, å and ÿ, whose case partners lie elsewhere (ẞ, Å, Ÿ); and the
// typographic apostrophe ’ (E2 80 99), which has no case partner.
bool FoldsByByte(std::string_view literal) {
  for (size_t i = 0; i < literal.size(); ++i) {
    const auto c = static_cast<unsigned char>(literal[i]);
    if (c < 0x80) continue;
    if (literal.substr(i, 3) == "\u2019") {
      i += 2;
      continue;
    }
    if (c != 0xC3 || i + 1 == literal.size()) return false;
    const auto next = static_cast<unsigned char>(literal[++i]) | 0x20;
    if (next == 0xBF || next == 0xA5) return false;  // ÿ and ß (9F | 20 = BF), å
  }
  return true;
}

bool FoldedEqual(const char* text, std::string_view folded) {
  for (size_t i = 0; i < folded.size(); ++i) {
    if ((text[i] | 0x20) != folded[i]) return false;
  }
  return true;
}

}  // namespace

LiteralWindows::LiteralWindows(const std::vector<std::string>& literals)
    : may_start_((size_t{1} << kHashBits) / 64) {
  std::vector<std::pair<uint32_t, std::string>> by_start;  // (key, folded literal)
  auto add = [&](uint32_t key, const std::string& folded) {
    SetBit(may_start_, Hash(key, kHashBits));
    SetBit(may_start_, Hash2(key, kHashBits));
    by_start.emplace_back(key, folded);
  };
  for (const std::string& literal : literals) {
    if (!FoldsByByte(literal) || literal.size() < 3) {
      whole_text_ = true;
      return;
    }
    std::string folded = literal;
    for (char& c : folded) c = static_cast<char>(c | 0x20);
    const uint32_t key = FoldedStart(folded, 0);
    if (literal.size() >= 4) {
      add(key, folded);
      continue;
    }
    // A 3-byte literal: any fourth byte.
    for (uint32_t fourth = 0x20; fourth < 0x100; fourth = (fourth + 1) | 0x20) {
      add((key & 0x00FFFFFFu) | (fourth << 24), folded);
    }
  }
  // Grouped by key, each group in the order of `literals`.
  std::stable_sort(by_start.begin(), by_start.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  size_t size = 16;
  while (size < 2 * by_start.size()) size *= 2;
  starts_.resize(size);
  Start* group = nullptr;
  for (size_t i = 0; i < by_start.size(); ++i) {
    const uint32_t key = by_start[i].first;
    if (i == 0 || by_start[i - 1].first != key) {
      size_t slot = Hash(key, kHashBits) & (size - 1);
      while (starts_[slot].count != 0) slot = (slot + 1) & (size - 1);
      starts_[slot] = {key, static_cast<uint32_t>(literals_.size()), 0};
      group = &starts_[slot];
    }
    literals_.push_back(std::move(by_start[i].second));
    ++group->count;
  }
}

const LiteralWindows::Start& LiteralWindows::Lookup(uint32_t key) const {
  const size_t mask = starts_.size() - 1;
  size_t slot = Hash(key, kHashBits) & mask;
  while (starts_[slot].count != 0 && starts_[slot].key != key) slot = (slot + 1) & mask;
  return starts_[slot];
}

std::vector<ByteSpan> LiteralWindows::Find(std::string_view text) const {
  if (whole_text_ || text.find("\xE2\x84\xAA") != std::string_view::npos ||
      text.find("\xC5\xBF") != std::string_view::npos) {
    return {{0, text.size()}};
  }
  std::vector<ByteSpan> windows;
  auto try_at = [&](size_t pos, uint32_t key) {
    const Start& start = Lookup(key);
    for (uint32_t i = start.first; i < start.first + start.count; ++i) {
      const std::string& literal = literals_[i];
      if (literal.size() <= text.size() - pos && FoldedEqual(text.data() + pos, literal)) {
        AddWindow(windows, {pos, pos + literal.size()});
      }
    }
  };
  const size_t n = text.size();
  size_t pos = 0;
  for (; pos + 4 <= n; ++pos) {  // the hot loop: one load, two multiplies and bit tests a byte
    uint32_t key;
    std::memcpy(&key, text.data() + pos, 4);
    key |= kFold4;
    if (TestBit(may_start_, Hash(key, kHashBits)) && TestBit(may_start_, Hash2(key, kHashBits))) {
      try_at(pos, key);
    }
  }
  for (; pos < n; ++pos) try_at(pos, FoldedStart(text, pos));
  return windows;
}

}  // namespace vermeld
