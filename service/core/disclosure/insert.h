// Inserts the policy's disclosure line into a draft, once.
//
// Idempotent: when the draft already holds a disclosure (FindDisclosure: the policy line, a
// paraphrase, or vermeld's own HTML paragraph) nothing changes. The line goes after the body
// and above a signature block and quoted reply history (BodyEnd; in HTML also Outlook's
// divRplyFwdMsg/appendonsend, Gmail's gmail_quote/gmail_signature, <blockquote>, Thunderbird's
// moz-cite-prefix). HTML stays well formed: the line is a paragraph styled as a footnote
// (small, grey, italic) with class "vermeld-disclosure" and data-vermeld="disclosure"; when the
// insertion point lies inside a <p> or inline elements, they are closed before it and reopened
// after it.
#pragma once

#include <string>
#include <string_view>

namespace vermeld {

struct InsertResult {
  std::string text;
  bool inserted = false;
};

// `line` is the filled-in policy line (Policy::DisclosureLine); `policy_template` the policy's
// template, used to recognise an existing line. Input must be valid UTF-8.
InsertResult InsertDisclosure(std::string_view text, bool html, std::string_view line,
                              std::string_view policy_template);

}  // namespace vermeld
