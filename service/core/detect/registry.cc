#include "core/detect/registry.h"

namespace vermeld {

std::vector<std::unique_ptr<Recognizer>> CreateRecognizers(const std::string& data_dir) {
  (void)data_dir;  // used by the data-backed recognizers (names)
  std::vector<std::unique_ptr<Recognizer>> r;
  return r;
}

}  // namespace vermeld
