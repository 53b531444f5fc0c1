// Linear time on hostile drafts: the whole analysis (HTML to text, every recognizer,
// confidentiality, AI markers, disclosure) on adversarial inputs of 16 KiB, 128 KiB and 1 MiB.
// Each case reports time_per_MiB (CPU time); a constant figure across sizes means linear time, a
// figure that grows eightfold per step would mean quadratic time. Figures are read, not asserted
// (see docs/reliability.md); CTest only checks that every case completes.
#include <benchmark/benchmark.h>

#include <functional>
#include <string>

#include "core/analyze/analyzer.h"

namespace vermeld {
namespace {

std::string Fill(std::string_view unit, size_t bytes) {
  std::string s;
  s.reserve(bytes + unit.size());
  while (s.size() < bytes) s += unit;
  s.resize(bytes);
  // Cutting a multi-byte character in half would make the input invalid UTF-8 (refused early).
  while (!s.empty() && (static_cast<unsigned char>(s.back()) & 0xC0) == 0x80) s.pop_back();
  if (!s.empty() && static_cast<unsigned char>(s.back()) >= 0xC0) s.pop_back();
  return s;
}

void AnalyzeAdversarial(benchmark::State& state, std::string_view unit, InputFormat format,
                        std::string_view head) {
  static const auto detector = PersonalDataDetector::Load(VERMELD_DATA_DIR);
  static const LedgerIndex ledger;
  AnalyzeInput input;
  input.text = head;
  input.text += Fill(unit, static_cast<size_t>(state.range(0)));
  input.format = format;
  for (auto _ : state) {
    benchmark::DoNotOptimize(Analyze(input, DefaultPolicy(), Engines{detector.get(), &ledger}));
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * input.text.size()));
  // CPU seconds per MiB (shown as e.g. "0.12s"): the same at every size means linear time.
  state.counters["time_per_MiB"] = benchmark::Counter(
      static_cast<double>(state.iterations() * input.text.size()) / (1024.0 * 1024.0),
      benchmark::Counter::kIsRate | benchmark::Counter::kInvert);
}

struct Case {
  const char* name;
  const char* unit;
  InputFormat format;
  const char* head = "";  // written once before the repeated unit
};

// Each unit attacks one part: digit runs (number recognizers), '<' and nesting (HTML), cue words
// that make the name recognizer look ahead, one endless word, near-miss identifiers, comments and
// character references that never close, disclosure phrases, chat artefacts, markdown, and names
// after unmatched closing brackets.
const Case kCases[] = {
    {"digits", "0123456789", InputFormat::kText},
    {"digits_dotted", "12.34.56-789.01 ", InputFormat::kText},
    {"lt_text", "<", InputFormat::kText},
    {"lt_html", "<", InputFormat::kHtml},
    {"nested_tags", "<div><span><b><i><p>", InputFormat::kHtml},
    {"unclosed_attribute", "<a href=\"x", InputFormat::kHtml},
    {"open_comments", "<!--<!--[if mso]>", InputFormat::kHtml},
    {"char_refs", "&#x1F600&amp&#;&nbsp", InputFormat::kHtml},
    {"salutations", "Geachte heer Van ", InputFormat::kText},
    {"closings", "Met vriendelijke groet,\n", InputFormat::kText},
    {"titles", "dhr. mevr. dr. ", InputFormat::kText},
    {"long_word", "a", InputFormat::kText},
    {"long_capitalised_words", "Ééééé", InputFormat::kText},
    {"near_iban", "BE00 0000 0000 000", InputFormat::kText},
    {"near_phone", "+32 (0) 4 ", InputFormat::kText},
    {"at_signs", "a@b.", InputFormat::kText},
    {"urls", "https://www.", InputFormat::kText},
    {"disclosure_phrases", "opgesteld met behulp van ", InputFormat::kText},
    {"chat_artefacts", "Zeker! Hier is ", InputFormat::kText},
    {"markdown", "**# - ", InputFormat::kText},
    // Names after a closing bracket with no opening one near: "1) Marie Dubois belde terug".
    {"numbered_names", "1) Marie Dubois belde terug en Jan Peeters\n", InputFormat::kText},
    // Runs of joints that end no user name ("a.b..", "a.b._"): each token read once.
    {"user_name_joints", "a.b..a.b._", InputFormat::kText},
    {"slack_lines", "jonas.d 09:31 standup in 2 min\n", InputFormat::kText},
    // Eighteenth session: absences after health details, whose windows overlap and merge; the
    // initials of many found names beside many tokens in capitals; IP ranges; key-value grids.
    {"absences", "Zij heeft griep, zit drie weken thuis; koorts, ", InputFormat::kText},
    {"initials", "Beste Pieter-Jan Goossens, KD PJ SVdB ", InputFormat::kText},
    {"ip_ranges", "10.1.1.10 - 10.1.1.99 tot ", InputFormat::kText},
    {"key_value_grid", "| Achternaam | Bakker |\n", InputFormat::kText},
    // Nineteenth session: CSV exports (quoted cells), names before birth cues, dot leaders,
    // health terms in capitals after a record's label.
    {"csv_rows", "Claes;\"ok; na controle\";02/05/1982\n", InputFormat::kText},
    {"birth_cues", "- DANYLO KOVALENKO, °03/07/2016, Noah Kimbelu, geboren op 4 mei ",
     InputFormat::kText},
    {"dot_leaders", "ACHTERNAAM ....... WIJAYA\n", InputFormat::kText},
    {"capitals_labels", "ALLERGIEËN: PENICILLINE EN EPILEPSIE ", InputFormat::kText},
    // Twentieth session: plates after which a form's example word is looked for (a search to the
    // text's end once per plate was quadratic), attendance lines, possessives, self-introductions.
    {"plates", "Wagen 1-ABC-234 staat hier. ", InputFormat::kText},
    {"attendance_lines", "Hakkert, Joost \u2013 regisseur\n", InputFormat::kText},
    {"possessives", "yusuf's account, Yusuf Peeters ", InputFormat::kText},
    {"introductions", "mijn naam is Folasade Adeyemi. ", InputFormat::kText},
    // Thirtieth session: given names each looked up among the text's mailboxes (a scan of every
    // mailbox per name was quadratic), rosters, names before telephone numbers.
    {"names_and_mailboxes", "Olena komt ook. olena.k@x.be ", InputFormat::kText},
    {"rosters", "ma: Tom\ndi: Lise - ", InputFormat::kText},
    {"names_before_numbers", "Frans Lemahieu \u2013 057 20 44 91\n", InputFormat::kText},
    // Thirty-second session: log entries' authors on lines that Word ends with '\r' (a search
    // back to the line's start from each dash was quadratic).
    {"log_authors_one_line", "19/02 14:40 \u2013 mbenali: ticket bijgewerkt\r", InputFormat::kText},
    // Health details on one long line under an identified person (InHeading searched the whole
    // line for a form's colon once per detail).
    {"health_one_line", "diabetes en astma en copd ", InputFormat::kText,
     "Jan Peeters\nRijksregisternummer: 75.01.09-068.80\n"},
    // A table's rows under headings, and lines of two cells after a table of three: each closes
    // a block that asks whether it goes on with the table above.
    {"table_sections", "Deel 2\n| POPESCU Andrei | 07/02/1985 | 058812341 |\n", InputFormat::kText,
     "| Naam | Geboortedatum | Document |\n| NOWAK Tomasz | 03.05.1979 | EK4418273 |\n"},
    // Lines ending in a verb of birth over a date: each looks up whether the date was found.
    {"birth_cue_line_ends", "geboren op\n12/03/1990\n", InputFormat::kText},
    {"table_then_pairs", "a | 1\nb\n", InputFormat::kText,
     "| Naam | Geboortedatum | Document |\n| NOWAK Tomasz | 03.05.1979 | EK4418273 |\n"},
};

const int kRegistered = [] {
  for (const Case& c : kCases) {
    benchmark::RegisterBenchmark(
        ("BM_Analyze/" + std::string(c.name)).c_str(),
        [c](benchmark::State& s) { AnalyzeAdversarial(s, c.unit, c.format, c.head); })
        ->Arg(16 << 10)
        ->Arg(128 << 10)
        ->Arg(1 << 20)
        ->Unit(benchmark::kMillisecond);
  }
  return 0;
}();

}  // namespace
}  // namespace vermeld

BENCHMARK_MAIN();
