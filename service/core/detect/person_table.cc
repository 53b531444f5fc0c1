#include "core/detect/person_table.h"

#include <string_view>

#include "core/detect/table_layout.h"

namespace vermeld {
namespace {

constexpr double kTableNameScore = 0.8;
constexpr int kMaxWords = 5;

bool IsNameHeader(std::string_view header) {
  return HeaderMatches(header, {"naam",           "voornaam",       "voornamen",
                                "achternaam",     "familienaam",    "naam en voornaam",
                                "volledige naam", "naam kind",      "naam leerling",
                                "naam deelnemer", "naam ouder",     "deelnemer",
                                "leerling",       "kind",           "medewerker",
                                "werknemer",      "personeelslid",  "cliënt",
                                "client",         "patiënt",        "patient",
                                "bewoner",        "contactpersoon", "nom",
                                "prénom",         "prenom",         "nom et prénom",
                                "nom complet",    "participant",    "élève",
                                "enfant",         "name",           "first name",
                                "last name",      "full name",      "surname",
                                "given name"},
                       {});
}

// One to kMaxWords words of letters (UTF-8 letters pass as non-ASCII bytes), each starting with a
// letter; apostrophes, hyphens and the dot of an initial inside words.
bool ReadsAsName(std::string_view cell) {
  int words = 0;
  bool in_word = false;
  for (char c : cell) {
    const unsigned char u = static_cast<unsigned char>(c);
    const bool letter = (u >= 'A' && u <= 'Z') || (u >= 'a' && u <= 'z') || u >= 0x80;
    if (letter) {
      if (!in_word && ++words > kMaxWords) return false;
      in_word = true;
    } else if (c == ' ' || c == ',') {
      in_word = false;
    } else if (!(in_word && (c == '\'' || c == '-' || c == '.'))) {
      return false;
    }
  }
  return words > 0;
}

}  // namespace

void FindTableNames(const ScanText& scan, std::vector<Finding>& out) {
  const std::string_view text = scan.text();
  scan.Tables().ForEachBodyCell([&](std::string_view header, ByteSpan cell) {
    if (!IsNameHeader(header)) return;
    if (!ReadsAsName(text.substr(cell.begin, cell.end - cell.begin))) return;
    out.push_back({"PERSON", cell.begin, cell.end, kTableNameScore});
  });
}

}  // namespace vermeld
