#include "core/detect/confidential.h"

#include <re2/re2.h>

#include <algorithm>
#include <memory>

#include "core/detect/pattern_scan.h"

namespace vermeld {
namespace {

// "Niet voor publicatie" alone is left out: in press releases it heads the note to editors,
// which is not confidential; "niet voor publicatie vóór 10 uur" is an embargo and counts. Markers
// are labels or explicit phrases, never ordinary words in prose: "een interne vergadering" or "the
// internal market" must not count. Nine shapes, all case-insensitive unless stated:
//  1. explicit phrases anywhere ("niet verspreiden", "do not distribute", "usage interne");
//  2. label words at the start of a line (after bullets or brackets) that stand alone on the line,
//     end in ':' or a closing bracket, or are followed by a dash ("Vertrouwelijk", "Intern:");
//     draft words (Concept, Draft) only alone, bracketed or before a dash, not before ':';
//  3. sensitivity labels: a classification key, ':' and a non-public value
//     ("Sensitivity: Confidential", "Classificatie: Intern", "TLP:AMBER"); public values
//     ("Openbaar", "Public", "TLP:CLEAR") do not count;
//  4. label words written in capitals anywhere ("VERTROUWELIJK", "[INTERN]"), case-sensitive;
//  5. a label (or a bilingual pair) after a spaced dash, a tab or a wide gap at the end of a
//     title line ("Rapport social - Confidentiel", "Nota aan het college – Intern / Interne"), a
//     strong one after a spaced dash closing a bracketed remark ("(... – Strikt persoonlijk)"), a
//     strong label in brackets there ("Intakeformulier - Stadsbank Noord (vertrouwelijk)"), any
//     label in brackets ending the first line or a subject line ("Onderwerp: verslag (intern)"),
//     and the second of a bilingual pair at the start of a line ("Confidentiel / Vertrouwelijk");
//  6. a strong label opening a short title of one or two more words at the start of a line or
//     after a spaced dash ("Vertrouwelijk personeelsdossier", "Verslag – Confidentiel RH");
//  7. a strong label, capitalised, between spaced dashes in a title line ("PV – Confidentiel –
//     diffusion limitée au parquet");
//  8. a strong label and whom it is for, at a line's start or after a spaced dash ("... –
//     Vertrouwelijk, enkel voor de zorgcoördinator"), not in a sentence;
//  9. "SECRET MÉDICAL" in capitals ending a title line or after a label's ':';
// 10. a strong label as the whole value of a form's field ("Ingevuld formulier: Vertrouwelijk").

constexpr const char* kPhrases =
    "strikt vertrouwelijk|zeer vertrouwelijk|persoonlijk en vertrouwelijk|medisch vertrouwelijk"
    "|(?:alleen|uitsluitend|enkel|bestemd) voor (?:intern gebruik|interne verspreiding)"
    "|niet (?:verder )?verspreiden|niet voor verspreiding|niet (?:verder )?doorsturen"
    "|intern document"
    "|document interne|internal document"
    "|niet voor publicatie (?:vóór|voor|tot)|ne pas publier avant|not for publication "
    "(?:before|until)"
    "|niet publiceren|onder embargo|embargo tot"
    "|strictement confidentiel|personnel et confidentiel|usage interne|ne pas diffuser"
    "|ne pas transférer|diffusion restreinte|sous embargo"
    "|diffusion interne (?:uniquement|seulement)"
    "|strictly confidential|highly confidential|private and confidential"
    "|personal and confidential|(?:for )?internal use only|internal only|do not distribute"
    "|do not forward|not for distribution|embargoed until";

constexpr const char* kLabels =
    "vertrouwelijk|intern gebruik|interne verspreiding|intern|interne|diffusion interne|geheim"
    "|confidentiel|confidentielle|confidential|internal|restricted|beperkt|secret|embargo"
    "|niet openbaar|niet-openbaar|non public|non publique"
    "|(?:document|pli|courrier) confidentiel|note confidentielle"
    // As labels only: "Uw pincode is strikt persoonlijk" is prose.
    "|strikt persoonlijk|strictement personnel|strictly personal";
constexpr const char* kDraftLabels = "concept|draft|ontwerp|brouillon";
constexpr const char* kStrongLabels =
    "(?:vertrouwelijk|confidentiel|confidentielle|confidential|geheim|secret)";
constexpr const char* kFieldValueLabels =
    "(?:vertrouwelijk|confidentiel|confidentielle|confidential)";

constexpr const char* kSensitivityKeys =
    "sensitivity(?: label)?|gevoeligheid|gevoeligheidslabel|gevoeligheidsniveau|classificatie"
    "|classification|vertrouwelijkheid|vertrouwelijkheidsniveau|rubricering|sensibilité"
    "|confidentialité|niveau de confidentialité|informatieclassificatie|data classification"
    "|klasse|informatieklasse|classe|beveiligingsniveau|markering|marquage"
    "|status|diffusion|verspreiding|distribution";
// Words between a key and its colon that say what it classifies ("van dit bericht").
constexpr const char* kSensitivityObjects =
    "van|de|du|of|this|dit|deze|ce|cet|cette|bericht|document|message|mail|e-mail|courriel";
constexpr const char* kSensitivityValues =
    "(?:strikt |zeer |highly |strictly |strictement )?(?:vertrouwelijk|confidential|confidentiel)"
    "|(?:(?:voor |uitsluitend )?intern gebruik)|intern|interne|internal(?: use)?(?: only)?"
    "|usage interne|restricted|beperkt"
    "|beperkte verspreiding|diffusion restreinte|geheim|secret|sensitive|gevoelig";

// Not INTERN(E)/INTERNAL: in capitals they mostly name a document type ("INTERNE NOTA", "NOTE
// INTERNE"); standing alone on a line they are still labels (shape 2).
constexpr const char* kCapitals =
    "STRIKT VERTROUWELIJK|VERTROUWELIJK|CONFIDENTIEL|CONFIDENTIELLE|CONFIDENTIAL|GEHEIM|EMBARGO"
    "|CONCEPT|DRAFT|RESTRICTED";

// Labels strong enough to open a short title of one or two more words ("Vertrouwelijk
// personeelsdossier", "... – Confidentiel RH", "... – Vertrouwelijk – medisch geheim"); not
// "Intern", which also names meetings and notes ("Intern overleg"). Capitalised as a title is:
// a line of wrapped prose may start with "vertrouwelijk behandelen".
constexpr const char* kTitleLabels =
    "(?-i:Strikt vertrouwelijk|Vertrouwelijk|Confidentiel|Confidentielle|Confidential)";
// One or two words after such a label, a spaced dash or a blank before them, or a remark in
// brackets ("– Confidentiel (secret médical)"), then the line's end.
constexpr const char* kTitleRest =
    R"((?:(?:[ \t]+[-–—][ \t]*|[ \t]+)[\p{L}-]+(?:[ \t]+[\p{L}-]+)?|[ \t]+\([^)\n]{1,40}\))[ \t\r]*$)";

// Leading decoration a label may carry: indentation, bullets, brackets, markdown, and a mail's
// subject prefixes ("Onderwerp: Vertrouwelijk – tuchtdossier", "Onderwerp: RE: Vertrouwelijk").
constexpr const char* kLineStart =
    R"((?m)^[ \t]*(?:[\[(*#>•·\-–][ \t]*)*)"
    R"((?:(?:onderwerp|betreft|objet|subject|re|fwd?|tr|antw|doorst)[ \t]*:[ \t]*){0,3})";
// What may follow a label: end of line, ':' or a closing bracket, or a spaced dash
// ("Vertrouwelijk - niet verspreiden"; "Intern-gemeentelijk" is a word, not a label).
constexpr const char* kLabelEnd = R"((?:[ \t\r]*(?:$|:|[\])])|[ \t]+[-–—|/]))";
constexpr const char* kDraftEnd = R"((?:[ \t\r]*(?:$|[\])])|[ \t]+[-–—|]))";

// Marker as a whole word: no letter glued on either side (phrases are matched without \b so
// that accented letters at the edges work).
bool WholeWord(std::string_view text, size_t b, size_t e) {
  return (b == 0 || !IsWordByte(text[b - 1])) && (e >= text.size() || !IsWordByte(text[e]));
}

struct Patterns {
  RE2 phrases{std::string("(?i)(") + kPhrases + ")"};
  RE2 labels{std::string("(?i)") + kLineStart + "(" + kLabels + ")" + kLabelEnd};
  RE2 drafts{std::string("(?i)") + kLineStart + "(" + kDraftLabels + ")" + kDraftEnd};
  // The key may name what it classifies: "Classificatie van dit bericht: Intern".
  RE2 sensitivity{std::string("(?i)((?:") + kSensitivityKeys + R"()(?:[ \t]+(?:)" +
                  kSensitivityObjects + R"()){0,3}[ \t]*[:=][ \t]*(?:)" + kSensitivityValues +
                  R"()|TLP[ \t]*:[ \t]*(?:AMBER(?:\+STRICT)?|RED))\b)"};
  RE2 capitals{std::string(R"(\b()") + kCapitals + R"()\b)"};
  RE2 trailing{std::string(R"((?im)(?:[ \t][-–—|][ \t]*|[^\s:](?:[ \t]{4,}|\t[ \t]*))((?:)") +
               kLabels + R"()(?:[ \t]*/[ \t]*(?:)" + kLabels + R"())?)[ \t\r]*$)"};
  // A strong label after a spaced dash closing a bracketed remark: "(gegenereerd 26/06 07:02 –
  // Strikt persoonlijk)"; not a weak one ("Vacature boekhouder (voltijds - intern)").
  RE2 trailing_bracketed{std::string(R"((?im)[ \t][-–—][ \t]*((?:strikt |strictement )?)") +
                         R"((?:persoonlijk|personnel|vertrouwelijk|confidentiel|confidentielle|)" +
                         R"(confidential))[ \t]*\)[ \t\r]*$)"};
  // A strong label in brackets ending a line ("Intakeformulier - Stadsbank Noord
  // (vertrouwelijk)"), any label in brackets ending a document's first line or a subject line
  // ("Onderwerp: verslag teamoverleg (intern)"); not "10:00 Teamoverleg (intern)" in an agenda.
  RE2 bracketed{std::string(R"((?im)[^\s(][ \t]*\(((?:strikt |strictement )?)") + kStrongLabels +
                R"()\)[ \t\r]*$)"};
  RE2 bracketed_title{
      std::string(R"((?i)(?:\A[ \t]*|(?m:^)[ \t]*(?:onderwerp|betreft|objet|subject)[ \t]*:))") +
      R"([^\n(]*[^\s(][ \t]*\(()" + kLabels + R"()\)[ \t\r]*(?m:$))"};
  RE2 pairs{std::string("(?i)") + kLineStart + "(?:" + kLabels + R"()[ \t]*/[ \t]*()" + kLabels +
            ")" + kLabelEnd};
  // Shape 6: a strong label opening a short title, at the line's start or after a spaced dash.
  RE2 titles{std::string("(?im)(?:") + kLineStart + "|[ \t][-–—|][ \t]*)(" + kTitleLabels + ")" +
             kTitleRest};
  // Shape 7: a strong label between spaced dashes in a title line, the rest of the line no
  // sentence ("ZONE DE POLICE ... – Confidentiel – diffusion limitée au parquet", "Slack –
  // #incident – Confidential – IT & DPO"; not "niveaus: Publiek – Intern – Vertrouwelijk –
  // Geheim, zie bijlage 2.").
  RE2 between_dashes{std::string(R"((?m)[ \t][-–—][ \t]*()") + kTitleLabels +
                     R"()[ \t]*[-–—][ \t][^\n.,;:]*$)"};
  // Shape 8: a strong label and whom it is for, as a label: at a line's start or after a spaced
  // dash, capitalised as a label is ("In te vullen door de ouders – Vertrouwelijk, enkel voor de
  // zorgcoördinator"); not in prose, also not wrapped to a line's start ("dit bericht is
  // vertrouwelijk, uitsluitend bestemd voor de geadresseerde").
  RE2 restricted{std::string("(?im)(?:") + kLineStart + "|[ \t][-–—|][ \t]*)(" +
                 R"((?-i:Vertrouwelijk|VERTROUWELIJK|Confidentiel(?:le)?|CONFIDENTIEL(?:LE)?|)" +
                 R"(Confidential|CONFIDENTIAL),?[ \t]+)" +
                 R"((?:enkel|alleen|uitsluitend|réservée?|destinée?|uniquement|only)[ \t]+)" +
                 R"((?:bestemd[ \t]+)?(?:voor|à|aux|au|pour|for)))"};
  // Shape 9: the marking "SECRET MÉDICAL" in capitals at a line's start, after a spaced dash or
  // a label's ':', ending its line ("CONFIDENTIEL – SECRET MÉDICAL", "mention : SECRET
  // MÉDICAL"); in prose it is a doctor's duty ("tenu au secret médical"), in a programme a topic
  // ("09:30 – Secret médical", "SECRET MÉDICAL ET RGPD").
  RE2 medical_secret{std::string("(?m)(?:") + kLineStart + "|[ \t][-–—][ \t]*|:[ \t]*)" +
                     R"((SECRET[ \t]+M[ÉE]DICAL)[ \t\r]*$)"};
  // Shape 10: a strong label as the whole value of a form's field ("Ingevuld formulier:
  // Vertrouwelijk", "Statut du document : confidentiel"); not "geheim" or "secret", which a
  // password, a chat's answer or a title are as well ("Wachtwoord wifi: geheim", "Jan: geheim").
  RE2 field_value{std::string(R"((?im)^[^\n:]{1,40}:[ \t]*((?:strikt |zeer |strictement )?)") +
                  kFieldValueLabels + R"()[ \t\r]*$)"};
  // Any of the fifteen (inline flags stay inside their group): one pass finds where the first
  // marker starts, or that there is none, as in most drafts.
  RE2 any{"(?:" + phrases.pattern() + ")|(?:" + labels.pattern() + ")|(?:" + drafts.pattern() +
          ")|(?:" + sensitivity.pattern() + ")|(?:" + capitals.pattern() +
          ")|(?:" + trailing.pattern() + ")|(?:" + trailing_bracketed.pattern() +
          ")|(?:" + bracketed.pattern() + ")|(?:" + bracketed_title.pattern() +
          ")|(?:" + pairs.pattern() + ")|(?:" + titles.pattern() +
          ")|(?:" + between_dashes.pattern() + ")|(?:" + restricted.pattern() +
          ")|(?:" + medical_secret.pattern() + ")|(?:" + field_value.pattern() + ")"};
};

const Patterns& BuiltIn() {
  static const Patterns p;
  return p;
}

// Keeps the first of overlapping markers after sorting by begin, longest first.
std::vector<ConfidentialFinding> Merge(std::vector<ConfidentialFinding> found) {
  std::sort(found.begin(), found.end(), [](const auto& a, const auto& b) {
    return a.begin != b.begin ? a.begin < b.begin : a.end > b.end;
  });
  std::vector<ConfidentialFinding> kept;
  for (auto& f : found) {
    if (!kept.empty() && f.begin < kept.back().end) continue;
    kept.push_back(std::move(f));
  }
  return kept;
}

}  // namespace

std::vector<ConfidentialFinding> FindConfidentialMarkers(
    std::string_view text, const std::vector<std::string>& extra_markers) {
  std::vector<ConfidentialFinding> found;
  auto add = [&](size_t b, size_t e) {
    if (WholeWord(text, b, e)) found.push_back({std::string(text.substr(b, e - b)), b, e});
  };
  const Patterns& p = BuiltIn();
  re2::StringPiece first;
  if (p.any.Match(re2::StringPiece(text.data(), text.size()), 0, text.size(), RE2::UNANCHORED,
                  &first, 1)) {
    // No pattern matches before the first match of their union.
    const auto from = static_cast<size_t>(first.data() - text.data());
    for (const RE2* re :
         {&p.phrases, &p.labels, &p.drafts, &p.sensitivity, &p.capitals, &p.trailing,
          &p.trailing_bracketed, &p.bracketed, &p.bracketed_title, &p.pairs, &p.titles,
          &p.between_dashes, &p.restricted, &p.medical_secret, &p.field_value}) {
      ForEachMatchBetween(*re, text, from, text.size(), add);
    }
  }
  // The policy's own markers count as explicit phrases.
  std::string extra;
  for (const std::string& m : extra_markers) {
    if (m.find_first_not_of(" \t\r\n") == std::string::npos) continue;
    extra += (extra.empty() ? "" : "|") + RE2::QuoteMeta(m);
  }
  if (!extra.empty()) {
    const RE2 re("(?i)(" + extra + ")");
    if (re.ok()) ForEachMatch(re, text, add);
  }
  return Merge(std::move(found));
}

}  // namespace vermeld
