// The one place that lists every recognizer the detector runs. Adding an entity type = one
// recognizer file + its test + one line in registry.cc.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "core/detect/recognizer.h"

namespace vermeld {

// Builds every recognizer. Recognizers that need data (name lists) read it from data_dir once;
// throws std::runtime_error naming the file when a data file cannot be read.
std::vector<std::unique_ptr<Recognizer>> CreateRecognizers(const std::string& data_dir);

}  // namespace vermeld
