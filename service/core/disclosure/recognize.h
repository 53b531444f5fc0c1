// Recognises an AI-use disclosure in a text: the policy's own line with any tool name, the
// standard Dutch line and its paraphrases, French and English statements, as a sentence, a footer
// ("Opgesteld met behulp van ChatGPT") or in parentheses.
//
// A disclosure speaks about the text itself ("deze tekst werd ... opgesteld met ...", "this email
// was drafted with ...") and names an AI agent. Sentences that only talk about AI, state a rule
// ("vermeld wanneer een tekst met AI is opgesteld"), are conditional, or quote the line as an
// example (inside quotation marks) are not disclosures. RE2 only: linear time.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace vermeld {

struct Disclosure {
  bool present = false;
  size_t begin = 0;  // UTF-8 byte span of the statement (with a following review sentence and
  size_t end = 0;    // enclosing parentheses); 0, 0 when absent
  std::string text;  // the statement as written
};

// `policy_template` is the policy's line with "{tool}" (may be empty). Text: plain, valid UTF-8.
Disclosure FindDisclosure(std::string_view text, std::string_view policy_template);

}  // namespace vermeld
