#include "targets.h"

#include <cstdio>

namespace vermeld::accuracy {
namespace {

std::string Shortfall(const std::string& what, double value, const char* relation, double limit) {
  char line[160];
  std::snprintf(line, sizeof line, "%s %.4f %s %.4f", what.c_str(), value, relation, limit);
  return line;
}

}  // namespace

std::vector<std::string> UnmetTargets(const PiiScore& score, const Targets& targets) {
  std::vector<std::string> unmet;
  auto at_least = [&](const std::string& what, double value, double limit) {
    if (value < limit) unmet.push_back(Shortfall(what, value, "<", limit));
  };
  const DocumentCounts& docs = score.documents();
  at_least("document recall", docs.Recall(), targets.min_document_recall);
  if (docs.CleanFlaggedRate() > targets.max_clean_flagged) {
    unmet.push_back(Shortfall("clean documents flagged", docs.CleanFlaggedRate(), ">",
                              targets.max_clean_flagged));
  }
  TypeCounts overall = score.Overall();
  at_least("entity recall", overall.Recall(), targets.min_recall);
  at_least("precision", overall.Precision(), targets.min_precision);

  auto type_recall = [&](const std::string& type, double limit) {
    auto it = score.by_type().find(type);
    if (it != score.by_type().end() && it->second.gold > 0) {
      at_least(type + " recall", it->second.Recall(), limit);
    }
  };
  type_recall("PERSON", targets.min_person_recall);
  for (const auto& type : targets.checksum_types) type_recall(type, targets.min_checksum_recall);
  return unmet;
}

}  // namespace vermeld::accuracy
