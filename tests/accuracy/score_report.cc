#include "score_report.h"

#include <cstdio>
#include <string>

namespace vermeld::accuracy {
namespace {

std::string Row(const std::string& name, const TypeCounts& c) {
  char line[200];
  std::snprintf(line, sizeof line, "%-22s %5zu %5zu %7.3f %7.3f %7.3f   %7.3f %7.3f\n",
                name.c_str(), c.gold, c.predicted, c.Precision(), c.Recall(), c.F1(),
                c.ExactPrecision(), c.ExactRecall());
  return line;
}

void PrintNotes(const char* title, const std::vector<SpanNote>& notes, std::ostream& out) {
  out << "\n" << title << " (" << notes.size() << "):\n";
  for (const auto& n : notes) {
    out << "  " << n.doc_id << "  " << n.type << " [" << n.begin << "," << n.end << ") \"" << n.text
        << "\"" << (n.note.empty() ? "" : "  " + n.note) << "\n";
  }
}

nlohmann::json CountsJson(const TypeCounts& c) {
  return {{"gold", c.gold},
          {"predicted", c.predicted},
          {"recall", c.Recall()},
          {"precision", c.Precision()},
          {"f1", c.F1()},
          {"exact_recall", c.ExactRecall()},
          {"exact_precision", c.ExactPrecision()}};
}

}  // namespace

void PrintReport(const PiiScore& score, std::ostream& out, ReportDetail detail) {
  out << "Matching: same type and overlapping spans (targets); exact = same begin and end.\n\n"
      << "type                    gold  pred    prec  recall      f1   exact-p exact-r\n";
  for (const auto& [type, counts] : score.by_type()) out << Row(type, counts);
  out << Row("ALL personal data", score.Overall());
  out << Row("CONFIDENTIAL markers", score.confidential());

  const DocumentCounts& d = score.documents();
  char line[300];
  std::snprintf(line, sizeof line,
                "\nDocuments with personal data: %zu, flagged %zu (recall %.3f), with a correct "
                "finding %zu\nClean documents: %zu, flagged %zu (%.1f%%)\n",
                d.with_data, d.with_data_flagged, d.Recall(), d.with_data_hit, d.clean,
                d.clean_flagged, 100 * d.CleanFlaggedRate());
  out << line;
  if (!d.clean_flagged_by_type.empty()) {
    out << "Clean documents flagged by type of false positive:";
    for (const auto& [type, n] : d.clean_flagged_by_type) out << " " << type << " " << n;
    out << "\n";
  }

  if (detail == ReportDetail::kFiguresOnly) {
    out << "\nMissed: " << score.misses().size()
        << ", false positives: " << score.false_positives().size() << " (not listed)\n";
    return;
  }
  PrintNotes("Missed", score.misses(), out);
  PrintNotes("False positives", score.false_positives(), out);
  if (detail == ReportDetail::kWithPartialHits)
    PrintNotes("Partial hits", score.partial_hits(), out);
}

nlohmann::json ReportJson(const PiiScore& score) {
  nlohmann::json types = nlohmann::json::object();
  for (const auto& [type, counts] : score.by_type()) types[type] = CountsJson(counts);
  const DocumentCounts& d = score.documents();
  return {{"types", types},
          {"overall", CountsJson(score.Overall())},
          {"confidential", CountsJson(score.confidential())},
          {"documents",
           {{"with_data", d.with_data},
            {"with_data_flagged", d.with_data_flagged},
            {"recall", d.Recall()},
            {"clean", d.clean},
            {"clean_flagged", d.clean_flagged},
            {"clean_flagged_by_type", d.clean_flagged_by_type}}}};
}

}  // namespace vermeld::accuracy
