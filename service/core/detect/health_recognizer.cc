#include "core/detect/health_recognizer.h"

#include <algorithm>
#include <string>
#include <vector>

#include <re2/re2.h>

#include "core/detect/name_lists.h"
#include "core/detect/name_tokens.h"
#include "core/detect/pattern_scan.h"

namespace vermeld {
namespace {

constexpr double kNamedScore = 0.75;    // a name or title in the sentence
constexpr double kPronounScore = 0.65;  // only a pronoun or possessive
constexpr size_t kMaxSentence = 300;    // bytes looked at on each side of the term

bool IsWordByte(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
         static_cast<unsigned char>(c) >= 0x80;
}

class HealthRecognizer : public Recognizer {
 public:
  explicit HealthRecognizer(const std::string& data_dir)
      : lists_(LoadNameLists(data_dir)), re_(Pattern(data_dir), Options()) {
    for (const std::string& c : ReadListFile(data_dir + "/health/person_cues.txt")) {
      cues_.insert(LowerUtf8(c));
    }
  }

  std::string_view Type() const override { return "HEALTH"; }

  void Find(const ScanText& scan, std::vector<Finding>& out) const override {
    const std::string_view text = scan.text();
    ForEachMatch(re_, text, [&](size_t begin, size_t end) {
      if (end < text.size() && IsWordByte(text[end])) return;
      if (begin > 0 && IsWordByte(text[begin - 1])) {
        if (!compound_heads_.contains(LowerUtf8(text.substr(begin, end - begin)))) return;
        while (begin > 0 && IsWordByte(text[begin - 1])) --begin;  // the whole compound
      }
      const double score = PersonCueScore(text, begin, end);
      if (score > 0) out.push_back({"HEALTH", begin, end, score});
    });
  }

 private:
  static RE2::Options Options() {
    RE2::Options o;
    o.set_encoding(RE2::Options::EncodingUTF8);
    o.set_case_sensitive(false);
    o.set_longest_match(true);  // "ziekteverlof" rather than "ziek"
    o.set_log_errors(false);
    return o;
  }

  // One alternation of all terms; '*' terms may also end a compound word.
  std::string Pattern(const std::string& data_dir) {
    std::string alt;
    for (std::string term : ReadListFile(data_dir + "/health/terms.txt")) {
      if (term[0] == '*') {
        term.erase(0, 1);
        compound_heads_.insert(LowerUtf8(term));
      }
      alt += (alt.empty() ? "" : "|") + RE2::QuoteMeta(term);
    }
    return "(" + alt + ")";
  }

  // The score the nearest person cue in the term's sentence gives, or 0 without one.
  double PersonCueScore(std::string_view text, size_t begin, size_t end) const {
    size_t from = begin > kMaxSentence ? begin - kMaxSentence : 0;
    size_t to = std::min(text.size(), end + kMaxSentence);
    for (size_t p = begin; p > from; --p) {
      const char c = text[p - 1];
      if (c == '.' || c == '!' || c == '?' || c == '\n') {
        from = p;
        break;
      }
    }
    for (size_t p = end; p < to; ++p) {
      const char c = text[p];
      if (c == '.' || c == '!' || c == '?' || c == '\n') {
        to = p;
        break;
      }
    }
    const std::string_view sentence = text.substr(from, to - from);
    const std::vector<NameToken> tokens = TokenizeWords(sentence);
    double best = 0;
    for (size_t i = 0; i < tokens.size(); ++i) {
      const NameToken& t = tokens[i];
      const std::string lower = LowerUtf8(sentence.substr(t.begin, t.end - t.begin));
      const bool next_capital = i + 1 < tokens.size() && tokens[i + 1].capitalised;
      if ((lists_->titles.contains(lower) && next_capital) ||
          (t.capitalised && lists_->first_names.contains(lower) &&
           !lists_->ambiguous.contains(lower) && !lists_->not_names.contains(lower))) {
        return kNamedScore;
      }
      if (cues_.contains(lower)) best = kPronounScore;
    }
    return best;
  }

  std::shared_ptr<const NameLists> lists_;
  WordSet compound_heads_;
  RE2 re_;
  WordSet cues_;
};

}  // namespace

std::unique_ptr<Recognizer> NewHealthRecognizer(const std::string& data_dir) {
  return std::make_unique<HealthRecognizer>(data_dir);
}

}  // namespace vermeld
