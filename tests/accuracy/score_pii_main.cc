// vermeld_score_pii: runs the personal-data detector over labelled corpus directories, prints
// precision/recall per type and per document, lists misses and false positives, and exits 1
// when a target of issue 3 is not met (so a CTest test guards the figures).
#include <cstdlib>
#include <exception>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "core/detect/confidential.h"
#include "core/detect/detector.h"
#include "labelled_corpus.h"
#include "score_report.h"
#include "targets.h"

namespace {

constexpr const char* kUsage =
    "usage: vermeld_score_pii [options] CORPUS_DIR...\n"
    "  --data-dir DIR              detector data files (default: the build's VERMELD_DATA_DIR)\n"
    "  --min-document-recall X     default 1.0\n"
    "  --min-recall X              overall entity recall, default 0.97\n"
    "  --min-checksum-recall X     each checksum type, default 1.0\n"
    "  --checksum-types A,B,...    default IBAN,BE_NATIONAL_NUMBER,NL_BSN,CREDIT_CARD,\n"
    "                              BE_ENTERPRISE_NUMBER,VAT_NUMBER\n"
    "  --min-person-recall X       default 0.93\n"
    "  --min-precision X           overall, default 0.92\n"
    "  --max-clean-flagged X       share of clean documents, default 0.03\n"
    "  --json FILE                 also write the figures as JSON\n"
    "  --partial                   also list overlapping but inexact hits\n"
    "  --figures-only              list no miss or false positive (a blind corpus stays blind)\n"
    "Exit status: 0 targets met, 1 a target missed, 2 bad usage or unreadable input.\n";

std::vector<std::string> SplitComma(const std::string& list) {
  std::vector<std::string> parts;
  std::stringstream in(list);
  for (std::string part; std::getline(in, part, ',');) {
    if (!part.empty()) parts.push_back(part);
  }
  return parts;
}

}  // namespace

int main(int argc, char** argv) {
  using namespace vermeld::accuracy;
  Targets targets;
  std::string data_dir = VERMELD_DATA_DIR, json_file;
  ReportDetail detail = ReportDetail::kMisses;
  std::vector<std::string> corpus_dirs;
  try {
    for (int i = 1; i < argc; ++i) {
      std::string arg = argv[i];
      auto value = [&]() -> std::string {
        if (i + 1 >= argc) throw std::invalid_argument(arg + " needs a value");
        return argv[++i];
      };
      if (arg == "--data-dir")
        data_dir = value();
      else if (arg == "--min-document-recall")
        targets.min_document_recall = std::stod(value());
      else if (arg == "--min-recall")
        targets.min_recall = std::stod(value());
      else if (arg == "--min-checksum-recall")
        targets.min_checksum_recall = std::stod(value());
      else if (arg == "--checksum-types")
        targets.checksum_types = SplitComma(value());
      else if (arg == "--min-person-recall")
        targets.min_person_recall = std::stod(value());
      else if (arg == "--min-precision")
        targets.min_precision = std::stod(value());
      else if (arg == "--max-clean-flagged")
        targets.max_clean_flagged = std::stod(value());
      else if (arg == "--json")
        json_file = value();
      else if (arg == "--partial")
        detail = ReportDetail::kWithPartialHits;
      else if (arg == "--figures-only")
        detail = ReportDetail::kFiguresOnly;
      else if (arg.starts_with("--"))
        throw std::invalid_argument("unknown option " + arg);
      else
        corpus_dirs.push_back(arg);
    }
    if (corpus_dirs.empty()) throw std::invalid_argument("no corpus directory given");
  } catch (const std::exception& e) {
    std::cerr << e.what() << "\n" << kUsage;
    return 2;
  }

  try {
    auto detector = vermeld::PersonalDataDetector::Load(data_dir);
    PiiScore score;
    for (const auto& dir : corpus_dirs) {
      for (const auto& doc : LoadCorpus(dir)) {
        score.Add(doc, detector->Detect(doc.text, {}),
                  vermeld::FindConfidentialMarkers(doc.text, {}));
      }
    }
    PrintReport(score, std::cout, detail);
    if (!json_file.empty()) {
      std::ofstream out(json_file);
      out << ReportJson(score).dump(2) << "\n";
      if (!out) throw std::runtime_error("cannot write " + json_file);
    }
    auto unmet = UnmetTargets(score, targets);
    std::cout << "\nTargets: " << (unmet.empty() ? "all met" : "NOT met") << "\n";
    for (const auto& reason : unmet) std::cout << "  " << reason << "\n";
    return unmet.empty() ? 0 : 1;
  } catch (const std::exception& e) {
    std::cerr << "vermeld_score_pii: " << e.what() << "\n";
    return 2;
  }
}
