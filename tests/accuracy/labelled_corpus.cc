#include "labelled_corpus.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>

namespace vermeld::accuracy {
namespace {

constexpr std::string_view kHeader = "@@@ ";
constexpr std::string_view kOpen = "[[";
constexpr std::string_view kClose = "]]";

bool IsTypeChar(char c) { return (c >= 'A' && c <= 'Z') || c == '_'; }

[[noreturn]] void Fail(const std::string& source, size_t line, const std::string& why) {
  throw std::runtime_error(source + ":" + std::to_string(line) + ": " + why);
}

// Strips the labels of one document body; `first_line` is the body's line number in the file.
LabelledDocument ParseBody(std::string id, std::string_view body, const std::string& source,
                           size_t first_line) {
  LabelledDocument doc;
  doc.id = std::move(id);
  size_t line = first_line;
  size_t pos = 0;
  while (pos < body.size()) {
    size_t open = body.find(kOpen, pos);
    std::string_view plain = body.substr(pos, open == std::string_view::npos ? open : open - pos);
    line += std::count(plain.begin(), plain.end(), '\n');
    doc.text.append(plain);
    if (open == std::string_view::npos) break;

    size_t cursor = open + kOpen.size();
    bool optional = cursor < body.size() && body[cursor] == '?';
    if (optional) ++cursor;
    size_t type_end = cursor;
    while (type_end < body.size() && IsTypeChar(body[type_end])) ++type_end;
    if (type_end == cursor || type_end >= body.size() || body[type_end] != ':') {
      Fail(source, line, "label without TYPE: in document " + doc.id);
    }
    size_t close = body.find(kClose, type_end);
    if (close == std::string_view::npos) Fail(source, line, "unterminated label in " + doc.id);
    std::string_view span = body.substr(type_end + 1, close - type_end - 1);
    if (span.empty() || span.find(kOpen) != std::string_view::npos ||
        span.find('\n') != std::string_view::npos) {
      Fail(source, line, "empty, nested or multi-line label in " + doc.id);
    }
    GoldSpan gold{std::string(body.substr(cursor, type_end - cursor)), doc.text.size(),
                  doc.text.size() + span.size(), optional};
    doc.text.append(span);
    (gold.type == "CONFIDENTIAL" ? doc.confidential : doc.personal_data).push_back(gold);
    pos = close + kClose.size();
  }
  while (!doc.text.empty() && doc.text.back() == '\n') {
    doc.text.pop_back();
  }
  doc.text.push_back('\n');
  return doc;
}

}  // namespace

bool LabelledDocument::HasRequiredPersonalData() const {
  return std::any_of(personal_data.begin(), personal_data.end(),
                     [](const GoldSpan& g) { return !g.optional; });
}

std::vector<LabelledDocument> ParseLabelledFile(std::string_view content,
                                                const std::string& source) {
  std::vector<LabelledDocument> docs;
  std::string id;
  size_t body_begin = 0, body_line = 0, line = 1;
  bool in_doc = false;
  auto finish = [&](size_t body_end) {
    if (!in_doc) return;
    docs.push_back(
        ParseBody(id, content.substr(body_begin, body_end - body_begin), source, body_line));
  };
  size_t pos = 0;
  while (pos <= content.size()) {
    size_t eol = content.find('\n', pos);
    if (eol == std::string_view::npos) eol = content.size();
    std::string_view text_line = content.substr(pos, eol - pos);
    if (text_line.starts_with(kHeader)) {
      finish(pos);
      id = std::string(text_line.substr(kHeader.size()));
      if (id.empty()) Fail(source, line, "header without an id");
      in_doc = true;
      body_begin = std::min(eol + 1, content.size());
      body_line = line + 1;
    }
    pos = eol + 1;
    ++line;
  }
  finish(content.size());
  return docs;
}

std::vector<LabelledDocument> LoadCorpus(const std::string& dir) {
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    if (entry.is_regular_file() && entry.path().extension() == ".txt") files.push_back(entry);
  }
  if (files.empty()) throw std::runtime_error("no corpus files (*.txt) in " + dir);
  std::sort(files.begin(), files.end());

  std::vector<LabelledDocument> corpus;
  for (const auto& file : files) {
    std::ifstream in(file, std::ios::binary);
    std::stringstream content;
    content << in.rdbuf();
    if (!in) throw std::runtime_error("cannot read " + file.string());
    for (auto& doc : ParseLabelledFile(content.str(), file.string())) {
      corpus.push_back(std::move(doc));
    }
  }
  std::vector<std::string> ids;
  for (const auto& doc : corpus) ids.push_back(doc.id);
  std::sort(ids.begin(), ids.end());
  if (auto dup = std::adjacent_find(ids.begin(), ids.end()); dup != ids.end()) {
    throw std::runtime_error("duplicate document id " + *dup + " in " + dir);
  }
  return corpus;
}

}  // namespace vermeld::accuracy
