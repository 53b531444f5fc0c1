// Winnowing fingerprints of normalised word k-grams (Schleimer, Wilkerson, Aiken 2003).
//
// Text -> content words (NormalizeWords minus the function words of data/function_words.txt, which
// editors add and drop freely) -> one 64-bit hash per word -> one 32-bit hash per kK consecutive
// content words (k-gram) -> winnowing keeps the minimum hash of every window of kWindow k-grams.
// Guarantee: every unchanged run of at least kGuaranteedRun = kWindow + kK - 1 content words that
// a draft shares with a recorded output contains a whole window of that output, so at least one
// of its k-grams is a recorded fingerprint. Density: about 2 / (kWindow + 1) of the k-grams are
// kept; 1 KB of Dutch prose has about 80 content words, so about 32 fingerprints (128 bytes).
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

#include "core/text/normalize.h"

namespace vermeld {

inline constexpr size_t kK = 3;       // content words per k-gram
inline constexpr size_t kWindow = 4;  // k-grams per winnowing window
inline constexpr size_t kGuaranteedRun = kWindow + kK - 1;

// 64-bit hash of a normalised word key.
uint64_t WordHash(std::string_view key);

// hashes[i] covers words i .. i+kK-1; empty when fewer than kK words.
std::vector<uint32_t> KGramHashes(std::span<const uint64_t> word_hashes);

// The winnowed subset of k-gram hashes, sorted and without duplicates. A text shorter than one
// window keeps its minimum k-gram hash.
std::vector<uint32_t> Winnow(std::span<const uint32_t> kgram_hashes);

// The content words of a valid UTF-8 text, with their spans (NormalizeWords minus function words).
std::vector<NormalizedWord> ContentWords(std::string_view text);

// WordHash of every content word.
std::vector<uint64_t> WordHashes(const std::vector<NormalizedWord>& words);

// Fingerprints to record for an AI output: Winnow(KGramHashes(WordHashes(ContentWords(text)))).
std::vector<uint32_t> FingerprintText(std::string_view text);

}  // namespace vermeld
