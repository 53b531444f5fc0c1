#include "core/detect/body_complaints.h"

#include "core/detect/name_lists.h"

namespace vermeld {
namespace {

constexpr size_t kReach = 40;  // bytes looked at on each side of a body part

bool WordByte(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
         static_cast<unsigned char>(c) >= 0x80;
}

bool EndsSentence(char c) { return c == '.' || c == '!' || c == '?' || c == '\n'; }

}  // namespace

BodyComplaints::BodyComplaints(const std::string& data_dir)
    : parts_(ReadListFile(data_dir + "/health/body_parts.txt")),
      complaints_(ReadListFile(data_dir + "/health/complaints.txt")),
      re_(LiteralAlternation(parts_), Utf8Options(false, true)) {}

ByteSpan BodyComplaints::ComplaintIn(std::string_view text, size_t from, size_t to,
                                     bool last) const {
  const std::string lower = LowerUtf8(text.substr(from, to - from));
  if (lower.size() != to - from) return {0, 0};  // a character changed length: offsets would drift
  ByteSpan found{0, 0};
  for (const std::string& c : complaints_) {
    for (size_t at = lower.find(c); at != std::string::npos; at = lower.find(c, at + 1)) {
      const size_t end = at + c.size();
      if ((at > 0 && WordByte(lower[at - 1])) || (end < lower.size() && WordByte(lower[end]))) {
        continue;
      }
      // The complaint nearest the body part.
      if (found.end == 0 || (last ? from + at > found.begin : from + at < found.begin)) {
        found = {from + at, from + end};
      }
    }
  }
  return found;
}

std::vector<ByteSpan> BodyComplaints::Find(
    std::string_view text, const std::optional<std::vector<ByteSpan>>& parts) const {
  std::vector<ByteSpan> out;
  auto complaint_around = [&](size_t begin, size_t end) {
    if (end < text.size() && WordByte(text[end])) return;
    size_t word = begin;
    while (word > 0 && WordByte(text[word - 1])) --word;
    if (word < begin) {
      const std::string prefix = LowerUtf8(text.substr(word, begin - word));
      if (prefix != "rechter" && prefix != "linker" && prefix != "onder" && prefix != "boven") {
        return;
      }
    }
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
    if (const ByteSpan before = ComplaintIn(text, lo, word, true); before.end != 0) {
      out.push_back({before.begin, end});
    } else if (const ByteSpan after = ComplaintIn(text, end, hi, false); after.end != 0) {
      out.push_back({word, after.end});
    }
  };
  if (parts) {
    for (const ByteSpan& part : *parts) complaint_around(part.begin, part.end);
  } else {
    ForEachMatch(re_, text, complaint_around);
  }
  return out;
}

}  // namespace vermeld
