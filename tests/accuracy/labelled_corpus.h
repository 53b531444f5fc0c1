// The labelled personal-data corpus (tests/corpus/pii): documents written with inline gold labels.
//
// File format (UTF-8, *.txt): a line "@@@ <id>" starts a document; its text runs to the next such
// line, with trailing blank lines dropped and one final newline kept. Lines before the first
// header are comments. Inside a document:
//   [[TYPE:span]]          personal data of an issue-3 type that must be found
//   [[?TYPE:span]]         may be reported or not (functional mailboxes, an office's address)
//   [[CONFIDENTIAL:span]]  a confidentiality marker
// The brackets and the label are stripped; spans are UTF-8 byte offsets into the stripped text.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace vermeld::accuracy {

struct GoldSpan {
  std::string type;
  size_t begin = 0;
  size_t end = 0;
  bool optional = false;  // a finding here is neither a hit nor a false positive
};

struct LabelledDocument {
  std::string id;
  std::string text;                     // labels stripped
  std::vector<GoldSpan> personal_data;  // sorted by begin
  std::vector<GoldSpan> confidential;

  // True when the document holds personal data that must be found (a non-optional span).
  bool HasRequiredPersonalData() const;
};

// Parses one corpus file. Throws std::runtime_error naming `source` and the line of a malformed
// label (unterminated, nested, multi-line, empty, no TYPE) or a header without an id.
std::vector<LabelledDocument> ParseLabelledFile(std::string_view content,
                                                const std::string& source);

// Every *.txt file under `dir` (not recursive), in file-name order. Throws when `dir` holds none
// or when two documents share an id.
std::vector<LabelledDocument> LoadCorpus(const std::string& dir);

}  // namespace vermeld::accuracy
