#include "pii_score.h"

#include <algorithm>
#include <set>

namespace vermeld::accuracy {
namespace {

double Ratio(size_t part, size_t whole) {
  return whole == 0 ? 1.0 : static_cast<double>(part) / static_cast<double>(whole);
}

bool Overlaps(size_t begin_a, size_t end_a, size_t begin_b, size_t end_b) {
  return begin_a < end_b && begin_b < end_a;
}

std::string Range(size_t begin, size_t end) {
  return "[" + std::to_string(begin) + "," + std::to_string(end) + ")";
}

}  // namespace

double TypeCounts::Recall() const { return Ratio(gold_found, gold); }
double TypeCounts::Precision() const { return Ratio(predicted_true, predicted); }
double TypeCounts::ExactRecall() const { return Ratio(gold_exact, gold); }
double TypeCounts::ExactPrecision() const { return Ratio(predicted_exact, predicted); }

double TypeCounts::F1() const {
  double p = Precision(), r = Recall();
  return p + r == 0 ? 0 : 2 * p * r / (p + r);
}

TypeCounts& TypeCounts::operator+=(const TypeCounts& other) {
  gold += other.gold;
  gold_found += other.gold_found;
  gold_exact += other.gold_exact;
  predicted += other.predicted;
  predicted_true += other.predicted_true;
  predicted_exact += other.predicted_exact;
  return *this;
}

double DocumentCounts::Recall() const { return Ratio(with_data_flagged, with_data); }
double DocumentCounts::CleanFlaggedRate() const {
  return clean == 0 ? 0 : Ratio(clean_flagged, clean);
}

TypeCounts PiiScore::Overall() const {
  TypeCounts total;
  for (const auto& [type, counts] : by_type_) total += counts;
  return total;
}

void PiiScore::Add(const LabelledDocument& doc, const std::vector<Finding>& findings,
                   const std::vector<ConfidentialFinding>& markers) {
  std::map<std::string, TypeCounts> doc_counts;
  const size_t listed_before = false_positives_.size();
  size_t false_positives = Match(doc, doc.personal_data, findings, doc_counts);
  size_t hits = 0;
  for (const auto& [type, counts] : doc_counts) {
    by_type_[type] += counts;
    hits += counts.predicted_true;
  }

  if (doc.HasRequiredPersonalData()) {
    ++documents_.with_data;
    if (hits + false_positives > 0) ++documents_.with_data_flagged;
    if (hits > 0) ++documents_.with_data_hit;
  } else {
    ++documents_.clean;
    if (false_positives > 0) ++documents_.clean_flagged;
    std::set<std::string> fp_types;
    for (size_t i = listed_before; i < false_positives_.size(); ++i)
      fp_types.insert(false_positives_[i].type);
    for (const auto& type : fp_types) ++documents_.clean_flagged_by_type[type];
  }

  std::vector<Finding> as_findings;
  for (const auto& marker : markers)
    as_findings.push_back({"CONFIDENTIAL", marker.begin, marker.end, 1});
  std::map<std::string, TypeCounts> marker_counts;
  Match(doc, doc.confidential, as_findings, marker_counts);
  confidential_ += marker_counts["CONFIDENTIAL"];
}

size_t PiiScore::Match(const LabelledDocument& doc, const std::vector<GoldSpan>& gold,
                       const std::vector<Finding>& found,
                       std::map<std::string, TypeCounts>& counts) {
  auto note = [&](const std::string& type, size_t begin, size_t end, std::string why) {
    return SpanNote{doc.id, type, begin, end, doc.text.substr(begin, end - begin), std::move(why)};
  };

  for (const auto& g : gold) {
    if (g.optional) continue;
    TypeCounts& c = counts[g.type];
    ++c.gold;
    bool found_overlap = false, found_exact = false;
    for (const auto& f : found) {
      if (f.type != g.type || !Overlaps(f.begin, f.end, g.begin, g.end)) continue;
      found_overlap = true;
      found_exact = found_exact || (f.begin == g.begin && f.end == g.end);
    }
    c.gold_found += found_overlap;
    c.gold_exact += found_exact;
    if (!found_overlap) misses_.push_back(note(g.type, g.begin, g.end, ""));
  }

  size_t false_positives = 0;
  for (const auto& f : found) {
    const GoldSpan* required = nullptr;
    const GoldSpan* optional = nullptr;
    const GoldSpan* other_type = nullptr;
    for (const auto& g : gold) {
      if (!Overlaps(f.begin, f.end, g.begin, g.end)) continue;
      if (g.type != f.type) {
        other_type = other_type ? other_type : &g;
      } else if (g.optional) {
        optional = optional ? optional : &g;
      } else if (!required || (g.begin == f.begin && g.end == f.end)) {
        required = &g;
      }
    }
    if (!required && optional) continue;
    TypeCounts& c = counts[f.type];
    ++c.predicted;
    if (required) {
      ++c.predicted_true;
      bool exact = required->begin == f.begin && required->end == f.end;
      c.predicted_exact += exact;
      if (!exact) {
        partial_hits_.push_back(
            note(f.type, f.begin, f.end,
                 "gold " + Range(required->begin, required->end) + " \"" +
                     doc.text.substr(required->begin, required->end - required->begin) + "\""));
      }
      continue;
    }
    ++false_positives;
    false_positives_.push_back(note(f.type, f.begin, f.end,
                                    other_type ? "overlaps gold " + other_type->type + " " +
                                                     Range(other_type->begin, other_type->end)
                                               : ""));
  }
  return false_positives;
}

}  // namespace vermeld::accuracy
