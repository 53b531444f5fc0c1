#include "core/detect/literal_windows.h"

#include <algorithm>
#include <bit>
#include <cstring>
#include <map>
#include <utility>

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "core/text/utf8.h"

namespace vermeld {
namespace {

constexpr uint32_t kFold4 = 0x20202020u;
constexpr size_t kMaxVariants = 16;  // case variants of one literal (below): more are not handled

// sizeof(Word) bytes from text[pos] (zeros past the end), each | 0x20. Folding by | 0x20 also
// merges some non-letters ('@' and '`', '-' and CR): harmless, a comparison too many. A copy of
// fixed size is one load; one of variable size was a call to memcpy.
template <typename Word>
Word Folded(std::string_view text, size_t pos) {
  Word word = 0;
  if (text.size() - pos >= sizeof(Word)) {
    std::memcpy(&word, text.data() + pos, sizeof(Word));
  } else {
    std::memcpy(&word, text.data() + pos, text.size() - pos);
  }
  return word | static_cast<Word>(0x2020202020202020u);
}
uint32_t FoldedStart(std::string_view text, size_t pos) { return Folded<uint32_t>(text, pos); }

size_t Hash(uint32_t key, int bits) { return (key * 0x9E3779B1u) >> (32 - bits); }

void SetBit(std::vector<uint64_t>& bits, size_t h) { bits[h / 64] |= uint64_t{1} << (h % 64); }

// The positions pos + i (i < 64, pos + i < last) whose folded 4 bytes have their filter bit (a
// hash_bits-bit hash) set in `may_start`, as bit i. Without a branch per position: about one in
// eight passes, at random, and such a branch was mispredicted nearly as often. Out of line, with
// all it reads in registers (inside Find the compiler reloaded the filter's address). 64
// positions unrolled (-O2 does not unroll): constant shifts, no loop counter, a call a block of
// the text. Fewer unrolled saved less (16: 0.2% more of the detector's instructions), and SSE2
// hashes of four keys at once no more (each bit test still needs a scalar load).
[[gnu::noinline]] uint64_t Candidates(const char* data, size_t pos, size_t last,
                                      const uint64_t* may_start, int hash_bits) {
  auto bit = [&](size_t i) {
    uint32_t key;
    std::memcpy(&key, data + pos + i, 4);
    key |= kFold4;
    const size_t h = Hash(key, hash_bits);
    return may_start[h / 64] >> (h % 64) & 1;
  };
  // The last position first, each bit shifted in from below: one lea a position where shifting
  // each bit to its place and ORing it took two instructions.
  const size_t count = std::min<size_t>(64, last - pos);
  uint64_t found = 0;
  if (count == 64) {
#pragma GCC unroll 64
    for (size_t i = 64; i-- > 0;) found = found * 2 + bit(i);
    return found;
  }
  for (size_t i = count; i-- > 0;) found = found * 2 + bit(i);
  return found;
}

bool FoldedEqual(const char* text, std::string_view folded) {
  for (size_t i = 0; i < folded.size(); ++i) {
    if ((text[i] | 0x20) != folded[i]) return false;
  }
  return true;
}

// A literal's bytes and the mask of each (LiteralWindows::Literal).
struct Variant {
  std::string bytes;
  std::string mask;
};

// The characters RE2 matches case-insensitively for `c`: those with the same simple case folding
// (Unicode's CaseFolding.txt, statuses C and S, from which RE2's tables are made). Found by
// trying every code point: only for the rare characters outside ASCII and Latin-1 letters.
std::vector<char32_t> CaseOrbit(char32_t c) {
  const UChar32 folded = u_foldCase(static_cast<UChar32>(c), U_FOLD_CASE_DEFAULT);
  std::vector<char32_t> orbit;
  for (UChar32 d = 0; d <= 0x10FFFF; ++d) {
    if (u_foldCase(d, U_FOLD_CASE_DEFAULT) == folded) orbit.push_back(static_cast<char32_t>(d));
  }
  return orbit;
}

// The ways the character text[pos, next) may be written, as (bytes, mask): ASCII letters and the
// Latin-1 letters whose case partner differs only in bit 0x20 of the last byte are one choice with
// that bit masked (RE2's Kelvin sign and long s, partners of k and s, are WholeText's job); any
// other character is each member of its case orbit, compared exactly. Empty for invalid UTF-8.
std::vector<Variant> CharChoices(std::string_view literal, size_t pos, size_t next,
                                 std::map<char32_t, std::vector<char32_t>>& orbits) {
  const auto lead = static_cast<unsigned char>(literal[pos]);
  if (lead < 0x80) {
    const bool letter = (lead | 0x20) >= 'a' && (lead | 0x20) <= 'z';
    return {{std::string(1, literal[pos]), std::string(1, letter ? 0x20 : 0)}};
  }
  if (lead == 0xC3 && next == pos + 2) {
    // C3 80-9E and A0-BE pair up, but for × and ÷ (no letters), ß, å and ÿ (partners elsewhere).
    const auto folded = static_cast<unsigned char>(literal[pos + 1]) | 0x20;
    if (folded != 0xB7 && folded != 0xBF && folded != 0xA5) {
      return {{std::string(literal.substr(pos, 2)), std::string("\0\x20", 2)}};
    }
  }
  size_t at = pos;
  const char32_t c = DecodeUtf8(literal, at);
  auto [it, added] = orbits.try_emplace(c);
  if (added) it->second = CaseOrbit(c);
  std::vector<Variant> choices;
  for (char32_t member : it->second) {
    Variant v;
    AppendUtf8(member, v.bytes);
    v.mask.assign(v.bytes.size(), 0);
    choices.push_back(std::move(v));
  }
  return choices;
}

// Every case variant of `literal` the byte test must know one by one (CharChoices); empty when
// the literal is no valid UTF-8 or has more than kMaxVariants.
std::vector<Variant> CaseVariants(std::string_view literal,
                                  std::map<char32_t, std::vector<char32_t>>& orbits) {
  std::vector<Variant> variants(1);
  for (size_t pos = 0; pos < literal.size();) {
    size_t next = pos;
    UChar32 c;
    U8_NEXT(literal.data(), next, literal.size(), c);
    if (c < 0) return {};
    const std::vector<Variant> choices = CharChoices(literal, pos, next, orbits);
    if (choices.empty() || variants.size() * choices.size() > kMaxVariants) return {};
    std::vector<Variant> longer;
    for (const Variant& v : variants) {
      for (const Variant& choice : choices)
        longer.push_back({v.bytes + choice.bytes, v.mask + choice.mask});
    }
    variants = std::move(longer);
    pos = next;
  }
  return variants;
}

}  // namespace

LiteralWindows::LiteralWindows(const std::vector<std::vector<std::string>>& groups)
    : may_start_((size_t{1} << kFilterBits) / 64), groups_(groups.size()) {
  std::vector<std::pair<uint32_t, Literal>> by_start;
  auto add = [&](uint32_t key, const Literal& literal) {
    SetBit(may_start_, Hash(key, kFilterBits));
    by_start.emplace_back(key, literal);
  };
  std::map<char32_t, std::vector<char32_t>> orbits;
  for (uint32_t group = 0; group < groups.size(); ++group) {
    for (const std::string& text : groups[group]) {
      const std::vector<Variant> variants = CaseVariants(text, orbits);
      if (variants.empty()) {
        whole_text_ = true;
        return;
      }
      for (const Variant& v : variants) {
        if (v.bytes.size() < 3) {
          whole_text_ = true;
          return;
        }
        Literal literal{v.bytes, v.bytes, v.mask};
        literal.group = group;
        for (size_t i = 0; i < v.bytes.size(); ++i) {
          literal.folded[i] = static_cast<char>(v.bytes[i] | 0x20);
          literal.exact[i] = static_cast<char>(v.bytes[i] | v.mask[i]);
        }
        const size_t head = std::min<size_t>(8, v.bytes.size());
        std::memcpy(&literal.head, literal.folded.data(), head);
        literal.head_mask = head == 8 ? ~uint64_t{0} : (uint64_t{1} << 8 * head) - 1;
        const uint32_t key = FoldedStart(literal.folded, 0);
        if (v.bytes.size() >= 4) {
          add(key, literal);
          continue;
        }
        // A 3-byte literal: any fourth byte.
        for (uint32_t fourth = 0x20; fourth < 0x100; fourth = (fourth + 1) | 0x20) {
          add((key & 0x00FFFFFFu) | (fourth << 24), literal);
        }
      }
    }
  }
  // Grouped by key, each group in the order of `groups`.
  std::stable_sort(by_start.begin(), by_start.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  size_t size = 16;
  while (size < 2 * by_start.size()) size *= 2;
  starts_.resize(size);
  starts_mask_ = size - 1;
  Start* start = nullptr;
  for (size_t i = 0; i < by_start.size(); ++i) {
    const uint32_t key = by_start[i].first;
    if (i == 0 || by_start[i - 1].first != key) {
      size_t slot = Hash(key, kHashBits) & (size - 1);
      while (starts_[slot].count != 0) slot = (slot + 1) & (size - 1);
      starts_[slot] = {key, static_cast<uint32_t>(literals_.size()), 0};
      start = &starts_[slot];
    }
    literals_.push_back(std::move(by_start[i].second));
    ++start->count;
  }
}

const LiteralWindows::Start& LiteralWindows::Lookup(uint32_t key) const {
  size_t slot = Hash(key, kHashBits) & starts_mask_;
  while (starts_[slot].count != 0 && starts_[slot].key != key) slot = (slot + 1) & starts_mask_;
  return starts_[slot];
}

bool LiteralWindows::WholeText(std::string_view text) const {
  return whole_text_ || text.find("\xE2\x84\xAA") != std::string_view::npos ||
         text.find("\xC5\xBF") != std::string_view::npos;
}

std::vector<std::vector<ByteSpan>> LiteralWindows::Find(std::string_view text) const {
  std::vector<std::vector<ByteSpan>> windows(groups_);
  if (WholeText(text)) {
    for (std::vector<ByteSpan>& w : windows) w = {{0, text.size()}};
    return windows;
  }
  // Inlined in both loops: out of line, each of the ~4,200 candidates a pass saved and restored
  // registers for a lookup that mostly finds one or two literals.
  auto try_at = [&](size_t pos, uint32_t key) __attribute__((always_inline)) {
    const Start& start = Lookup(key);
    if (start.count == 0) return;
    const size_t rest = text.size() - pos;
    const uint64_t head = Folded<uint64_t>(text, pos);
    // Through a pointer, the head first: most of a start's literals differ there ("bij " opens
    // some fifty), and an index made the compiler reload the array and multiply for each.
    const Literal* const end = literals_.data() + start.first + start.count;
    for (const Literal* literal = literals_.data() + start.first; literal < end; ++literal) {
      if ((head & literal->head_mask) != literal->head) continue;
      const size_t size = literal->folded.size();
      if (size <= rest && (size <= 8 || FoldedEqual(text.data() + pos + 8,
                                                    std::string_view(literal->folded).substr(8)))) {
        AddWindow(windows[literal->group], {pos, pos + size});
      }
    }
  };
  const size_t n = text.size();
  const size_t last = n >= 4 ? n - 3 : 0;  // the positions with 4 bytes
  for (size_t base = 0; base < last; base += 64) {
    uint64_t found = Candidates(text.data(), base, last, may_start_.data(), kFilterBits);
    for (; found != 0; found &= found - 1) {
      const size_t pos = base + static_cast<size_t>(std::countr_zero(found));
      try_at(pos, FoldedStart(text, pos));
    }
  }
  for (size_t pos = last; pos < n; ++pos) try_at(pos, FoldedStart(text, pos));
  return windows;
}

size_t LiteralWindows::LongestAt(std::string_view text, size_t pos, size_t limit,
                                 uint32_t group) const {
  const Start& start = Lookup(FoldedStart(text, pos));
  size_t longest = 0;
  for (uint32_t i = start.first; i < start.first + start.count; ++i) {
    const Literal& literal = literals_[i];
    const size_t size = literal.exact.size();
    if (literal.group != group || size > limit - pos || size <= longest) continue;
    size_t k = 0;
    while (k < size && (text[pos + k] | literal.mask[k]) == literal.exact[k]) ++k;
    if (k == size) longest = size;
  }
  return longest;
}

std::optional<std::vector<ByteSpan>> LiteralWindows::Matches(std::string_view text,
                                                             const std::vector<ByteSpan>& windows,
                                                             uint32_t group) const {
  // Find's whole text: the byte test could miss a match (WholeText, not asked again here). A text
  // that is one window anyway loses nothing when RE2 reads it.
  if (windows.size() == 1 && windows[0].begin == 0 && windows[0].end == text.size()) {
    return std::nullopt;
  }
  std::vector<ByteSpan> matches;
  for (const ByteSpan& w : windows) {
    // Leftmost start first, then the longest literal there; the next search starts after it.
    for (size_t pos = w.begin; pos < w.end;) {
      const size_t length = LongestAt(text, pos, w.end, group);
      if (length > 0) {
        matches.push_back({pos, pos + length});
        pos += length;
      } else {
        ++pos;
      }
    }
  }
  return matches;
}

}  // namespace vermeld
