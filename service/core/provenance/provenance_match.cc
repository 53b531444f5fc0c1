#include "core/provenance/provenance_match.h"

#include <algorithm>

namespace vermeld {
namespace {

struct Candidate {
  size_t first_word, last_word;  // inclusive
  uint32_t output;
  size_t hits;
  double score;
};

// Share of the winnowing windows inside k-gram range [p0, p1] that hold a hit. An unchanged copy
// scores 1 because every window of a recorded output holds one of its fingerprints.
double WindowScore(const std::vector<uint32_t>& positions, size_t p0, size_t p1) {
  const size_t last_start = p1 + 1 >= p0 + kWindow ? p1 + 1 - kWindow : p0;
  size_t covered = 0, next = 0;
  for (size_t s = p0; s <= last_start; ++s) {
    while (next < positions.size() && positions[next] < s) ++next;
    if (next < positions.size() && positions[next] < s + kWindow) ++covered;
  }
  return static_cast<double>(covered) / static_cast<double>(last_start - p0 + 1);
}

// Splits the hits of one output (sorted by position) into clusters and keeps the strong ones.
void Cluster(const std::vector<LedgerHit>& hits, size_t from, size_t to,
             std::vector<Candidate>& out) {
  std::vector<uint32_t> positions;
  auto flush = [&] {
    if (positions.size() >= kMinHits) {
      const size_t p0 = positions.front(), p1 = positions.back();
      out.push_back(
          {p0, p1 + kK - 1, hits[from].output, positions.size(), WindowScore(positions, p0, p1)});
    }
    positions.clear();
  };
  for (size_t i = from; i < to; ++i) {
    const uint32_t pos = hits[i].pos;
    if (!positions.empty() && pos == positions.back()) continue;
    if (!positions.empty() && pos - positions.back() > kMaxGap) flush();
    positions.push_back(pos);
  }
  flush();
}

// True when the text between words i-1 and i ends a sentence or a line.
bool SentenceBreakBefore(std::string_view text, const std::vector<NormalizedWord>& words,
                         size_t i) {
  if (i == 0 || i >= words.size()) return true;
  const std::string_view gap = text.substr(words[i - 1].end, words[i].begin - words[i - 1].end);
  return gap.find_first_of(".!?:;\n") != std::string_view::npos;
}

// Byte offset where the sentence holding content word i starts (function words before the first
// content word belong to the sentence too).
size_t SentenceBegin(std::string_view text, const std::vector<NormalizedWord>& words, size_t i) {
  const size_t lo = i == 0 ? 0 : words[i - 1].end, hi = words[i].begin;
  size_t b = text.substr(lo, hi - lo).find_last_of(".!?:;\n");
  b = b == std::string_view::npos ? lo : lo + b + 1;
  while (b < hi && (text[b] == ' ' || text[b] == '\t' || text[b] == '\r')) ++b;
  return b;
}

// Hits only bound a passage to within a window at each end: the recorded text may start up to
// kGuaranteedRun words earlier and end as much later. Extend to the sentence edge when it is
// that close, so an AI sentence is reported whole.
void ExtendToSentence(std::string_view text, const std::vector<NormalizedWord>& words,
                      Candidate& c) {
  for (size_t i = c.first_word, n = 0; n <= kGuaranteedRun; --i, ++n) {
    if (SentenceBreakBefore(text, words, i)) {
      c.first_word = i;
      break;
    }
    if (i == 0) break;
  }
  for (size_t i = c.last_word + 1, n = 0; n <= kGuaranteedRun && i <= words.size(); ++i, ++n) {
    if (SentenceBreakBefore(text, words, i)) {
      c.last_word = i - 1;
      break;
    }
  }
}

}  // namespace

AiContent MatchProvenance(const LedgerIndex& index, std::string_view text) {
  AiContent result;
  const std::vector<NormalizedWord> words = ContentWords(text);
  if (words.empty()) return result;
  std::vector<LedgerHit> hits;
  index.Lookup(KGramHashes(WordHashes(words)), hits);
  std::sort(hits.begin(), hits.end(), [](const LedgerHit& a, const LedgerHit& b) {
    return a.output != b.output ? a.output < b.output : a.pos < b.pos;
  });
  std::vector<Candidate> candidates;
  for (size_t i = 0; i < hits.size();) {
    size_t j = i;
    while (j < hits.size() && hits[j].output == hits[i].output) ++j;
    Cluster(hits, i, j, candidates);
    i = j;
  }
  for (Candidate& c : candidates) ExtendToSentence(text, words, c);
  std::sort(candidates.begin(), candidates.end(),
            [](const Candidate& a, const Candidate& b) { return a.first_word < b.first_word; });
  // Merge overlapping or touching candidates; the one with most hits names the tool and score.
  std::vector<Candidate> merged;
  for (const Candidate& c : candidates) {
    if (!merged.empty() && c.first_word <= merged.back().last_word + 1) {
      Candidate& m = merged.back();
      m.last_word = std::max(m.last_word, c.last_word);
      if (c.hits > m.hits)
        std::tie(m.output, m.hits, m.score) = std::tie(c.output, c.hits, c.score);
    } else {
      merged.push_back(c);
    }
  }
  size_t covered_words = 0;
  for (const Candidate& m : merged) {
    AiPassage p;
    p.begin = SentenceBreakBefore(text, words, m.first_word)
                  ? SentenceBegin(text, words, m.first_word)
                  : words[m.first_word].begin;
    p.end = words[m.last_word].end;
    p.source = AiSource::kProvenance;
    p.tool = index.tool(index.meta(m.output).tool);
    p.score = m.score;
    result.passages.push_back(std::move(p));
    covered_words += m.last_word - m.first_word + 1;
  }
  result.coverage = static_cast<double>(covered_words) / static_cast<double>(words.size());
  return result;
}

}  // namespace vermeld
