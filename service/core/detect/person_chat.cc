#include "core/detect/person_chat.h"

#include <algorithm>
#include <cctype>
#include <functional>
#include <unordered_map>
#include <unordered_set>

namespace vermeld {
namespace {

// A line without its closing blanks and carriage return.
std::string_view TrimmedEnd(std::string_view line) {
  while (!line.empty() && (line.back() == ' ' || line.back() == '\r')) line.remove_suffix(1);
  return line;
}

// A trimmed line without the " AM" or " PM" of an English time at its end ("Sam 2:14 PM").
std::string_view WithoutMeridiem(std::string_view line) {
  const size_t n = line.size();
  if (n >= 3 && line[n - 3] == ' ' && (line[n - 1] == 'M' || line[n - 1] == 'm')) {
    const char h = static_cast<char>(line[n - 2] | 0x20);
    if (h == 'a' || h == 'p') return line.substr(0, n - 3);
  }
  return line;
}

bool IsAsciiDigitAt(std::string_view s, size_t i) {
  return i < s.size() && s[i] >= '0' && s[i] <= '9';
}

bool IsDigits(std::string_view s) {
  return std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

constexpr size_t kMaxStamp = 24;  // "[12/02/2025, 08:15:59]"

// The length of a WhatsApp time stamp at the start of s ("[19:02]", "[12/02/2025, 08:15]",
// "[09-03-25 10:15]"), or 0: a bracket holding digits and date separators that ends in hh:mm
// (or hh:mm:ss).
size_t StampLength(std::string_view s) {
  if (s.empty() || s[0] != '[') return 0;
  const size_t close = s.substr(0, kMaxStamp).find(']');
  if (close == std::string_view::npos || close < 6) return 0;
  std::string_view inside = s.substr(1, close - 1);
  if (inside.find_first_not_of("0123456789/-., :") != std::string_view::npos) return 0;
  const size_t n = inside.size();
  if (n >= 8 && inside[n - 3] == ':' && inside[n - 6] == ':') inside.remove_suffix(3);  // seconds
  const std::string_view time = inside.substr(inside.size() - 5);
  if (time[2] != ':' || !IsDigits(time.substr(0, 2)) || !IsDigits(time.substr(3))) return 0;
  // Before the time: nothing, or a date and a blank.
  const size_t before = inside.size() - 5;
  return before == 0 || inside[before - 1] == ' ' ? close + 1 : 0;
}

// The length of a bare time and its blank at the start of s ("08:14 ", "9:05 ", "21:14 – "),
// or 0: chat logs copied from a practice's messaging or an app without brackets.
size_t BareTimeLength(std::string_view s) {
  const size_t colon = s.substr(0, 3).find(':');
  if (colon == std::string_view::npos || colon == 0 || s.size() < colon + 4 ||
      !IsDigits(s.substr(0, colon)) || !IsDigits(s.substr(colon + 1, 2)) || s[colon + 3] != ' ') {
    return 0;
  }
  const std::string_view rest = s.substr(colon + 4);
  for (std::string_view dash : {"- ", "\u2013 "}) {
    if (rest.starts_with(dash)) return colon + 4 + dash.size();
  }
  return colon + 4;
}

// A date of one or two digits, a separator, one or two digits, the same separator and a year
// of two or four digits: "12-02-2025", "8/3/25".
bool DayFirstDate(std::string_view d) {
  const size_t a = d.find_first_of("/.-");
  if (a == std::string_view::npos || a == 0 || a > 2) return false;
  const size_t b = d.find(d[a], a + 1);
  if (b == std::string_view::npos || b - a - 1 == 0 || b - a - 1 > 2) return false;
  const size_t year = d.size() - b - 1;
  return (year == 2 || year == 4) && IsDigits(d.substr(0, a)) &&
         IsDigits(d.substr(a + 1, b - a - 1)) && IsDigits(d.substr(b + 1));
}

// The length of an Android WhatsApp export's stamp at the start of s ("12/02/25, 07:58 - ",
// "12.02.2025, 21:05 - ", "2/12/25, 7:58 AM - ", and as Dutch and French phones write it,
// "12-02-2025 07:58 - ", "08/03/2025 à 19:02 - "), or 0: a date of digits and separators, a
// comma, a blank or "à", a time (maybe AM or PM) and a dash.
size_t AndroidStampLength(std::string_view s) {
  if (!IsAsciiDigitAt(s, 0)) return 0;
  // Eleven bytes at most: a line of digits is read no further.
  const size_t date_end = std::min(s.substr(0, 11).find_first_not_of("0123456789/.-"), s.size());
  if (date_end < 6 || date_end > 10) return 0;
  size_t time = 0;
  for (std::string_view between : {", ", " \u00E0 ", " "}) {
    if (s.substr(date_end).starts_with(between)) {
      time = date_end + between.size();
      break;
    }
  }
  if (time == 0) return 0;
  // Without the comma only a day-first date as phones write it ("12-02-2025 07:58 - "): a log's
  // ISO date ("2025-03-12 02:00 - Backup: gestart") is no chat's.
  if (s[date_end] == ' ' && !DayFirstDate(s.substr(0, date_end))) return 0;
  const size_t colon = s.substr(time, 3).find(':');
  if (colon == std::string_view::npos || colon == 0 || !IsDigits(s.substr(time, colon)) ||
      s.size() < time + colon + 6 || !IsDigits(s.substr(time + colon + 1, 2))) {
    return 0;
  }
  size_t dash = time + colon + 3;
  if (s.substr(dash, 3) == " AM" || s.substr(dash, 3) == " PM") dash += 3;
  return s.substr(dash, 3) == " - " ? dash + 3 : 0;
}

// The line opens with an Android stamp without a comma after its date ("12-02-2025 07:58 - ").
bool CommaLessStamp(std::string_view line) {
  if (AndroidStampLength(line) == 0) return false;
  const size_t date_end =
      std::min(line.substr(0, 11).find_first_not_of("0123456789/.-"), line.size());
  return date_end < line.size() && line[date_end] != ',';
}

// Every time opens with '[' (StampLength) or a digit (AndroidStampLength, BareTimeLength): most
// lines are prose and are turned away on their first byte.
bool MayOpenWithTime(std::string_view s) {
  return !s.empty() && (s[0] == '[' || IsAsciiDigitAt(s, 0));
}

size_t TimeLength(std::string_view s) {
  if (!MayOpenWithTime(s)) return 0;
  if (const size_t stamp = StampLength(s); stamp > 0) return stamp;
  if (const size_t stamp = AndroidStampLength(s); stamp > 0) return stamp;
  return BareTimeLength(s);
}

bool OpensWithTime(std::string_view s) {
  return MayOpenWithTime(s) && (StampLength(s) > 0 || AndroidStampLength(s) > 0);
}

// The speaker label of a line after its "[hh:mm] " (`time`, the TimeLength of line), as an offset
// into line, or {0, 0}. A role in brackets may stand between the label and its colon: "Demi
// (assistente):".
ByteSpan SpeakerLabel(std::string_view line, size_t time) {
  size_t begin = time;
  while (begin < line.size() && line[begin] == ' ') ++begin;
  constexpr size_t kMaxLabel = 40;
  // A label ends at a colon at most kMaxLabel bytes on, or a role's at most 2 * kMaxLabel + 1
  // bytes on: most lines hold none so near and are turned away without the byte loop.
  if (line.substr(begin, 2 * kMaxLabel + 2).find(':') == std::string_view::npos) return {0, 0};
  int words = 1;
  bool letter = false;
  for (size_t i = begin; i < line.size() && i - begin <= kMaxLabel; ++i) {
    const unsigned char c = line[i];
    if (c == ':') {
      if (!letter || line[i - 1] == ' ') return {0, 0};
      return {begin, i};
    }
    if (c == ' ' && letter && i + 1 < line.size() && line[i + 1] == '(') {
      if (line[i - 1] == ' ') return {0, 0};  // "Jan  (assistente):" keeps no blank
      const size_t close = line.find(')', i);
      // Not "Coordination (Véronique):", "(Émilie)": a name in the brackets makes the label a
      // role; "(POH-GGZ)", "(SOC)" are roles.
      const size_t capital = CapitalAt(line, i + 2);
      const bool name_inside = capital > 0 && i + 2 + capital < line.size() &&
                               !std::isupper(static_cast<unsigned char>(line[i + 2 + capital]));
      if (close != std::string_view::npos && close - i <= kMaxLabel && close + 1 < line.size() &&
          line[close + 1] == ':' && !name_inside) {
        return {begin, i};
      }
      return {0, 0};
    }
    if (c == ' ') {
      if (++words > 3 || line[i - 1] == ' ') return {0, 0};
    } else if (c >= 0x80 || IsAsciiLetter(c)) {
      letter = true;
    } else if (c != '.' && c != '-' && c != '\'') {
      return {0, 0};
    }
  }
  return {0, 0};
}

// The shape of a sender's label: one to three words of letters, dots, underscores, hyphens and
// apostrophes, one blank between them, a comma after one of them as "Surname, Given" writes it
// ("de Vries, Jolanda"); `words` 0 for any other shape.
struct LabelShape {
  int words = 0;
  bool letter = false;
};

LabelShape ShapeOf(std::string_view label) {
  LabelShape shape{1, false};
  if (label.empty() || label.front() == ' ' || label.back() == ' ') return {};
  bool comma = false;
  for (size_t i = 0; i < label.size(); ++i) {
    const unsigned char c = label[i];
    if (c == ' ') {
      if (++shape.words > 3 || label[i - 1] == ' ') return {};
    } else if (c >= 0x80 || IsAsciiLetter(c)) {
      shape.letter = true;
    } else if (c == ',') {
      const unsigned char before = i > 0 ? label[i - 1] : ' ';
      if (comma || i + 1 == label.size() || label[i + 1] != ' ' ||
          !(IsAsciiLetter(before) || before >= 0x80)) {
        return {};
      }
      comma = true;
    } else if (c != '.' && c != '_' && c != '-' && c != '\'') {
      return {};
    }
  }
  return shape;
}

// True when a word of the blank-separated label is a known given name or surname (a comma after
// it aside).
bool HasNameWord(std::string_view label, const GivenNameOf& given_name) {
  for (size_t from = 0; from < label.size();) {
    const size_t blank = std::min(label.find(' ', from), label.size());
    const size_t end = blank > from && label[blank - 1] == ',' ? blank - 1 : blank;
    if (end > from && given_name(label.substr(from, end - from)) != GivenName::kNone) {
      return true;
    }
    from = blank + 1;
  }
  return false;
}

// Two parts of three letters or more in lower case joined by '.' or '_', as directories build a
// user name from names the lists need not know ("dritan.berisha", "gleice.moura"); neither part
// a machine's or a service's word ("build_server", "noreply.alerts").
bool FirstDotLast(std::string_view label, size_t joint) {
  static constexpr std::string_view kMachineWords[] = {
      "admin",  "alert",  "alerts", "api",   "app",    "auto", "backup", "bot",     "build",
      "cron",   "daemon", "data",   "db",    "deploy", "dev",  "desk",   "export",  "helpdesk",
      "import", "info",   "jira",   "log",   "logs",   "mail", "mailer", "monitor", "noreply",
      "notify", "ops",    "prod",   "reply", "robot",  "root", "server", "service", "support",
      "sync",   "system", "team",   "test",  "web"};
  const std::string_view first = label.substr(0, joint);
  const std::string_view last = label.substr(joint + 1);
  auto name_part = [](std::string_view part) {
    return part.size() >= 3 && part.size() <= 20 &&
           std::all_of(part.begin(), part.end(), [](char c) { return c >= 'a' && c <= 'z'; }) &&
           std::find(std::begin(kMachineWords), std::end(kMachineWords), part) ==
               std::end(kMachineWords);
  };
  return name_part(first) && name_part(last);
}

// A user name of one word that spells a given name or a surname and a letter or more ("hanne.v",
// "tom_verhaegen", "nguyen.thi.lan", "peeters.j") or one or two initials and a name
// ("p.willems", "pj.goossens"); not "db.server", "lokaal_a".
bool SpellsUserName(std::string_view label, const GivenNameOf& given_name) {
  const size_t joint = label.find_first_of("._");
  if (joint == std::string_view::npos || joint == 0 || label.find(' ') != std::string_view::npos ||
      !IsAsciiLetter(label.back())) {
    return false;
  }
  const GivenName given = given_name(label.substr(0, joint));
  if (joint == 1 || given == GivenName::kKnown || given == GivenName::kAlsoWord) return true;
  // Two initials and a name: "pj.goossens".
  if (joint == 2 && given == GivenName::kNone &&
      label.find_first_of("._", joint + 1) == std::string_view::npos &&
      given_name(label.substr(joint + 1)) != GivenName::kNone) {
    return true;
  }
  if (given == GivenName::kNone) return FirstDotLast(label, joint);
  if (given != GivenName::kSurnameOnly) return false;
  // After a surname: an initial or a given name ("peeters.j", "jacobs.griet"), or two more
  // parts ("nguyen.thi.lan"); not a machine's role ("post.bot", "koster.backup").
  const std::string_view rest = label.substr(joint + 1);
  const size_t next = rest.find_first_of("._");
  const std::string_view part = rest.substr(0, next);
  return part.size() <= 2 || given_name(part) == GivenName::kKnown ||
         (next != std::string_view::npos &&
          rest.find_first_of("._", next + 1) == std::string_view::npos && part.size() <= 4 &&
          rest.size() - next - 1 <= 4);
}

// One plain word may be a programme's item ("Pauze 15:00"), words without a known name a bot's
// ("Jira Cloud"); a sender shows a known given name or surname, a user name or is a known given
// name ("Stijn Jacobs", "Peeters Xiomara", "hanne.v", "jean-pierre").
bool IsSender(std::string_view label, const GivenNameOf& given_name) {
  const LabelShape shape = ShapeOf(label);
  const bool name_like = (shape.words > 1 && HasNameWord(label, given_name)) ||
                         SpellsUserName(label, given_name) ||
                         given_name(label) == GivenName::kKnown;
  return shape.letter && name_like;
}

// The label of a Teams line, a sender and the time at the line's end ("hanne.v 09:02",
// "tom_verhaegen  10:05", "Stijn Jacobs  09:05", "jean-pierre 10:14"), as an offset into line, or
// {0, 0}: one to three words of letters, dots, underscores, hyphens and apostrophes.
ByteSpan TeamsLabel(std::string_view line, const GivenNameOf& given_name) {
  line = WithoutMeridiem(TrimmedEnd(line));
  // The time must end the trimmed line ("...:mm"): a cheap test before searching back for its
  // blank over the whole line.
  const size_t n = line.size();
  if (n < 3 || line[n - 3] != ':' || !IsAsciiDigitAt(line, n - 1)) return {0, 0};
  const size_t blank = line.rfind(' ');
  if (blank == std::string_view::npos || !TimeEndsLine(line, blank)) return {0, 0};
  size_t end = blank;
  while (end > 0 && line[end - 1] == ' ') --end;
  // Exports in Markdown set the sender in bold ("**hilde.vanderstraeten** 08:36").
  size_t begin = 0;
  if (end > 4 && line.starts_with("**") && line.substr(end - 2, 2) == "**") {
    begin = 2;
    end -= 2;
  }
  return IsSender(line.substr(begin, end - begin), given_name) ? ByteSpan{begin, end}
                                                               : ByteSpan{0, 0};
}

// The label of a line that holds only a time and a sender, the time first ("[09:44] Anissa
// Bouhali", as some exports write the sender above each message), as an offset into line, or
// {0, 0}. `time`: the TimeLength of line.
ByteSpan TimedSenderLabel(std::string_view line, size_t time, const GivenNameOf& given_name) {
  if (time == 0) return {0, 0};
  line = TrimmedEnd(line);
  size_t begin = time;  // the trimmed line may end inside the stamp ("... 07:58 - ")
  while (begin < line.size() && line[begin] == ' ') ++begin;
  if (begin >= line.size() || !IsSender(line.substr(begin), given_name)) return {0, 0};
  return {begin, line.size()};
}

// The label of a Slack line, a sender and a time that open the line before the message ("jonas.d
// 09:31 standup in 2 min", "Emma Van Acker 09:32 ok"), as an offset into line, or {0, 0}: a user
// name that spells a name (SpellsUserName), or one to three words opening with a known given name
// (not "Pauze 10:30 koffie").
ByteSpan SlackLabel(std::string_view line, const GivenNameOf& given_name) {
  // The time's colon is the line's first, near its start: most lines have none there.
  const size_t colon = line.substr(0, 52).find(':');
  if (colon == std::string_view::npos || colon < 3) return {0, 0};
  const size_t blank = line.rfind(' ', colon);
  if (blank == std::string_view::npos || blank == 0 || colon - blank > 3 || colon - blank < 2 ||
      !IsDigits(line.substr(blank + 1, colon - blank - 1)) || line.size() < colon + 5 ||
      !IsDigits(line.substr(colon + 1, 2)) || line[colon + 3] != ' ' || line[colon + 4] == ' ') {
    return {0, 0};
  }
  std::string_view label = line.substr(0, blank);
  while (!label.empty() && label.back() == ' ') label.remove_suffix(1);
  const LabelShape shape = ShapeOf(label);
  if (shape.words == 0) return {0, 0};
  // A known given name, then capitalised words or short particles: "Emma Van Acker", "Yasmina
  // el Idrissi"; not the start of a sentence ("Marie belt 14:30 terug").
  bool named = given_name(label.substr(0, label.find(' '))) == GivenName::kKnown &&
               label.find_first_of("._") == std::string_view::npos;
  for (size_t blank_at = label.find(' '); named && blank_at != std::string_view::npos;
       blank_at = label.find(' ', blank_at + 1)) {
    const std::string_view rest = label.substr(blank_at + 1);
    const unsigned char c = rest[0];
    const size_t size = std::min(rest.find(' '), rest.size());
    named = (c >= 'A' && c <= 'Z') || (c >= 0xC3 && c <= 0xC5) || size <= 3;  // "É", "van"
  }
  return named || SpellsUserName(label, given_name) ? ByteSpan{0, label.size()} : ByteSpan{0, 0};
}

// People in a chat speak more than once; a programme's items ("[09:00] Onthaal: koffie") do
// not come back.
bool SomeLabelRepeats(std::string_view text, const std::vector<ByteSpan>& labels) {
  std::unordered_set<std::string_view> seen;
  for (const ByteSpan& l : labels) {
    if (!seen.insert(text.substr(l.begin, l.end - l.begin)).second) return true;
  }
  return false;
}

// A chat handle: one word without capitals ("steph", "els.m").
bool IsHandle(std::string_view label) {
  return label.find(' ') == std::string_view::npos &&
         std::none_of(label.begin(), label.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

// The speakers of an SMS or chat thread copied without times ("jo: kan jij de sleutel halen?"
// / "steph: jep" / "jo: top"): two or more lines in a row that open with a label, one of them a
// known given name, each other one a lower-case handle or a given name that is also a word
// ("Mark") that comes back in those lines. A list's fields ("actie:", "wie:", "Opmerking:") are no
// such labels.
std::vector<ByteSpan> Dialogue(std::string_view text, const std::vector<ByteSpan>& labels,
                               const std::vector<size_t>& line_of, const GivenNameOf& given_name) {
  std::vector<ByteSpan> speakers;
  auto label_at = [&](size_t k) {
    return text.substr(labels[k].begin, labels[k].end - labels[k].begin);
  };
  std::unordered_map<std::string_view, size_t> times;  // a run's labels, counted once each
  for (size_t i = 0; i < labels.size();) {
    size_t j = i + 1;
    while (j < labels.size() && line_of[j] == line_of[j - 1] + 1) ++j;
    times.clear();
    for (size_t k = i; k < j; ++k) ++times[label_at(k)];
    bool named = false;
    bool all_fit = j - i >= 2;
    for (size_t k = i; k < j && all_fit; ++k) {
      const std::string_view label = label_at(k);
      const GivenName given = given_name(label.substr(0, label.find(' ')));
      if (given == GivenName::kKnown) {
        named = true;
        continue;
      }
      all_fit = (IsHandle(label) || given == GivenName::kAlsoWord) && times[label] >= 2;
    }
    if (all_fit && named) {
      speakers.insert(speakers.end(), labels.begin() + static_cast<std::ptrdiff_t>(i),
                      labels.begin() + static_cast<std::ptrdiff_t>(j));
    }
    i = j;
  }
  return speakers;
}

}  // namespace

std::vector<ByteSpan> ChatSpeakers(const TextLines& lines, const GivenNameOf& given_name) {
  const std::string_view text = lines.text();
  std::vector<ByteSpan> labels;
  std::vector<ByteSpan> untimed;  // labels of lines without a time
  std::vector<size_t> untimed_line;
  std::vector<ByteSpan> teams;  // senders of Teams messages, each followed by its message
  std::vector<ByteSpan> slack;  // senders of Slack messages, on the message's line
  size_t timed = 0;
  bool comma_less = false;  // a stamp without the comma after its date: also an agenda's or a log's
  bool after_teams_label = false;
  size_t teams_labels = 0;
  for (size_t i = 0; i < lines.size() && lines.Begin(i) < text.size(); ++i) {
    const std::string_view line = lines.Line(i);
    const size_t p = lines.Begin(i);
    const size_t time = TimeLength(line);
    ByteSpan team = TeamsLabel(line, given_name);
    if (team.end == 0) team = TimedSenderLabel(line, time, given_name);
    if (after_teams_label && team.end == 0 && !line.empty() && line != "\r") {
      ++teams_labels;  // the label before this line opened a message
    }
    after_teams_label = team.end > 0;
    if (team.end > 0) {
      teams.push_back({p + team.begin, p + team.end});
    } else if (const ByteSpan sender = SlackLabel(line, given_name); sender.end > 0) {
      slack.push_back({p + sender.begin, p + sender.end});
    }
    const ByteSpan label = SpeakerLabel(line, time);
    if (time > 0) {
      ++timed;
      comma_less = comma_less || CommaLessStamp(line);
      if (label.end > 0) labels.push_back({p + label.begin, p + label.end});
    } else if (label.end > 0) {
      untimed.push_back({p + label.begin, p + label.end});
      untimed_line.push_back(i);
    }
  }
  if (timed == 0) {
    labels = Dialogue(text, untimed, untimed_line, given_name);
  } else {
    // A chat pasted in parts speaks on without times ("[21:14] steph: ..." then "steph: jep"): a
    // timed speaker's label that comes back on a line of its own is a speaker there too.
    std::unordered_set<std::string_view> timed_labels;
    for (const ByteSpan& l : labels) timed_labels.insert(text.substr(l.begin, l.end - l.begin));
    std::erase_if(untimed, [&](const ByteSpan& l) {
      return !timed_labels.contains(text.substr(l.begin, l.end - l.begin));
    });
    // An agenda's or a log's dated lines ("14/03/2025 09:30 - Opening: ...", "Technieker:") name
    // no one: a chat stamped so has a known name or a user name among its speakers.
    const bool someone =
        !comma_less || std::any_of(labels.begin(), labels.end(), [&](const ByteSpan& l) {
          const std::string_view label = text.substr(l.begin, l.end - l.begin);
          return HasNameWord(label, given_name) || SpellsUserName(label, given_name) ||
                 IsHandle(label);
        });
    if (labels.size() * 2 < timed || !someone) {
      labels.clear();
    } else if (!untimed.empty()) {
      labels.insert(labels.end(), untimed.begin(), untimed.end());
      std::sort(labels.begin(), labels.end(),
                [](const ByteSpan& a, const ByteSpan& b) { return a.begin < b.begin; });
    } else if (!SomeLabelRepeats(text, labels)) {
      // Speakers who say one thing each: when one is a known given name ("[21:14] steph: ...",
      // "[21:16] jo: ..."), the given names and lower-case handles among them, not a programme's
      // other items ("[09:30] Marie: opening", "[10:00] Slotwoord: directie").
      auto name = [&](ByteSpan l) {
        return given_name(text.substr(l.begin, l.end - l.begin)) == GivenName::kKnown;
      };
      if (labels.size() >= 2 && std::any_of(labels.begin(), labels.end(), name)) {
        std::erase_if(labels, [&](ByteSpan l) {
          return !name(l) && !IsHandle(text.substr(l.begin, l.end - l.begin));
        });
      } else {
        labels.clear();
      }
    }
  }
  // A timetable's lines end with times too, one after the other, with no message between.
  if (SomeLabelRepeats(text, teams) && teams_labels == teams.size()) {
    labels.insert(labels.end(), teams.begin(), teams.end());
  }
  if (SomeLabelRepeats(text, slack)) labels.insert(labels.end(), slack.begin(), slack.end());
  if (!teams.empty() || !slack.empty()) {
    std::sort(labels.begin(), labels.end(),
              [](const ByteSpan& a, const ByteSpan& b) { return a.begin < b.begin; });
  }
  return labels;
}

bool LooksLikeChat(const TextLines& lines) {
  int chat_lines = 0;
  for (size_t i = 0; i < lines.size() && lines.Begin(i) < lines.text().size() && chat_lines < 2;
       ++i) {
    const std::string_view line = WithoutMeridiem(TrimmedEnd(lines.Line(i)));
    const size_t n = line.size();
    const size_t hour = n >= 6 && line[n - 6] == ' ' ? n - 5 : n - 4;  // "09:14" or "9:14"
    const bool teams = n >= 8 && n < 60 && line[0] >= 'A' && line[0] <= 'Z' &&
                       line[hour - 1] == ' ' && line[n - 3] == ':' &&
                       IsDigits(line.substr(hour, n - 3 - hour)) && IsDigits(line.substr(n - 2));
    if (OpensWithTime(line) || teams) ++chat_lines;
  }
  return chat_lines >= 2;
}

bool IsSmsLog(std::string_view text) {
  for (size_t p = text.find("Aan "); p != std::string_view::npos; p = text.find("Aan ", p + 1)) {
    if (ChatTimeBefore(text, p)) return true;
  }
  for (size_t p = text.find("Van "); p != std::string_view::npos; p = text.find("Van ", p + 1)) {
    const char after = p + 4 < text.size() ? text[p + 4] : ' ';
    if ((IsAsciiDigit(after) || after == '+') && ChatTimeBefore(text, p)) return true;
  }
  return false;
}

bool ChatTimeBefore(std::string_view text, size_t pos) {
  while (pos > 0 && text[pos - 1] == ' ') --pos;
  if (pos > 0 && text[pos - 1] == '-') {  // "12/02/25, 07:58 - "
    // The stamp opens its line: only kMaxStamp bytes back are read.
    const size_t from = pos > kMaxStamp ? pos - kMaxStamp : 0;
    const size_t nl = text.substr(from, pos - from).rfind('\n');
    if (nl == std::string_view::npos && from > 0) return false;
    const size_t line = nl == std::string_view::npos ? 0 : from + nl + 1;
    return AndroidStampLength(text.substr(line)) == pos + 1 - line;
  }
  if (pos == 0 || text[pos - 1] != ']') return false;
  const size_t from = pos > kMaxStamp ? pos - kMaxStamp : 0;
  const size_t open = text.substr(from, pos - from).rfind('[');
  return open != std::string_view::npos &&
         StampLength(text.substr(from + open)) == pos - from - open;
}

bool TimeEndsLine(std::string_view text, size_t pos) {
  while (pos < text.size() && text[pos] == ' ') ++pos;
  size_t digits = pos;
  while (digits < text.size() && text[digits] >= '0' && text[digits] <= '9') ++digits;
  if (digits == pos || digits - pos > 2 || digits + 3 > text.size() || text[digits] != ':' ||
      !IsDigits(text.substr(digits + 1, 2))) {
    return false;
  }
  const size_t line_end = std::min(text.find('\n', digits), text.size());
  return WithoutMeridiem(TrimmedEnd(text.substr(digits + 3, line_end - digits - 3))).empty();
}

}  // namespace vermeld
