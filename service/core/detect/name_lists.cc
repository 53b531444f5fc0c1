#include "core/detect/name_lists.h"

#include <algorithm>
#include <array>
#include <cstring>
#include <fstream>
#include <stdexcept>

#include <unicode/uchar.h>

#include "core/detect/byte_lanes.h"
#include "core/text/utf8.h"

namespace vermeld {
namespace {

// Adds the lower-cased entries to the table with `flags`; returns them.
std::vector<std::string> AddAll(NameTable& words, const std::string& path, uint32_t flags) {
  std::vector<std::string> lower;
  for (const std::string& e : ReadListFile(path)) {
    lower.push_back(LowerUtf8(e));
    words.Add(lower.back(), flags);
  }
  return lower;
}

std::string Compact(std::string_view lower) {
  std::string out;
  for (char c : lower) {
    if (c != ' ' && c != '\'' && c != '-') out += c;
  }
  return out;
}

std::shared_ptr<const NameLists> Build(const std::string& data_dir) {
  auto lists = std::make_shared<NameLists>();
  NameTable& words = lists->words;
  const std::string names = data_dir + "/names/";
  AddAll(words, names + "first_names.txt", kFirstName);
  for (const std::string& lower : AddAll(words, names + "surnames.txt", kSurname)) {
    words.Add(lower.substr(lower.rfind(' ') + 1), kSurname);  // npos + 1 == 0: whole name
    words.Add(Compact(lower), kSurnameCompact);
  }
  for (std::string& p : AddAll(words, names + "particles.txt", kParticle)) {
    lists->particles.insert(std::move(p));
  }
  AddAll(words, names + "titles.txt", kTitle);
  AddAll(words, names + "functions.txt", kFunction);
  AddAll(words, names + "salutations.txt", kSalutation);
  for (const std::string& closing : AddAll(words, names + "closings.txt", kClosing)) {
    const size_t first = static_cast<unsigned char>(closing[0]) << 8;
    if (closing.size() > 1) {
      lists->closing_starts.set(first | static_cast<unsigned char>(closing[1]));
    } else {
      for (size_t second = 0; second < 256; ++second) lists->closing_starts.set(first | second);
    }
  }
  AddAll(words, names + "quote_verbs.txt", kQuoteVerb);
  AddAll(words, names + "list_cues.txt", kListCue);
  // "?tegenpartij": a label whose value may be a firm's name as well ("Tegenpartij: Proximus").
  for (const std::string& label : ReadListFile(names + "name_labels.txt")) {
    const bool weak = label[0] == '?';
    words.Add(LowerUtf8(weak ? label.substr(1) : label),
              weak ? kNameLabel | kWeakNameLabel : kNameLabel);
  }
  // "?naam op de rekening": a firm's name stands there as often, so a known name is needed.
  for (const std::string& bearer : ReadListFile(names + "name_bearers.txt")) {
    const bool weak = bearer[0] == '?';
    words.Add(LowerUtf8(weak ? bearer.substr(1) : bearer),
              weak ? kNameBearer | kWeakNameLabel : kNameBearer);
  }
  AddAll(words, names + "work_words.txt", kWorkWord);
  AddAll(words, names + "kinship.txt", kKinship);
  AddAll(words, names + "relations_of.txt", kRelationOf);
  AddAll(words, names + "transit_words.txt", kTransitWord);
  AddAll(words, names + "not_names.txt", kNotName);
  auto add_suffix = [&](const std::string& lower) {
    const size_t last = static_cast<unsigned char>(lower.back());
    lists->non_name_suffixes[last].push_back(lower);
    if (lower.size() > 1) {
      lists->non_name_suffix_ends.set(static_cast<unsigned char>(lower[lower.size() - 2]) << 8 |
                                      last);
    } else {
      for (size_t before = 0; before < 256; ++before) {
        lists->non_name_suffix_ends.set(before << 8 | last);
      }
    }
  };
  lists->street_suffixes = ReadListFile(data_dir + "/address/street_suffixes.txt");
  const std::vector<std::string> surname_endings = ReadListFile(names + "surname_endings.txt");
  for (const std::string& s : lists->street_suffixes) {
    std::string lower = LowerUtf8(s);
    if (std::find(surname_endings.begin(), surname_endings.end(), lower) == surname_endings.end()) {
      add_suffix(lower);
    }
  }
  // "*team": the word itself and compounds ending in it; "ict": the word only.
  for (const std::string& w : ReadListFile(names + "organisation_words.txt")) {
    const bool suffix = w[0] == '*';
    const std::string lower = LowerUtf8(suffix ? w.substr(1) : w);
    words.Add(lower, kNotName);
    if (suffix) add_suffix(lower);
  }
  for (std::string& p : AddAll(words, data_dir + "/places/places.txt", kNotName)) {
    lists->places.insert(std::move(p));
  }
  for (std::string& p : ReadListFile(names + "political_parties.txt")) {
    lists->parties.insert(LowerUtf8(p));
  }
  AddAll(words, names + "ambiguous.txt", kAmbiguous);
  AddAll(words, names + "lowercase_words.txt", kLowerWord);
  return lists;
}

}  // namespace

std::string LowerUtf8(std::string_view text) {
  std::string out;
  AppendLowerUtf8(text, out);
  return out;
}

void LowerAsciiLetters(char* data, size_t size) {
  // Sixteen bytes at a time (SSE2) through a whole text (LowerTokens' copy: 2.5 instructions a
  // byte eight at a time, 1 now): 'A'..'Z' shifted to the bottom of the signed bytes are the only
  // ones below -102, and get the case bit 0x20.
  size_t i = 0;
  for (; i + 16 <= size; i += 16) {
    const Lanes::Vector v = Lanes::Load(data + i);
    const Lanes::Vector upper = Lanes::InRange(v, 'A', 26);
    Lanes::Store(data + i, Lanes::Or(v, Lanes::And(upper, Lanes::Splat(0x20))));
  }
  // Then eight bytes at a time (a short word's bytes): bit 7 of each byte of `upper` is set where
  // that byte is in 'A'..'Z' (each sum stays below 0x100, so no carry crosses into the next
  // byte), and moved to bit 5, the case bit.
  constexpr uint64_t kOnes = 0x0101010101010101ull;
  for (; i + 8 <= size; i += 8) {
    uint64_t w;
    std::memcpy(&w, data + i, 8);
    const uint64_t low7 = w & (0x7F * kOnes);
    const uint64_t at_least_a = low7 + (0x80 - 'A') * kOnes;
    const uint64_t beyond_z = low7 + (0x80 - 'Z' - 1) * kOnes;
    const uint64_t upper = at_least_a & ~beyond_z & ~w & (0x80 * kOnes);
    w |= upper >> 2;
    std::memcpy(data + i, &w, 8);
  }
  for (; i < size; ++i) {
    if (data[i] >= 'A' && data[i] <= 'Z') data[i] = static_cast<char>(data[i] + ('a' - 'A'));
  }
}

uint32_t FindLowered(const NameTable& table, std::string_view word) {
  char lower[32];
  if (word.size() > sizeof lower ||
      std::any_of(word.begin(), word.end(), [](char c) { return c & 0x80; })) {
    return table.Find(LowerUtf8(word));
  }
  std::copy(word.begin(), word.end(), lower);
  LowerAsciiLetters(lower, word.size());
  return table.Find({lower, word.size()});
}

void AppendLowerUtf8(std::string_view text, std::string& out) {
  // The lower-case forms of U+0080..U+00FF (the accented letters of Dutch and French), made once
  // by the general path at the end of the loop: each is then one append.
  static const std::array<std::string, 128> kLatin1 = [] {
    std::array<std::string, 128> lower;
    for (char32_t cp = 0x80; cp < 0x100; ++cp) {
      AppendUtf8(static_cast<char32_t>(u_tolower(static_cast<UChar32>(cp))), lower[cp - 0x80]);
    }
    return lower;
  }();
  for (size_t pos = 0; pos < text.size();) {
    // A run of ASCII bytes at once, found eight bytes at a time: most text is ASCII.
    size_t run = pos;
    for (uint64_t w; run + 8 <= text.size(); run += 8) {
      std::memcpy(&w, text.data() + run, 8);
      if (w & 0x8080808080808080ull) break;
    }
    while (run < text.size() && static_cast<unsigned char>(text[run]) < 0x80) ++run;
    const size_t o = out.size();
    out.append(text.substr(pos, run - pos));
    LowerAsciiLetters(out.data() + o, run - pos);
    pos = run;
    if (pos == text.size()) break;
    // Decoded as DecodeUtf8 decodes a two-byte sequence with a lead byte 0xC2 or 0xC3.
    const unsigned char lead = static_cast<unsigned char>(text[pos]);
    if ((lead == 0xC2 || lead == 0xC3) && pos + 1 < text.size()) {
      out += kLatin1[((lead & 0x1F) << 6 | (text[pos + 1] & 0x3F)) - 0x80];
      pos += 2;
      continue;
    }
    AppendUtf8(static_cast<char32_t>(u_tolower(static_cast<UChar32>(DecodeUtf8(text, pos)))), out);
  }
}

uint32_t FlagsWithCompoundFunction(const NameLists& lists, std::string_view lower) {
  uint32_t flags = lists.words.Find(lower);
  const size_t hyphen = lower.rfind('-');
  if (!(flags & (kFirstName | kSurname)) && hyphen != std::string_view::npos) {
    flags |= lists.words.Find(lower.substr(hyphen + 1)) & kFunction;
  }
  return flags;
}

namespace {

// The length of the non-name ending of the lower-case word (lists.non_name_suffixes), or 0 when
// it has none or is itself a known surname or given name.
size_t NoNameEndingLength(const NameLists& lists, std::string_view lower) {
  // An ending has a byte at least, and three bytes more must stand before it.
  if (lower.size() < 4) return 0;
  const size_t ends = static_cast<unsigned char>(lower[lower.size() - 2]) << 8 |
                      static_cast<unsigned char>(lower.back());
  if (!lists.non_name_suffix_ends.test(ends)) return 0;
  for (const std::string& s : lists.non_name_suffixes[static_cast<unsigned char>(lower.back())]) {
    if (lower.size() > s.size() + 2 && lower.ends_with(s)) {
      // "-ering" and "-uring" make nouns of verbs ("Digitalisering", "Vergadering", "Sturing"),
      // no ring roads ("Binnenring", "Noorderring").
      if (s == "ring" && (lower.ends_with("ering") || lower.ends_with("uring"))) continue;
      return lists.words.Has(lower, kSurname | kFirstName) ? 0 : s.size();
    }
  }
  return 0;
}

bool EndsLikeNoName(const NameLists& lists, std::string_view lower) {
  return NoNameEndingLength(lists, lower) != 0;
}

}  // namespace

bool NamesItsStem(const NameLists& lists, std::string_view lower) {
  const size_t ending = NoNameEndingLength(lists, lower);
  if (ending == 0) return false;
  const std::string_view stem = lower.substr(0, lower.size() - ending);
  // "willemsstraat", "peeterslaan": a genitive s joins the name to its street. Not a surname that
  // is a word too ("bosstraat", "bergstraat", "bakkerstraat"): those streets are named after it.
  auto named = [&](std::string_view name) {
    const uint32_t flags = lists.words.Find(name);
    return (flags & (kSurname | kFirstName)) != 0 && (flags & (kAmbiguous | kNotName)) == 0 &&
           name.size() >= 5;
  };
  return named(stem) || (stem.ends_with('s') && named(stem.substr(0, stem.size() - 1)));
}

bool IsNonNameCompound(const NameLists& lists, std::string_view lower) {
  if (EndsLikeNoName(lists, lower)) return true;
  // A street's side or part after a hyphen ("churchilllaan-zijde", "stationsstraat-noord"); other
  // hyphens join two surnames ("verlaan-peeters", "hogeweg-de vries").
  const size_t hyphen = lower.find('-');
  if (hyphen == std::string_view::npos) return false;
  static constexpr std::string_view kSides[] = {"zijde", "kant", "noord", "zuid", "oost",
                                                "west",  "nord", "sud",   "est",  "ouest"};
  const std::string_view side = lower.substr(hyphen + 1);
  return std::find(std::begin(kSides), std::end(kSides), side) != std::end(kSides) &&
         EndsLikeNoName(lists, lower.substr(0, hyphen));
}

std::vector<std::string> ReadListFile(const std::string& path) {
  std::ifstream in(path);
  if (!in) throw std::runtime_error("cannot read data file " + path);
  std::vector<std::string> entries;
  for (std::string line; std::getline(in, line);) {
    const size_t first = line.find_first_not_of(" \t\r");
    if (first == std::string::npos || line[first] == '#') continue;
    const size_t last = line.find_last_not_of(" \t\r");
    entries.push_back(line.substr(first, last - first + 1));
  }
  return entries;
}

std::shared_ptr<const NameLists> LoadNameLists(const std::string& data_dir) {
  return LoadOncePerDir<NameLists>(data_dir, &Build);
}

}  // namespace vermeld
