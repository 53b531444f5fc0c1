#include "core/provenance/markers.h"

#include <re2/re2.h>

#include <algorithm>
#include <memory>
#include <string>

#include "core/text/utf8.h"

namespace vermeld {
namespace {

struct MarkerPattern {
  const char* name;  // reported for invisible markers; nullptr = report the matched text
  double score;
  const char* pattern;  // group 1 is the marker itself (never empty)
};

// Sentence start: text start, a line start, or after end punctuation.
#define START "(?:^|[.!?]\\s+|\\n\\s*)"

const MarkerPattern kPatterns[] = {
    // Chat openers: an affirmation straight followed by "here is" (nl, en, fr).
    {nullptr, 0.9,
     START
     "((?:natuurlijk|zeker|uiteraard|absoluut|graag gedaan)\\s*[!,.]\\s*hier\\s+(?:is|zijn|volgt|"
     "vind\\s+je|vindt\\s+u)\\b)"},
    {nullptr, 0.9,
     START "((?:certainly|sure|of course|absolutely)\\s*[!,.]\\s*here(?:'s|\\s+is|\\s+are)\\b)"},
    {nullptr, 0.9,
     START "((?:bien s[uû]r|certainement|absolument|avec plaisir)\\s*!?\\s*[!,.]\\s*voici\\b)"},
    {nullptr, 0.9,
     "\\b((?:hier is|hieronder vind je|hieronder vindt u) (?:een|de|je|uw) "
     "(?:herschreven|aangepaste|"
     "verbeterde|beknoptere|formelere|professionelere|vlottere) "
     "(?:versie|tekst|e-?mail|brief))\\b"},
    {nullptr, 0.9,
     "\\b(here(?:'s| is) (?:a|the|your) (?:revised|rewritten|polished|more formal|shorter|improved|"
     "refined) (?:version|draft|email))\\b"},
    {nullptr, 0.9,
     "\\b(voici (?:une|la|votre) (?:version|proposition) "
     "(?:r[ée]vis[ée]e|reformul[ée]e|am[ée]lior[ée]e|"
     "plus formelle|plus concise))\\b"},
    // The model speaking about itself.
    {nullptr, 1.0, "\\b(als (?:een )?(?:ai[- ]?)?taalmodel)\\b"},
    {nullptr, 1.0, "\\b(as an ai(?: language)? model|as a large language model)\\b"},
    {nullptr, 1.0,
     "\\b(en tant que (?:mod[èe]le de langage|(?:qu')?intelligence artificielle|ia|assistant "
     "ia))\\b"},
    // Chat closers offering to rework the text.
    {nullptr, 0.9,
     "\\b(laat (?:het )?me (?:gerust )?weten als (?:je|u) (?:wilt dat ik (?:de|deze|dit|het) "
     "(?:tekst|toon|versie|concept|e-?mail|brief|bericht) |(?:de toon|een andere toon|het (?:iets "
     ")?"
     "(?:formeler|informeler|korter|langer|beknopter))))"},
    {nullptr, 0.9,
     "\\b(let me know if you(?:'d| would)? (?:like|want)(?: me)? to (?:adjust|tweak|revise|expand|"
     "shorten|rephrase|change the tone|make (?:it|any)))"},
    {nullptr, 0.9,
     "\\b(n'h[ée]sitez pas [àa] me (?:dire|faire savoir|demander) si vous (?:souhaitez|voulez|"
     "d[ée]sirez) (?:des |d'autres )?(?:ajustements|modifications|que je))"},
    {nullptr, 0.8,
     "\\b(ik hoop dat (?:deze|dit|de) (?:tekst|versie|samenvatting|concept|opzet|voorbeeld|e-?mail|"
     "brief) (?:je |u |jou )?(?:helpt|van pas komt|nuttig is))"},
    {nullptr, 0.8, "\\b(i hope this (?:draft|version|summary|email|helps you with your))"},
    // Markdown remnants: bold labels and headings at a line start.
    {nullptr, 0.7, "(\\*\\*[^*\\n]{1,60}?:\\*\\*|\\*\\*[^*\\n]{1,60}?\\*\\*:)"},
    {nullptr, 0.6, "(?m)^(#{1,6}[ \\t]+)\\S"},
    // Unfilled placeholders of a generated template.
    {nullptr, 0.8,
     "(\\[(?:(?:uw|jouw|je|your|votre|ton|naam van (?:de "
     ")?)\\s*)?(?:naam|name|nom|pr[ée]nom|voornaam|"
     "achternaam|datum|date|functie|fonction|titel|titre|title|job "
     "title|position|bedrijf|bedrijfsnaam|"
     "organisatie|organization|organisation|company|company name|entreprise|soci[ée]t[ée]|adres|"
     "address|adresse|telefoonnummer|phone|phone number|t[ée]l[ée]phone|e-?mail|e-?mailadres|"
     "handtekening|signature|ontvanger|recipient|destinataire|plaats|lieu|location|onderwerp|"
     "subject|sujet|bedrag|amount|montant)(?:\\s+[^\\]\\n]{1,30})?\\])"},
    // C2PA text manifest in ASCII armour.
    {"C2PA text manifest", 1.0, "(-----BEGIN C2PA MANIFEST-----)"},
    // Invisible characters: zero-width space runs, invisible operators.
    {"zero-width characters", 0.8, "(\\x{200B}{2,})"},
    {"invisible operators", 0.8, "([\\x{2062}-\\x{2064}]+)"},
};

#undef START

struct Compiled {
  const MarkerPattern* spec;
  std::unique_ptr<RE2> re;
};

const std::vector<Compiled>& CompiledPatterns() {
  static const std::vector<Compiled> compiled = [] {
    std::vector<Compiled> out;
    RE2::Options options;
    options.set_case_sensitive(false);
    options.set_log_errors(false);
    for (const MarkerPattern& p : kPatterns) {
      out.push_back({&p, std::make_unique<RE2>(p.pattern, options)});
    }
    return out;
  }();
  return compiled;
}

bool IsVariationSelector(char32_t cp) {
  return (cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0xE0100 && cp <= 0xE01EF);
}

// The byte a variation selector carries in a C2PA text manifest wrapper.
unsigned VariationSelectorByte(char32_t cp) {
  return cp <= 0xFE0F ? cp - 0xFE00 : cp - 0xE0100 + 16;
}

// Scans code points for a C2PA wrapper (U+FEFF then variation selectors carrying "C2PATXT\0")
// and for tag characters that are not part of an emoji flag (U+1F3F4 + tags + U+E007F).
void FindInvisibleRuns(std::string_view text, std::vector<AiPassage>& out) {
  size_t pos = 0;
  char32_t prev = 0;
  while (pos < text.size()) {
    const size_t start = pos;
    const char32_t cp = DecodeUtf8(text, pos);
    if (cp == 0xFEFF) {
      std::string magic;
      size_t end = pos;
      for (size_t p = pos; p < text.size();) {
        const char32_t c = DecodeUtf8(text, p);
        if (!IsVariationSelector(c)) break;
        if (magic.size() < 8) magic += static_cast<char>(VariationSelectorByte(c));
        end = p;
      }
      if (magic == std::string("C2PATXT\0", 8)) {
        out.push_back({start, end, AiSource::kMarker, "", "C2PA text manifest", 1.0});
        pos = end;
      }
    } else if (cp >= 0xE0000 && cp <= 0xE007F && prev != 0x1F3F4) {
      size_t end = pos;
      for (size_t p = pos; p < text.size();) {
        const char32_t c = DecodeUtf8(text, p);
        if (c < 0xE0000 || c > 0xE007F) break;
        end = p;
      }
      out.push_back({start, end, AiSource::kMarker, "", "tag characters", 0.9});
      pos = end;
    }
    // Inside a flag sequence every tag keeps the flag as its "previous" character.
    if (!(cp >= 0xE0000 && cp <= 0xE007F)) prev = cp;
  }
}

}  // namespace

std::vector<AiPassage> FindMarkers(std::string_view text) {
  std::vector<AiPassage> out;
  for (const Compiled& c : CompiledPatterns()) {
    re2::StringPiece input(text.data(), text.size());
    re2::StringPiece found;
    while (RE2::FindAndConsume(&input, *c.re, &found)) {
      const size_t begin = found.data() - text.data();
      out.push_back({begin, begin + found.size(), AiSource::kMarker, "",
                     c.spec->name ? c.spec->name : std::string(found), c.spec->score});
    }
  }
  FindInvisibleRuns(text, out);
  std::sort(out.begin(), out.end(),
            [](const AiPassage& a, const AiPassage& b) { return a.begin < b.begin; });
  return out;
}

}  // namespace vermeld
