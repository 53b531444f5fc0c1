// HtmlToText on hostile HTML: no crash, and the offset map keeps its promises.
#include <algorithm>
#include <cstdint>

#include "core/text/html_to_text.h"
#include "core/text/utf8.h"
#include "fuzz_check.h"

using vermeld::fuzz::Check;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view html(reinterpret_cast<const char*>(data), size);
  if (vermeld::FindInvalidUtf8(html)) return 0;  // callers validate first (header contract)
  const vermeld::HtmlText out = vermeld::HtmlToText(html);
  Check(out.source.size() == out.text.size(), "one source offset per text byte");
  Check(std::is_sorted(out.source.begin(), out.source.end()), "source offsets never decrease");
  Check(out.source.empty() || out.source.back() < html.size(),
        "source offsets lie inside the HTML");
  Check(!vermeld::FindInvalidUtf8(out.text), "valid UTF-8 in, valid UTF-8 out");
  return 0;
}
