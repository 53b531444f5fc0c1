#include "core/detect/nearby_words.h"

#include <algorithm>
#include <bit>

namespace vermeld {
namespace {

constexpr size_t kReach = 40;  // bytes looked at on each side of an anchor

bool EndsSentence(char c) { return c == '.' || c == '!' || c == '?' || c == '\n'; }

std::vector<std::string> AllAnchors(const std::vector<NearbyWords::PairList>& lists) {
  std::vector<std::string> anchors;
  for (const NearbyWords::PairList& list : lists) {
    anchors.insert(anchors.end(), list.anchors.begin(), list.anchors.end());
  }
  return anchors;
}

}  // namespace

NearbyWords::NearbyWords(std::vector<PairList> lists)
    : lists_(std::move(lists)),
      anchors_(AllAnchors(lists_)),
      re_(LiteralAlternation(anchors_), Utf8Options(false, true)) {
  for (size_t i = 0; i < lists_.size(); ++i) {
    for (const std::string& a : lists_[i].anchors) list_of_.Add(LowerUtf8(a), 1u << i);
  }
}

ByteSpan NearbyWords::CompanionIn(const PairList& list, std::string_view text, size_t from,
                                  size_t to, bool last) {
  const std::string lower = LowerUtf8(text.substr(from, to - from));
  if (lower.size() != to - from) return {0, 0};  // a character changed length: offsets would drift
  ByteSpan found{0, 0};
  for (const std::string& c : list.companions) {
    for (size_t at = lower.find(c); at != std::string::npos; at = lower.find(c, at + 1)) {
      const size_t end = at + c.size();
      if ((at > 0 && IsWordByte(lower[at - 1])) || (end < lower.size() && IsWordByte(lower[end]))) {
        continue;
      }
      // The companion nearest the anchor.
      if (found.end == 0 || (last ? from + at > found.begin : from + at < found.begin)) {
        found = {from + at, from + end};
      }
    }
  }
  return found;
}

ByteSpan NearbyWords::PairIn(const PairList& list, std::string_view text, size_t begin,
                             size_t end) {
  size_t word = begin;
  while (word > 0 && IsWordByte(text[word - 1])) --word;
  if (word < begin) {
    const std::string prefix = LowerUtf8(text.substr(word, begin - word));
    if (std::find(list.anchor_prefixes.begin(), list.anchor_prefixes.end(), prefix) ==
        list.anchor_prefixes.end()) {
      return {0, 0};
    }
  }
  return list.companion_just_before ? CompanionRightBefore(list, text, word, end)
                                    : CompanionNearby(list, text, word, end);
}

ByteSpan NearbyWords::CompanionRightBefore(const PairList& list, std::string_view text, size_t word,
                                           size_t end) {
  if (end < text.size() && text[end] == '-') return {0, 0};  // "haar ziekte-uitkering"
  if (word < 2 || text[word - 1] != ' ' || !IsWordByte(text[word - 2])) return {0, 0};
  size_t lo = word - 2;
  while (lo > 0 && (IsWordByte(text[lo - 1]) || text[lo - 1] == '\'')) --lo;  // "z'n"
  const ByteSpan before = CompanionIn(list, text, lo, word - 1, true);
  if (before.end == 0 || before.begin != lo) return {0, 0};
  if (!list.not_with_word_before.empty() && lo >= 2 && text[lo - 1] == ' ') {
    size_t prev = lo - 1;
    while (prev > 0 && IsWordByte(text[prev - 1])) --prev;
    const std::string two = LowerUtf8(text.substr(prev, word - 1 - prev));  // "dit zijn"
    if (std::find(list.not_with_word_before.begin(), list.not_with_word_before.end(), two) !=
        list.not_with_word_before.end()) {
      return {0, 0};
    }
  }
  return {lo, end};
}

ByteSpan NearbyWords::CompanionNearby(const PairList& list, std::string_view text, size_t word,
                                      size_t end) {
  size_t lo = word > kReach ? word - kReach : 0;
  while (lo < word && (text[lo] & 0xC0) == 0x80) ++lo;  // start on a character
  for (size_t p = word; p > lo; --p) {
    if (EndsSentence(text[p - 1])) {
      lo = p;
      break;
    }
  }
  size_t hi = std::min(text.size(), end + kReach);
  while (hi > end && hi < text.size() && (text[hi] & 0xC0) == 0x80) --hi;
  for (size_t p = end; p < hi; ++p) {
    if (EndsSentence(text[p])) {
      hi = p;
      break;
    }
  }
  if (const ByteSpan before = CompanionIn(list, text, lo, word, true); before.end != 0) {
    return {before.begin, end};
  }
  if (const ByteSpan after = CompanionIn(list, text, end, hi, false); after.end != 0) {
    return {word, after.end};
  }
  return {0, 0};
}

std::vector<ByteSpan> NearbyWords::Find(std::string_view text,
                                        const std::optional<std::vector<ByteSpan>>& anchors) const {
  std::vector<ByteSpan> out;
  auto companion_around = [&](size_t begin, size_t end) {
    if (end < text.size() && IsWordByte(text[end])) return;
    // Zero when folded by RE2 beyond LowerUtf8 (Kelvin sign, long s).
    for (uint32_t in_lists = list_of_.Find(LowerUtf8(text.substr(begin, end - begin)));
         in_lists != 0; in_lists &= in_lists - 1) {
      if (const ByteSpan pair = PairIn(lists_[std::countr_zero(in_lists)], text, begin, end);
          pair.end != 0) {
        out.push_back(pair);
        return;
      }
    }
  };
  if (anchors) {
    for (const ByteSpan& anchor : *anchors) companion_around(anchor.begin, anchor.end);
  } else {
    ForEachMatch(re_, text, companion_around);
  }
  return out;
}

}  // namespace vermeld
