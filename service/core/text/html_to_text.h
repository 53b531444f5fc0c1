// Outlook/Word HTML -> plain text, with a map from every text byte back to the HTML.
//
// What a reader sees is kept; markup is not. Character references are decoded (unknown or
// invalid ones stay as written); <head>, <script>, <style>, <title>, Word's <xml> islands,
// comments (including conditional comments such as <!--[if mso]>), <!DOCTYPE>, <?xml ...?> and
// <![if ...]> markers are dropped, as are Office namespace tags like <o:p> (their text stays).
// Block elements (p, div, br, li, tr, h1-h6, blockquote, hr, table, ul, ol, pre, ...) become line
// breaks, never more than one blank line in a row; table cells are separated by a tab. Runs of
// white space collapse to one space except inside <pre>. &nbsp; and U+00A0 become a plain space
// (a run of them one space) so that detectors see ordinary spaces. Leading and trailing blank space
// is trimmed.
//
// A '<' that does not start a tag ("a < b", "<3") is text. Unclosed elements are fine; a tag or
// comment cut off by the end of the input is dropped, as browsers do.
//
// Runs in one pass, linear in the input, without recursion: nesting depth costs nothing.
// The input must be valid UTF-8 (validate first); the output then is valid UTF-8 too.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace vermeld {

struct HtmlText {
  std::string text;  // the plain text
  // source[i] is the byte offset in the HTML of what produced text[i]: the character itself, the
  // '&' of a character reference, or the '<' of the tag that made a line break or tab.
  // Always source.size() == text.size(), and the offsets never decrease.
  std::vector<size_t> source;
};

HtmlText HtmlToText(std::string_view html);

}  // namespace vermeld
