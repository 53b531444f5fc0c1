// Personal-data detection: runs every registered recognizer over a text, drops findings the
// policy allows (the spokesperson, the press mailbox) and names and addresses the text gives no
// sign of being someone's (person_evidence.h), and resolves overlaps.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/detect/finding.h"
#include "core/detect/recognizer.h"

namespace vermeld {

class PersonalDataDetector {
 public:
  // Builds every recognizer listed in registry.cc; name lists and other data files are read
  // once from data_dir (service/data in the source tree). Throws std::runtime_error naming the
  // file when a data file cannot be read.
  static std::shared_ptr<const PersonalDataDetector> Load(const std::string& data_dir);

  // Findings sorted by begin, without overlaps. `allow` holds names, addresses, mailboxes and
  // numbers that are never flagged (policy personal_data.allow). Thread-safe.
  std::vector<Finding> Detect(std::string_view text, const std::vector<std::string>& allow) const;

  explicit PersonalDataDetector(std::vector<std::unique_ptr<Recognizer>> recognizers);

 private:
  std::vector<std::unique_ptr<Recognizer>> recognizers_;
};

}  // namespace vermeld
