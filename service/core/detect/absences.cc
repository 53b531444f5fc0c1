#include "core/detect/absences.h"

#include <algorithm>
#include <string>

namespace vermeld {
namespace {

// Words as [\wÀ-ÿ]: \pL would make RE2 build a program many times larger on first use.
// A number of days, weeks or months ("drie weken", "2 semaines", "a few weeks").
constexpr const char* kDuration =
    R"((?:\d{1,2}|een|één|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|twaalf|enkele|paar|)"
    R"(deux|trois|quatre|cinq|six|sept|huit|dix|quelques|two|three|four|five|few))"
    R"(\s+(?:dagen|dag|weken|week|maanden|maand|jours|semaines|semaine|mois|days|weeks|months))";
// Since or until when ("sindsdien", "sinds november", "tot eind april", "jusqu'au 12 mars").
constexpr const char* kSpan =
    R"((?:sindsdien|sinds\s+[\wÀ-ÿ]+|tot\s+(?:en\s+met\s+)?(?:eind\s+|begin\s+|half\s+)?[\wÀ-ÿ/.-]+|)"
    R"(depuis\s+[\wÀ-ÿ]+|jusqu'(?:au|à|à la)\s+[\wÀ-ÿ/.-]+))";
// What the time is spent on: home, rest, no work or sport.
constexpr const char* kOff =
    R"((?:thuis|ziek|ziekteverlof|arbeidsongeschikt|à la maison|d'arrêt|de repos|)"
    R"(off work|off sick|at home|of rest|)"
    R"((?:niet|geen)\s+(?:mag\s+|kan\s+)?(?:werken|sporten|trainen|turnen|belasten|rijden|autorijden|sport|training|LO)|)"
    R"(sans\s+(?:travailler|sport)))";

std::string Pattern() {
  const std::string d = kDuration, s = kSpan, off = kOff;
  return R"((?i)\b(?:(?:)" + d + "|" + s + R"()\s+(?:[\wÀ-ÿ]+\s+)?)" + off +
         "|" +                                                           // "drie weken thuis"
         R"(thuis\s+)" + s + "|" +                                       // "thuis tot eind april"
         R"(rester à la maison(?:\s+(?:pendant\s+)?)" + d + R"()?)\b)";  // "rester à la maison"
}

}  // namespace

Absences::Absences() : absence_(Pattern()) {}

std::vector<ByteSpan> Absences::After(std::string_view text,
                                      const std::vector<ByteSpan>& details) const {
  // The windows after the details, each cut at a paragraph's end, merged where they overlap: an
  // absence may run past the end of one detail's window into the next one's.
  std::vector<ByteSpan> windows;
  windows.reserve(details.size());
  for (const ByteSpan& detail : details) {
    size_t to = std::min(text.size(), detail.end + kReach);
    const size_t paragraph = text.substr(detail.end, to - detail.end).find("\n\n");
    if (paragraph != std::string_view::npos) to = detail.end + paragraph;
    if (detail.end < to) windows.push_back({detail.end, to});
  }
  std::sort(windows.begin(), windows.end(),
            [](const ByteSpan& a, const ByteSpan& b) { return a.begin < b.begin; });
  std::vector<ByteSpan> found;
  for (size_t i = 0; i < windows.size();) {
    ByteSpan merged = windows[i];
    for (++i; i < windows.size() && windows[i].begin <= merged.end; ++i) {
      merged.end = std::max(merged.end, windows[i].end);
    }
    ForEachMatchBetween(absence_, text, merged.begin, merged.end, [&](size_t b, size_t e) {
      found.push_back({b, e});
    });
  }
  return found;
}

}  // namespace vermeld
