#include "core/provenance/fingerprint.h"

#include <algorithm>
#include <fstream>
#include <stdexcept>
#include <string>
#include <unordered_set>

namespace vermeld {
namespace {

uint64_t Mix(uint64_t x) {  // splitmix64 finaliser: spreads every input bit over the output
  x ^= x >> 30;
  x *= 0xbf58476d1ce4e5b9ULL;
  x ^= x >> 27;
  x *= 0x94d049bb133111ebULL;
  return x ^ (x >> 31);
}

// Loaded once from the data directory; a missing file is an installation error.
const std::unordered_set<std::string>& FunctionWords() {
  static const std::unordered_set<std::string> words = [] {
    const std::string path = std::string(VERMELD_DATA_DIR) + "/function_words.txt";
    std::ifstream in(path);
    if (!in) throw std::runtime_error("cannot read " + path);
    std::unordered_set<std::string> set;
    for (std::string line; std::getline(in, line);) {
      if (line.empty() || line[0] == '#') continue;
      for (NormalizedWord& w : NormalizeWords(line)) set.insert(std::move(w.key));
    }
    return set;
  }();
  return words;
}

}  // namespace

uint64_t WordHash(std::string_view key) {
  uint64_t h = 0xcbf29ce484222325ULL;  // FNV-1a
  for (unsigned char c : key) h = (h ^ c) * 0x100000001b3ULL;
  return Mix(h);
}

std::vector<uint32_t> KGramHashes(std::span<const uint64_t> words) {
  std::vector<uint32_t> out;
  if (words.size() < kK) return out;
  out.reserve(words.size() - kK + 1);
  for (size_t i = 0; i + kK <= words.size(); ++i) {
    uint64_t h = 0;
    for (size_t j = 0; j < kK; ++j) h = Mix(h + words[i + j]);  // order-sensitive combination
    out.push_back(static_cast<uint32_t>(h >> 32));
  }
  return out;
}

std::vector<uint32_t> Winnow(std::span<const uint32_t> h) {
  std::vector<uint32_t> out;
  if (h.empty()) return out;
  const size_t windows = h.size() >= kWindow ? h.size() - kWindow + 1 : 1;
  const size_t width = std::min(kWindow, h.size());
  for (size_t i = 0; i < windows; ++i) {
    out.push_back(*std::min_element(h.begin() + i, h.begin() + i + width));
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

std::vector<NormalizedWord> ContentWords(std::string_view text) {
  const auto& function_words = FunctionWords();
  std::vector<NormalizedWord> words = NormalizeWords(text);
  std::erase_if(words, [&](const NormalizedWord& w) { return function_words.count(w.key) > 0; });
  return words;
}

std::vector<uint64_t> WordHashes(const std::vector<NormalizedWord>& words) {
  std::vector<uint64_t> out;
  out.reserve(words.size());
  for (const NormalizedWord& w : words) out.push_back(WordHash(w.key));
  return out;
}

std::vector<uint32_t> FingerprintText(std::string_view text) {
  return Winnow(KGramHashes(WordHashes(ContentWords(text))));
}

}  // namespace vermeld
