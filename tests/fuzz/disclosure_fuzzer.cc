// Disclosure recognition and insertion on hostile drafts (plain text and HTML): no crash, spans
// inside the text, valid UTF-8 out, and insertion is idempotent (a second insert changes nothing).
#include <cstdint>
#include <string>

#include "core/disclosure/insert.h"
#include "core/disclosure/recognize.h"
#include "core/policy/policy.h"
#include "core/text/utf8.h"
#include "fuzz_check.h"

using vermeld::fuzz::Check;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const vermeld::Policy& policy = vermeld::DefaultPolicy();
  static const std::string line = policy.DisclosureLine("ChatGPT");

  const std::string_view text(reinterpret_cast<const char*>(data), size);
  if (vermeld::FindInvalidUtf8(text)) return 0;  // the routes validate first
  const vermeld::Disclosure d = vermeld::FindDisclosure(text, policy.disclosure_template);
  Check(d.begin <= d.end && d.end <= text.size(), "the disclosure span lies inside the text");
  Check(d.present || (d.begin == 0 && d.end == 0), "no span without a disclosure");

  for (const bool html : {false, true}) {
    const auto first = vermeld::InsertDisclosure(text, html, line, policy.disclosure_template);
    Check(!vermeld::FindInvalidUtf8(first.text), "insertion keeps the draft valid UTF-8");
    Check(first.inserted || first.text == text, "nothing inserted means nothing changed");
    const auto second =
        vermeld::InsertDisclosure(first.text, html, line, policy.disclosure_template);
    Check(!second.inserted, "insertion is idempotent");
  }
  return 0;
}
