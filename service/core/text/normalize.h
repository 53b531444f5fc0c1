// Word-level normalisation for matching text that people have lightly edited.
//
// NormalizeWords splits valid UTF-8 into words and reduces each word to a comparable key:
// Unicode NFKC with case folding, diacritics removed (e -> e for é, ë, è), invisible characters
// dropped (zero-width U+200B-U+200D, U+2060, U+FEFF, U+00AD, U+2062-U+2064, variation selectors,
// tag characters) without splitting the word, and a light Dutch stem (StemDutch). No-break spaces
// (U+00A0, U+202F), punctuation, hyphens and apostrophes separate words, so white space and
// punctuation edits never change the word sequence. Each word keeps the UTF-8 byte span it came
// from, so matches on normalised words can be reported in the original text.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace vermeld {

struct NormalizedWord {
  std::string key;   // normalised, stemmed form
  size_t begin = 0;  // UTF-8 byte span of the word in the original text (invisible chars included)
  size_t end = 0;
};

// Input must be valid UTF-8 (see FindInvalidUtf8).
std::vector<NormalizedWord> NormalizeWords(std::string_view utf8);

// Light Dutch stemming of one case-folded, diacritic-free word, so inflection edits keep the key:
// strips one suffix (-heden -> -heid, diminutive -tjes/-tje/-jes/-je, plural/adjective -en, -e, -s)
// when at least three letters remain, then undoubles a final double consonant (bakk -> bak) and
// the long vowel before a final consonant (maak -> mak, groot -> grot), and maps a final v/z to f/s
// (lev -> lef): maken/maak, grote/groot, resultaten/resultaat, mogelijkheden/mogelijkheid share a
// key. A final -t is kept (stripping it breaks noun pairs such as resultaat/resultaten). Words of
// other languages go through the same steps; matching only needs the steps to be consistent.
std::string StemDutch(std::string_view word);

}  // namespace vermeld
