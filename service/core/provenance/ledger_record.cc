#include "core/provenance/ledger_record.h"

namespace vermeld {

std::string PackFingerprints(const std::vector<uint32_t>& fingerprints) {
  std::string blob;
  blob.reserve(fingerprints.size() * 4);
  for (uint32_t f : fingerprints) {
    for (int shift = 0; shift < 32; shift += 8) blob += static_cast<char>((f >> shift) & 0xFF);
  }
  return blob;
}

std::vector<uint32_t> UnpackFingerprints(std::string_view blob) {
  std::vector<uint32_t> out;
  out.reserve(blob.size() / 4);
  for (size_t i = 0; i + 4 <= blob.size(); i += 4) {
    uint32_t f = 0;
    for (int b = 0; b < 4; ++b)
      f |= static_cast<uint32_t>(static_cast<unsigned char>(blob[i + b])) << (8 * b);
    out.push_back(f);
  }
  return out;
}

}  // namespace vermeld
