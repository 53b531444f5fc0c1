// The word lists behind PERSON (and the person cues of HEALTH): given names, surnames, particles,
// titles, functions, salutations, closings, reporting verbs, list labels, hard negatives
// (organisation words, places) and the endings of words that are no names. Read once
// from files under data_dir (service/data) and shared read-only between recognizers and threads.
#pragma once

#include <array>
#include <bitset>
#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "core/detect/name_table.h"

namespace vermeld {

// Hash and equality that let an unordered_set<std::string> be probed with a string_view.
struct NameHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};
using WordSet = std::unordered_set<std::string, NameHash, std::equal_to<>>;

// The lists a lower-case word is in: the flags of NameLists::words.
enum NameFlag : uint32_t {
  kFirstName = 1u << 0,       // "anne-marie"
  kSurname = 1u << 1,         // full forms ("van den broeck") and their last word
  kSurnameCompact = 1u << 2,  // surnames without spaces or apostrophes ("vandenbroeck")
  kParticle = 1u << 3,        // "van", "der", "'t", "d'"
  kTitle = 1u << 4,           // forms of address: "dhr", "mevrouw", "madame"
  kFunction = 1u << 5,        // "schepen", "burgemeester", "échevine"
  kSalutation = 1u << 6,      // "beste", "geachte", "bonjour"
  kQuoteVerb = 1u << 7,       // "zegt", "aldus", "selon"
  kListCue = 1u << 8,         // labels before a list of people: "aanwezig", "cc", "présents"
  kNotName = 1u << 9,         // months, days, organisation words, places
  kAmbiguous = 1u << 10,      // names that are also ordinary words: "roos", "bakker"
  kClosing = 1u << 11,        // whole lines: "met vriendelijke groet", "cordialement"
  kNameLabel = 1u << 12,      // form labels and column headers of a name: "naam", "prénom"
  kWorkWord = 1u << 13,       // creative work and performance: "concert", "roman", "auteur"
  kKinship = 1u << 14,        // family words before a given name: "zoon", "fille", "mama"
  kTransitWord = 1u << 15,    // public transport: "tram", "métro", "halte", "bus"
  kLowerWord = 1u << 16,      // given names that are ordinary words in lower case: "claire", "rose"
  kRelationOf = 1u << 17,     // relation words before "van", "de", "of" and a name: "moeder"
  kWeakNameLabel = 1u << 18,  // name labels and bearers firms fill too ("tegenpartij"): a known
                              // name needed
  kNameBearer = 1u << 19,     // what shows a name in quotes: "sonnette", "brievenbus"
};

struct NameLists {
  NameTable words;  // every word list above, lower-case, with its NameFlags
  // Also in `words`; sets for the address recognizer.
  WordSet particles;
  WordSet places;                            // municipalities, cities, regions, countries
  WordSet parties;                           // "n-va", "vvd": a bracket after a name holds one
  std::vector<std::string> street_suffixes;  // "straat", "laan": "Kerkstraat" is no surname
  // Street endings (but those that end surnames too, names/surname_endings.txt) and organisation
  // endings ("team", "dienst", "administratie"): a compound ending in one is no name
  // ("Projectteam", "Groendienst"). Bucketed by their last byte so that
  // a word is compared with the few endings that can match.
  std::array<std::vector<std::string>, 256> non_name_suffixes;
  // Bit b0 << 8 | b1 is set when one of non_name_suffixes ends in the bytes b0 b1, or is the one
  // byte b1: most words are ruled out from their last two bytes without a comparison.
  std::bitset<1 << 16> non_name_suffix_ends;
  // Bit b0 << 8 | b1 is set when a closing (kClosing) starts with the bytes b0 b1, or is the one
  // byte b0: a line whose first two lower-case bytes are not set starts with no closing.
  std::bitset<1 << 16> closing_starts;
};

// True when the lower-case word is a compound (at least three bytes before the ending) that ends
// in one of lists.non_name_suffixes and is not itself a known surname or given name, or is such a
// compound, a hyphen and a side ("churchilllaan-zijde").
bool IsNonNameCompound(const NameLists& lists, std::string_view lower);

// True when the lower-case word is a compound with a non-name ending (as IsNonNameCompound) whose
// stem is a known surname or given name of five bytes or more that is no ordinary word, with or
// without a genitive s: a street named after someone ("willemsstraat", "peeterslaan"), not
// "kerkstraat" nor "bosstraat".
bool NamesItsStem(const NameLists& lists, std::string_view lower);

// The flags of the lower-case word, with kFunction when a hyphenated compound's last part is a
// function: "ict-coördinator", "hr-adviseur" are functions, "vande-velde" is none.
uint32_t FlagsWithCompoundFunction(const NameLists& lists, std::string_view lower);

// True when a word with these NameFlags names a role and no one: a name label, a function or a
// family word that is no given name or surname ("client", "medewerker", "mama"). A chat speaker
// so labelled is unnamed (a phone saves a mother as "Mama").
inline bool IsRoleOnly(uint32_t flags) {
  return (flags & (kNameLabel | kFunction | kKinship)) != 0 &&
         (flags & (kFirstName | kSurname)) == 0;
}

// Lower-cases UTF-8 text code point by code point (Unicode simple case mapping). Input must be
// valid UTF-8.
std::string LowerUtf8(std::string_view text);
// The same, appended to out.
void AppendLowerUtf8(std::string_view text, std::string& out);
// Lower-cases the ASCII letters A-Z of data[0, size) in place; every other byte is kept.
void LowerAsciiLetters(char* data, size_t size);
// table.Find(LowerUtf8(word)), with short ASCII words (nearly all) lowered on the stack: a
// string per lookup cost more than the lookup.
uint32_t FindLowered(const NameTable& table, std::string_view word);

// Reads a list file: one entry per line, '#' starts a comment line, blank lines skipped, entries
// trimmed. Throws std::runtime_error naming the file when it cannot be read.
std::vector<std::string> ReadListFile(const std::string& path);

// Returns build(data_dir), built once per data_dir (and type) and then shared read-only.
// Thread-safe.
template <typename T>
std::shared_ptr<const T> LoadOncePerDir(const std::string& data_dir,
                                        std::shared_ptr<const T> (*build)(const std::string&)) {
  static std::mutex mu;
  static std::map<std::string, std::shared_ptr<const T>> cache;
  const std::lock_guard<std::mutex> lock(mu);
  auto& slot = cache[data_dir];
  if (!slot) slot = build(data_dir);
  return slot;
}

// Loads the lists from data_dir/names, data_dir/places and data_dir/address. The result is cached
// per data_dir, so recognizers that share it read the files once. Throws like ReadListFile.
std::shared_ptr<const NameLists> LoadNameLists(const std::string& data_dir);

}  // namespace vermeld
