// vermeld_bench_detect: speed of personal-data detection (issue 3, item 8), measured with Google
// Benchmark rather than timed tests. Targets: >= 50 MB/s on one core over realistic drafts; a
// 10 KB draft in under 1 ms; linear time on adversarial input.
#include <benchmark/benchmark.h>

#include <string>
#include <vector>

#include "core/detect/detector.h"
#include "labelled_corpus.h"

namespace {

const vermeld::PersonalDataDetector& Detector() {
  static const auto detector = vermeld::PersonalDataDetector::Load(VERMELD_DATA_DIR);
  return *detector;
}

// Every document of the dev corpus (personal data and clean ones alike), labels stripped.
const std::vector<std::string>& CorpusTexts() {
  static const auto texts = [] {
    std::vector<std::string> out;
    for (auto& doc : vermeld::accuracy::LoadCorpus(std::string(VERMELD_PII_CORPUS_DIR) + "/dev")) {
      out.push_back(std::move(doc.text));
    }
    return out;
  }();
  return texts;
}

// Consecutive corpus documents joined like a long e-mail thread, cut at a line end near `bytes`.
std::string Draft(size_t bytes) {
  std::string draft;
  for (size_t i = 0; draft.size() < bytes; ++i) {
    draft += CorpusTexts()[i % CorpusTexts().size()];
    draft += "\n";
  }
  size_t cut = draft.rfind('\n', bytes);
  return draft.substr(0, cut == std::string::npos ? bytes : cut + 1);
}

// Throughput over the whole dev corpus, one document per Detect call as the add-in sends them.
void BM_DetectCorpusMix(benchmark::State& state) {
  const auto& texts = CorpusTexts();
  size_t bytes = 0;
  for (const auto& t : texts) bytes += t.size();
  for (auto _ : state) {
    for (const auto& t : texts) benchmark::DoNotOptimize(Detector().Detect(t, {}));
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * bytes));
  state.counters["documents"] = static_cast<double>(texts.size());
}
BENCHMARK(BM_DetectCorpusMix)->Unit(benchmark::kMillisecond);

// One realistic draft of about 10 KB (the latency target: under 1 ms).
void BM_Detect10KDraft(benchmark::State& state) {
  const std::string draft = Draft(10 * 1024);
  for (auto _ : state) benchmark::DoNotOptimize(Detector().Detect(draft, {}));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * draft.size()));
  state.counters["bytes"] = static_cast<double>(draft.size());
}
BENCHMARK(BM_Detect10KDraft)->Unit(benchmark::kMicrosecond);

// Adversarial inputs of growing size: the fitted complexity must stay O(n).
std::string Repeat(std::string_view unit, size_t bytes) {
  std::string out;
  out.reserve(bytes + unit.size());
  while (out.size() < bytes) out += unit;
  out.resize(bytes);
  return out;
}

template <typename MakeInput>
void Adversarial(benchmark::State& state, MakeInput make) {
  const std::string input = make(static_cast<size_t>(state.range(0)));
  for (auto _ : state) benchmark::DoNotOptimize(Detector().Detect(input, {}));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * input.size()));
  state.SetComplexityN(state.range(0));
}

void BM_AdversarialDigits(benchmark::State& state) {
  Adversarial(state, [](size_t n) { return Repeat("0123456789", n); });
}
void BM_AdversarialOneLongLine(benchmark::State& state) {
  Adversarial(state, [](size_t n) {
    return Repeat("Jan Peeters woont in de Kerkstraat en belt 0470 ", n);
  });
}
void BM_AdversarialSalutations(benchmark::State& state) {
  Adversarial(state, [](size_t n) { return Repeat("Beste ", n); });
}
void BM_AdversarialSeparators(benchmark::State& state) {
  Adversarial(state, [](size_t n) { return Repeat("BE12 3.4-5/6 @.@ +32 (0) ", n); });
}
// One blank-free word of many numbers, and of birth cues before and after digits: window
// finders that read the rest of the word again for each number or cue were quadratic here.
void BM_AdversarialNumberChain(benchmark::State& state) {
  Adversarial(state, [](size_t n) { return Repeat("1-", n); });
}
void BM_AdversarialBirthCueChain(benchmark::State& state) {
  Adversarial(state, [](size_t n) { return Repeat("\u00B01geb1geboren1born", n); });
}
// Names joined by dots into one word: each name was checked against the whole word.
void BM_AdversarialNameChain(benchmark::State& state) {
  Adversarial(state, [](size_t n) { return Repeat("Jan.", n); });
}
// Titles joined by dots: each was parsed as a name to the end of the run.
void BM_AdversarialTitleChain(benchmark::State& state) {
  Adversarial(state, [](size_t n) { return Repeat("Mevr.", n); });
}
// Organisation addresses on one line: each looked back for the line's start to the text's start.
void BM_AdversarialOrganisationAddresses(benchmark::State& state) {
  Adversarial(state, [](size_t n) { return Repeat("Museum, Kerkstraat 12, ", n); });
}
// Name lines after closings, without ',' or '|': each line's parts were looked for up to the
// text's next ',' or '|' (47 s for 1 MB).
void BM_AdversarialSignatureLines(benchmark::State& state) {
  Adversarial(state,
              [](size_t n) { return Repeat("Met vriendelijke groeten\nJan Peeters\n\n", n); });
}

// Readings and function limits back to back, and stops in one long transit sentence: each
// number looks back over a few words only, each sentence is marked once.
void BM_AdversarialReadingsAndStops(benchmark::State& state) {
  Adversarial(state, [](size_t n) {
    return Repeat("zij: bloeddruk was nog 90/60 mmHg, slaapt slecht, tram tussen Louise en ", n);
  });
}

