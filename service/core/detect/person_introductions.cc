#include "core/detect/person_introductions.h"

#include <algorithm>
#include <iterator>

#include "core/detect/person_evidence.h"

namespace vermeld {
namespace {

constexpr size_t kMaxGap = 3;  // bytes between a greeting and the next word: ", ", "! "

bool IsGreeting(std::string_view w) {
  static constexpr std::string_view kGreetings[] = {
      "hallo",       "hoi",         "hey",         "hi",          "hello",
      "dag",         "goeiedag",    "goedendag",   "goedemorgen", "goeiemorgen",
      "goedemiddag", "goeiemiddag", "goedenavond", "goeienavond", "bonjour",
      "bonsoir",     "salut",       "allo",        "allô"};
  return std::find(std::begin(kGreetings), std::end(kGreetings), w) != std::end(kGreetings);
}

}  // namespace

void FindSelfIntroductions(std::string_view text, const TextWords& words, const NameLists& lists,
                           std::vector<Finding>& out) {
  const std::vector<NameToken>& tokens = words.tokens;
  const std::vector<std::string_view>& lower = words.lower;
  // Token a and token b = a + 1 stand next to each other with at most `gap` bytes of blanks and
  // punctuation between, none a line break.
  auto next_to = [&](size_t a, size_t gap) {
    const size_t b = a + 1;
    if (b >= tokens.size() || tokens[b].begin - tokens[a].end > gap) return false;
    const std::string_view between = text.substr(tokens[a].end, tokens[b].begin - tokens[a].end);
    return between.find('\n') == std::string_view::npos;
  };
  // Token k follows a greeting, or a greeting, a name and a comma ("Goeiemiddag Zarghona, hier
  // Ellen").
  auto greeting_before = [&](size_t k) {
    if (k > 0 && IsGreeting(lower[k - 1]) && next_to(k - 1, kMaxGap)) return true;
    return k > 1 && IsGreeting(lower[k - 2]) && next_to(k - 2, 1) && tokens[k - 1].capitalised &&
           next_to(k - 1, kMaxGap) && text[tokens[k - 1].end] == ',';
  };
  // A known given name; one that is also a word only capitalised after the cue ("hier Lieve").
  auto given = [&](size_t k, bool after_cue) {
    const uint32_t flags = lists.words.Find(lower[k]);
    if (!(flags & kFirstName) || (flags & kNotName)) return false;
    return !(flags & (kAmbiguous | kLowerWord)) || (after_cue && tokens[k].capitalised);
  };
  // The name at token k: a known given name, and a capitalised word after it.
  auto add = [&](size_t k) {
    if (k >= tokens.size() || !given(k, true)) return;
    size_t last = k;
    if (next_to(k, 1) && tokens[k].capitalised && tokens[k + 1].capitalised &&
        !tokens[k + 1].has_digit && !(lists.words.Find(lower[k + 1]) & kNotName)) {
      last = k + 1;
    }
    out.push_back({"PERSON", tokens[k].begin, tokens[last].end, kCuedPersonScore});
  };
  // Up to the last token: "hier" may end the text ("Hoi, Ahmad hier."); next_to guards the rest.
  for (size_t i = 0; i < tokens.size(); ++i) {
    // Every cue word is two to four bytes and opens with 'm', 'h' or 'i': most words go at these
    // two tests.
    const std::string_view w = lower[i];
    if (w.size() < 2 || w.size() > 4 || (w[0] != 'm' && w[0] != 'h' && w[0] != 'i')) continue;
    if (w == "hier" && i > 0 && given(i - 1, false) && next_to(i - 1, 1) &&
        greeting_before(i - 1)) {
      add(i - 1);  // "hoi, Ahmad hier"
      continue;
    }
    if (!next_to(i, 1)) continue;
    if ((w == "met" || w == "hier" || w == "ici") && greeting_before(i)) {
      add(i + 1);  // "Hallo, met Ahmad", "hallo, hier Ahmad", "Bonjour, ici Samir"
    } else if (w == "met" && i > 0 && (lower[i - 1] == "spreekt" || lower[i - 1] == "spreek") &&
               next_to(i - 1, 1)) {
      add(i + 1);  // "u spreekt met Ilse Maes"
    } else if (w == "is" && i > 0 &&
               (lower[i - 1] == "this" || lower[i - 1] == "het" || lower[i - 1] == "t" ||
                lower[i - 1] == "'t") &&
               greeting_before(i - 1)) {
      add(i + 1);  // "Hi, this is Priya", "hey t is tuur", "Hallo, het is Ilse"
    }
  }
}

}  // namespace vermeld
