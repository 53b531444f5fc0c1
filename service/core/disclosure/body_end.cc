#include "core/disclosure/body_end.h"

#include <re2/re2.h>

#include <vector>

namespace vermeld {
namespace {

RE2::Options CaseInsensitive() {
  RE2::Options o;
  o.set_case_sensitive(false);
  o.set_log_errors(false);
  return o;
}

const RE2& Closing() {
  static const RE2 re(
      "^\\s*(?:(?:met )?(?:vriendelijke|hartelijke|beste|warme|collegiale|fijne) groet(?:en|jes)?|"
      "mvg|groeten|groetjes|hoogachtend|met (?:de meeste )?hoogachting|cordialement|bien "
      "cordialement|bien [àa] vous|(?:sinc[èe]res |meilleures )?salutations(?: distingu[ée]es)?|"
      "(?:with )?kind regards|best regards|regards|best wishes|sincerely|yours sincerely)"
      "\\s*[,.!]?(?:\\s*[,-]\\s*\\S.{0,60})?\\s*$|^-- ?$",
      CaseInsensitive());
  return re;
}

const RE2& QuoteStart() {
  static const RE2 re(
      "^\\s*(?:>|-{2,}\\s*(?:original message|oorspronkelijk bericht|message d'origine|"
      "doorgestuurd bericht|forwarded message|message transf[ée]r[ée])|op .{5,160} schreef "
      ".{1,120}:\\s*$|on .{5,160} wrote:\\s*$|le .{5,160} a [ée]crit\\s?:\\s*$)",
      CaseInsensitive());
  return re;
}

const RE2& HeaderFrom() {
  static const RE2 re("^\\s*\\*?(?:van|from|de|von)\\s?\\*?\\s?:", CaseInsensitive());
  return re;
}

const RE2& HeaderOther() {
  static const RE2 re(
      "^\\s*\\*?(?:verzonden|sent|envoy[ée]|datum|date|aan|to|[àa]|onderwerp|subject|objet)\\s?"
      "\\*?\\s?:",
      CaseInsensitive());
  return re;
}

}  // namespace

size_t BodyEnd(std::string_view text) {
  std::vector<std::string_view> lines;
  std::vector<size_t> starts;
  for (size_t pos = 0; pos <= text.size();) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    lines.push_back(text.substr(pos, nl - pos));
    starts.push_back(pos);
    pos = nl + 1;
  }
  for (size_t i = 0; i < lines.size(); ++i) {
    if (RE2::PartialMatch(lines[i], Closing()) || RE2::PartialMatch(lines[i], QuoteStart())) {
      return starts[i];
    }
    // A header block: "Van:" followed within four lines by "Verzonden:", "Aan:", "Onderwerp:"...
    if (RE2::PartialMatch(lines[i], HeaderFrom())) {
      for (size_t j = i + 1; j < lines.size() && j <= i + 4; ++j) {
        if (RE2::PartialMatch(lines[j], HeaderOther())) return starts[i];
      }
    }
  }
  return text.size();
}

}  // namespace vermeld