// A table, then one long line of numbers: each number's column header was looked for back to
// the line's start.
void BM_AdversarialTableThenLongLine(benchmark::State& state) {
  Adversarial(state, [](size_t n) {
    return "naam | nummer\nJan | 12\n" + Repeat("bel 0470 12 34 56 of BE68 5390 0754 7034, ", n);
  });
}

// A long line before a blank line, then health terms (each may ask whether a heading names
// someone); chat lines with dated stamps; "Veelgestelde vragen" lines (a FAQ section each).
void BM_AdversarialHeadingsChatsAndFaqs(benchmark::State& state) {
  Adversarial(state, [](size_t n) {
    return Repeat("Overdracht dhr. Claes ", n / 4) + "\n\n" +
           Repeat("koorts, diabetes en ", n / 4) + "\n" +
           Repeat("[12/02/2025, 08:15] els.m: ok\n", n / 4) +
           Repeat("Veelgestelde vragen\nHeb ik koorts?\n", n / 4);
  });
}

// Form fields on one long line: each street or postcode looked back for the line's start to
// the text's start (57 s for 1 MB, found by a review of the tenth session).
void BM_AdversarialFieldsOnOneLine(benchmark::State& state) {
  Adversarial(state, [](size_t n) { return Repeat("a: Westzijde 221 Adres: 9000 Gent ", n); });
}

// Hospitals' short forms after stay words, and one long chat thread without times: each short
// form reads back a clause; the thread's labels were counted against each other (quadratic: 30 s
// for 1.2 MB, found in the eleventh session).
void BM_AdversarialHospitalsAndDialogue(benchmark::State& state) {
  Adversarial(state, [](size_t n) {
    return Repeat("jo: opgenomen in AZ Delta AZ UZ Gent\nsteph: ligt in het AZ Sint-Jan\n", n);
  });
}

// Daggers and stars on one line: each dagger's line was read back to its start for the stars of
// a death notice (149 s for 400,000 daggers, found in the twenty-third session).
void BM_AdversarialDeathMarks(benchmark::State& state) {
  Adversarial(state, [](size_t n) { return Repeat("\u2020 * 1 \u2020 2 mei 2020 ", n); });
}

// Initials in a row, capitals' names and a tab-separated member list: a parse read every
// initial after its start ("A. A. A. ...": 282 s for 500 KB), a street word read on to the next
// blank (both found in the twenty-fourth session).
void BM_AdversarialInitialsAndTabs(benchmark::State& state) {
  Adversarial(state, [](size_t n) {
    return Repeat("A. A. B. DE SMET Jan Peeters\tJan\tKerkstraat\t127\t2000\tAntwerpen\n", n);
  });
}

// IBANs in a row: each scan's spread-out number was tested against every IBAN the pattern found
// (6 s a megabyte at 2 MB, found in the twenty-eighth session's speed round).
void BM_AdversarialIbans(benchmark::State& state) {
  Adversarial(state, [](size_t n) { return Repeat("BE68 5390 0754 7034 ", n); });
}

#define VERMELD_ADVERSARIAL(fn)   \
  BENCHMARK(fn)                   \
      ->RangeMultiplier(4)        \
      ->Range(64 << 10, 1 << 20)  \
      ->Complexity(benchmark::oN) \
      ->Unit(benchmark::kMillisecond)
VERMELD_ADVERSARIAL(BM_AdversarialDigits);
VERMELD_ADVERSARIAL(BM_AdversarialOneLongLine);
VERMELD_ADVERSARIAL(BM_AdversarialSalutations);
VERMELD_ADVERSARIAL(BM_AdversarialSeparators);
VERMELD_ADVERSARIAL(BM_AdversarialNumberChain);
VERMELD_ADVERSARIAL(BM_AdversarialBirthCueChain);
VERMELD_ADVERSARIAL(BM_AdversarialNameChain);
VERMELD_ADVERSARIAL(BM_AdversarialTitleChain);
VERMELD_ADVERSARIAL(BM_AdversarialOrganisationAddresses);
VERMELD_ADVERSARIAL(BM_AdversarialSignatureLines);
VERMELD_ADVERSARIAL(BM_AdversarialReadingsAndStops);
VERMELD_ADVERSARIAL(BM_AdversarialDeathMarks);
VERMELD_ADVERSARIAL(BM_AdversarialTableThenLongLine);
VERMELD_ADVERSARIAL(BM_AdversarialHeadingsChatsAndFaqs);
VERMELD_ADVERSARIAL(BM_AdversarialFieldsOnOneLine);
VERMELD_ADVERSARIAL(BM_AdversarialHospitalsAndDialogue);
VERMELD_ADVERSARIAL(BM_AdversarialInitialsAndTabs);
VERMELD_ADVERSARIAL(BM_AdversarialIbans);

// The named cases at their own sizes: 100,000 digits in a row and one 2 MiB line.
void BM_HundredThousandDigits(benchmark::State& state) {
  const std::string digits(100000, '7');
  for (auto _ : state) benchmark::DoNotOptimize(Detector().Detect(digits, {}));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * digits.size()));
}
BENCHMARK(BM_HundredThousandDigits)->Unit(benchmark::kMillisecond);

void BM_TwoMiBLine(benchmark::State& state) {
  std::string line = Draft(2 << 20);
  for (char& c : line) c = c == '\n' ? ' ' : c;
  for (auto _ : state) benchmark::DoNotOptimize(Detector().Detect(line, {}));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * line.size()));
}
BENCHMARK(BM_TwoMiBLine)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
