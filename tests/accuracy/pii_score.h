// Scores detector findings against the gold labels of the corpus.
//
// Matching: a finding and a gold span match when they have the same type and overlap by at least
// one byte ("overlap" figures, the ones the targets use); "exact" figures also require the same
// begin and end. A finding that only overlaps optional gold spans of its type is ignored. Gold
// spans of another type do not count: such a finding is a false positive (noted as a confusion).
#pragma once

#include <cstddef>
#include <map>
#include <string>
#include <vector>

#include "core/detect/confidential.h"
#include "core/detect/finding.h"
#include "labelled_corpus.h"

namespace vermeld::accuracy {

struct TypeCounts {
  size_t gold = 0;             // required gold spans
  size_t gold_found = 0;       // ...overlapped by a finding of the same type
  size_t gold_exact = 0;       // ...matched exactly
  size_t predicted = 0;        // findings not ignored
  size_t predicted_true = 0;   // ...overlapping a required gold span of the same type
  size_t predicted_exact = 0;  // ...equal to one

  double Recall() const;     // 1 when there is nothing to find
  double Precision() const;  // 1 when nothing was predicted
  double F1() const;
  double ExactRecall() const;
  double ExactPrecision() const;
  TypeCounts& operator+=(const TypeCounts& other);
};

struct DocumentCounts {
  size_t with_data = 0;          // documents holding required personal data
  size_t with_data_flagged = 0;  // ...with at least one counted finding of any type
  size_t with_data_hit = 0;      // ...with at least one correct finding (stricter)
  size_t clean = 0;              // documents without required personal data
  size_t clean_flagged = 0;      // ...with at least one false positive
  // Flagged clean documents per type of their false positives (a document counts once per type):
  // a figure that points at the recognizer to mend even where the misses are not listed.
  std::map<std::string, size_t> clean_flagged_by_type;

  double Recall() const;
  double CleanFlaggedRate() const;
};

// One listed error: a missed gold span, a false positive, or a partial (overlap, not exact) hit.
struct SpanNote {
  std::string doc_id;
  std::string type;
  size_t begin = 0;
  size_t end = 0;
  std::string text;  // the span's text: the corpus is synthetic, so printing it is safe
  std::string note;  // e.g. "overlaps gold PERSON [10,22)"
};

class PiiScore {
 public:
  // Adds one document's personal-data findings and confidentiality markers.
  void Add(const LabelledDocument& doc, const std::vector<Finding>& findings,
           const std::vector<ConfidentialFinding>& markers);

  const std::map<std::string, TypeCounts>& by_type() const { return by_type_; }
  TypeCounts Overall() const;
  const DocumentCounts& documents() const { return documents_; }
  const TypeCounts& confidential() const { return confidential_; }
  const std::vector<SpanNote>& misses() const { return misses_; }
  const std::vector<SpanNote>& false_positives() const { return false_positives_; }
  const std::vector<SpanNote>& partial_hits() const { return partial_hits_; }

 private:
  // Matches `found` against `gold` of one document; returns the number of false positives.
  size_t Match(const LabelledDocument& doc, const std::vector<GoldSpan>& gold,
               const std::vector<Finding>& found, std::map<std::string, TypeCounts>& counts);

  std::map<std::string, TypeCounts> by_type_;
  TypeCounts confidential_;
  DocumentCounts documents_;
  std::vector<SpanNote> misses_, false_positives_, partial_hits_;
};

}  // namespace vermeld::accuracy
