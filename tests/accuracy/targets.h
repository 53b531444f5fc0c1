// The accuracy targets of issue 3, checked against a score. Every threshold is a
// command-line flag of vermeld_score_pii; the defaults are the figures.
#pragma once

#include <string>
#include <vector>

#include "pii_score.h"

namespace vermeld::accuracy {

struct Targets {
  double min_document_recall = 1.0;  // documents with personal data that get a finding
  double min_recall = 0.97;          // overall entity recall (overlap matching)
  double min_checksum_recall = 1.0;  // for each checksum-validated type
  double min_person_recall = 0.93;
  double min_precision = 0.92;      // overall (overlap matching)
  double max_clean_flagged = 0.03;  // share of clean documents with a false positive
  std::vector<std::string> checksum_types = {"IBAN",        "BE_NATIONAL_NUMBER",   "NL_BSN",
                                             "CREDIT_CARD", "BE_ENTERPRISE_NUMBER", "VAT_NUMBER"};
};

// One line per unmet target ("PERSON recall 0.912 < 0.930"); empty when all are met. A type
// without gold spans in the corpus has no recall target.
std::vector<std::string> UnmetTargets(const PiiScore& score, const Targets& targets);

}  // namespace vermeld::accuracy
