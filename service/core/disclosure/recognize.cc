#include "core/disclosure/recognize.h"

#include <re2/re2.h>

#include <memory>
#include <string>
#include <vector>

namespace vermeld {
namespace {

// Word end that also works after a non-ASCII letter (RE2's \\b is ASCII-only: "été").
#define WORD_END "(?:[^\\pL\\pN]|$)"
// An AI agent: a generic term or a widely used tool name.
#define AGENT                                                                                   \
  "(?:generatieve |generative |g[ée]n[ée]rative )?(?:a\\.?i\\.?|ia|genai|artifici[eë]le "    \
  "intelligentie|kunstmatige intelligentie|intelligence artificielle|artificial intelligence|"  \
  "(?:ai|ia)[- ]?(?:tools?|modell?e?n?|assistent|assistant|chatbot|taalmodel|systeem|system|"   \
  "outils?)|taalmodel|(?:large )?language model|mod[eè]le de langage|chatbot|chatgpt|"         \
  "gpt-?[0-9][a-z0-9.-]*|copilot|gemini|claude|mistral|le chat|deepseek|perplexity|llama|bard|" \
  "grok)\\b"
// Words that tie the agent to the act of writing: "met behulp van", "with the help of", "à l'aide".
#define CONNECT                                                                            \
  "\\b(?:met|door|via|dankzij|m\\.b\\.v\\.|behulp|hulp|ondersteuning|inzet|with|by|using|" \
  "assistance|help|avec|par|aide|gr[âa]ce|moyen)\\b[^.!?\\n]{0,40}?\\b"
#define VERB                                                                                           \
  "\\b(?:opgesteld|geschreven|gemaakt|gegenereerd|vertaald|samengesteld|herschreven|aangemaakt|"       \
  "voorbereid|bewerkt|geredigeerd|gecre[eë]erd|tot stand|ontworpen|verbeterd|drafted|written|"        \
  "generated|created|produced|composed|prepared|translated|edited|rewritten|r[ée]dig[ée]e?s?|"       \
  "g[ée]n[ée]r[ée]e?s?|[ée]crite?s?|produite?s?|cr[ée][ée]e?s?|traduite?s?|pr[ée]par[ée]e?s?|" \
  "reformul[ée]e?s?|con[çc]ue?s?)" WORD_END

// "deze tekst werd", "een deel van deze inhoud is", "ce courriel a été", "this email was".
const char* kSelfPassive =
    "\\b(?:(?:een |een groot |het grootste )?deel van |delen van |onderdelen van |stukken van |"
    "une partie (?:de |du )|certaines parties (?:de |du )|des parties (?:de |du )|"
    "(?:parts?|some|portions?|sections?) of )?"
    "(?:deze|dit|onderstaande|bovenstaande|ce|cet|cette|ces|le pr[ée]sent|la pr[ée]sente|this|"
    "the present|the following) "
    "(?:inhoud|tekst\\w*|brief|e-?mail|mail|bericht|document|artikel|nota|nieuwsbrief|publicatie|"
    "samenvatting|verslag|rapport|antwoord|post|vertaling|presentatie|persbericht|contenu|texte|"
    "courriel|message|lettre|note|communication|r[ée]sum[ée]|traduction|content|text|letter|"
    "report|draft|summary|translation|newsletter|page|article|note|memo|post)\\s+"
    "(?:is|werd|zijn|werden|kwam|kwamen|a [ée]t[ée]|ont [ée]t[ée]|est|sont|was|were|has been|"
    "have been)" WORD_END;
// A footer that starts with the verb: "Opgesteld met behulp van ChatGPT", "(Drafted with AI)".
const char* kFooter =
    "^\\s*\\(?\\s*(?:(?:tekst|text|texte)\\s*:\\s*)?(?:deels |gedeeltelijk |mede |in part |partly "
    "|partially |en partie |partiellement )?" VERB;
const char* kLabel =
    "^\\s*\\(?\\s*(?:(?:ai|ia)[- ](?:gegenereerde|gegenereerd|generated|assisted|ondersteunde)"
    " (?:inhoud|tekst|content|text)|contenu (?:g[ée]n[ée]r[ée]|r[ée]dig[ée]) (?:par|avec))";
// "Bij het opstellen van deze tekst werd gebruikgemaakt van AI"; "AI-tools werden gebruikt om te
// helpen bij het structureren van inhoud"; "AI was used to draft this email".
const char* kUsage =
    "(?:\\b(?:bij|voor) het (?:opstellen|schrijven|maken|vertalen|redigeren) van (?:deze|dit) "
    "\\w+ (?:werd|is|werden|zijn) (?:gebruik gemaakt|gebruikgemaakt) van\\b|"
    "\\b(?:werd|werden|is|zijn|was|were|a [ée]t[ée]|ont [ée]t[ée]) (?:\\w+ ){0,2}?"
    "(?:gebruikt|ingezet|used|utilis[ée]e?s?) (?:om te helpen )?(?:bij het (?:structureren|"
    "opstellen|schrijven|redigeren|formuleren|herformuleren|vertalen)|voor de redactie|to (?:help "
    ")?(?:draft|write|prepare)|in (?:drafting|writing|preparing)|pour (?:aider [àa] "
    ")?(?:r[ée]diger|"
    "pr[ée]parer|la r[ée]daction)))";
// Rules, conditions and denials: "vermeld wanneer", "if this text", "niet opgesteld met AI".
const char* kNegative =
    "\\b(?:wanneer|indien|telkens|vermeld\\w*|meld(?:en|t)?|moet(?:en)?|verplicht\\w*|voeg|zet|"
    "vergeet|niet|geen|zonder|lorsque|quand|indiquez|mentionnez|doi(?:t|vent)|obligatoire|"
    "veillez|pas|aucun\\w*|sans|if|when|whenever|whether|must|should|always|please|mention|"
    "indicate|state|not|without|(?:als|si) (?:een deel van )?(?:deze|dit|ce|cette|cet))\\b";
const char* kReview =
    "^\\s*(?:alle feiten|de (?:inhoud|tekst)|all facts|the (?:content|text)|tous les faits|le "
    "(?:contenu|texte)|toutes les|alle analyses)[^\\n]{0,160}?(?:gecontroleerd|nagelezen|"
    "gevalideerd|validatie|v[ée]rifi[ée]|relu|valid[ée]|checked|reviewed|verified|validated)";

struct Compiled {
  RE2 self_passive, footer, label, usage, agent, agent_phrase, verb, negative, review;
  explicit Compiled(const RE2::Options& o)
      : self_passive(kSelfPassive, o),
        footer(kFooter, o),
        label(kLabel, o),
        usage(kUsage, o),
        agent("\\b" AGENT, o),
        agent_phrase(CONNECT AGENT, o),
        verb(VERB, o),
        negative(kNegative, o),
        review(kReview, o) {}
};

RE2::Options CaseInsensitive() {
  RE2::Options o;
  o.set_case_sensitive(false);
  o.set_log_errors(false);
  return o;
}

const Compiled& Patterns() {
  static const Compiled compiled(CaseInsensitive());
  return compiled;
}

// The policy template as a pattern: its words with flexible white space, {tool} = any short name.
std::unique_ptr<RE2> TemplatePattern(std::string_view policy_template) {
  const size_t slot = policy_template.find("{tool}");
  if (policy_template.empty() || slot == std::string_view::npos) return nullptr;
  // The text before {tool}, then the tool name: a paraphrased review sentence may follow.
  std::string_view head = policy_template.substr(0, slot);
  auto flexible = [](std::string_view s) {
    std::string out;
    bool space = false;
    for (char c : s) {
      if (c == ' ' || c == '\n' || c == '\t') {
        space = true;
        continue;
      }
      if (space) out += "\\s+";
      space = false;
      out += RE2::QuoteMeta(std::string(1, c));
    }
    if (space) out += "\\s+";
    return out;
  };
  return std::make_unique<RE2>("^\\s*\\(?\\s*" + flexible(head) + "[^.\\n]{1,60}",
                               CaseInsensitive());
}

bool HasQuotes(std::string_view s) {
  for (std::string_view q : {"\"", "\u201C", "\u201D", "\u201E", "\u00AB", "\u00BB", "\u2018"}) {
    if (s.find(q) != std::string_view::npos) return true;
  }
  return false;
}

struct Sentence {
  size_t begin, end;  // [begin, end) without the terminator
  size_t next;        // where the next sentence starts
  bool after_colon;   // the previous fragment ended with ':'
};

// Sentences end at . ! ? followed by a space or the end, at line breaks and at ": ".
std::vector<Sentence> Split(std::string_view text) {
  std::vector<Sentence> out;
  size_t begin = 0;
  bool after_colon = false;
  for (size_t i = 0; i <= text.size(); ++i) {
    const bool at_end = i == text.size();
    const char c = at_end ? '\n' : text[i];
    const bool next_space = i + 1 >= text.size() || text[i + 1] == ' ' || text[i + 1] == '\n';
    const bool stop = c == '\n' || ((c == '.' || c == '!' || c == '?' || c == ':') && next_space);
    if (!stop) continue;
    const size_t end = (c == '\n') ? i : i + 1;
    if (end > begin) out.push_back({begin, end, i + 1, after_colon});
    after_colon = c == ':';
    begin = i + 1;
  }
  return out;
}

bool IsDisclosure(const Compiled& p, const RE2* tmpl, std::string_view s) {
  if (HasQuotes(s) || RE2::PartialMatch(s, p.negative)) return false;
  if (tmpl && RE2::PartialMatch(s, *tmpl)) return true;
  const bool agent = RE2::PartialMatch(s, p.agent_phrase);
  if (agent && RE2::PartialMatch(s, p.self_passive) && RE2::PartialMatch(s, p.verb)) return true;
  if (agent && RE2::PartialMatch(s, p.footer)) return true;
  if (RE2::PartialMatch(s, p.label)) return true;
  return RE2::PartialMatch(s, p.usage) && RE2::PartialMatch(s, p.agent);
}

}  // namespace

Disclosure FindDisclosure(std::string_view text, std::string_view policy_template) {
  const Compiled& p = Patterns();
  const std::unique_ptr<RE2> tmpl = TemplatePattern(policy_template);
  const std::vector<Sentence> sentences = Split(text);
  for (size_t i = 0; i < sentences.size(); ++i) {
    const Sentence& s = sentences[i];
    const std::string_view body = text.substr(s.begin, s.end - s.begin);
    if (!IsDisclosure(p, tmpl.get(), body)) continue;
    // A rule introduced with a colon ("Vermeld onderaan: ...") quotes an example.
    if (s.after_colon && i > 0) {
      const Sentence& prev = sentences[i - 1];
      if (RE2::PartialMatch(text.substr(prev.begin, prev.end - prev.begin), p.negative)) continue;
    }
    Disclosure d;
    d.present = true;
    d.begin = s.begin;
    d.end = s.end;
    if (i + 1 < sentences.size()) {
      const Sentence& n = sentences[i + 1];
      if (RE2::PartialMatch(text.substr(n.begin, n.end - n.begin), p.review)) d.end = n.end;
    }
    while (d.begin < d.end && (text[d.begin] == ' ' || text[d.begin] == '\t')) ++d.begin;
    if (d.begin > 0 && text[d.begin - 1] == '(') --d.begin;
    if (d.end < text.size() && text[d.end] == ')') ++d.end;
    d.text = std::string(text.substr(d.begin, d.end - d.begin));
    return d;
  }
  return {};
}

}  // namespace vermeld
