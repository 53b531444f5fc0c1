#include "core/detect/person_file_names.h"

#include <algorithm>
#include <string>

#include "core/detect/pattern_scan.h"
#include "core/detect/person_evidence.h"

namespace vermeld {
namespace {

constexpr size_t kMaxFileName = 80;  // bytes of a name read back from its extension
constexpr size_t kMaxParts = 8;      // of a file name between its joints

bool IsJoint(char c) { return c == '_' || c == '-'; }

// A byte of a file name's stem: a letter (UTF-8 ones too), a digit or a joint.
bool IsStemByte(char c) { return IsWordByte(c) || IsJoint(c); }

// True when text[dot] is the dot before an extension of a document or an image, followed by no
// letter or digit.
bool ExtensionAt(std::string_view text, size_t dot) {
  static constexpr std::string_view kExtensions[] = {"pdf",  "docx", "doc",  "odt", "xlsx", "xls",
                                                     "pptx", "jpg",  "jpeg", "png", "heic", "msg",
                                                     "eml",  "txt",  "zip",  "rtf", "tif",  "tiff"};
  size_t end = dot + 1;
  while (end < text.size() && end - dot <= 5 && IsWordByte(text[end])) ++end;
  if (end < text.size() && IsWordByte(text[end])) return false;
  std::string ext(text.substr(dot + 1, end - dot - 1));
  std::transform(ext.begin(), ext.end(), ext.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return std::find(std::begin(kExtensions), std::end(kExtensions), ext) != std::end(kExtensions);
}

struct Part {
  size_t begin;
  size_t end;
  uint32_t flags;
};

bool Given(const Part& p) { return (p.flags & kFirstName) && !(p.flags & (kAmbiguous | kNotName)); }
bool Surname(const Part& p) { return (p.flags & kSurname) && !(p.flags & (kAmbiguous | kNotName)); }

// The parts of the stem [begin, end) between its joints, with their flags; at most kMaxParts.
std::vector<Part> PartsOf(std::string_view text, size_t begin, size_t end, const NameLists& lists) {
  std::vector<Part> parts;
  for (size_t p = begin; p < end && parts.size() < kMaxParts;) {
    size_t q = p;
    while (q < end && !IsJoint(text[q])) ++q;
    if (q > p) parts.push_back({p, q, FindLowered(lists.words, text.substr(p, q - p))});
    p = q + 1;
  }
  return parts;
}

}  // namespace

void FindNamesInFileNames(std::string_view text, const NameLists& lists,
                          std::vector<Finding>& out) {
  for (size_t dot = text.find('.'); dot != std::string_view::npos; dot = text.find('.', dot + 1)) {
    if (dot == 0 || !IsStemByte(text[dot - 1]) || !ExtensionAt(text, dot)) continue;
    size_t begin = dot;
    while (begin > 0 && dot - begin < kMaxFileName && IsStemByte(text[begin - 1])) --begin;
    if (begin > 0 && (IsStemByte(text[begin - 1]) || text[begin - 1] == '.')) continue;
    const std::string_view stem = text.substr(begin, dot - begin);
    if (std::none_of(stem.begin(), stem.end(), IsJoint)) continue;  // "Jan.pdf": too little
    const std::vector<Part> parts = PartsOf(text, begin, dot, lists);
    for (size_t i = 0; i + 1 < parts.size(); ++i) {
      // Given name, particles ("van", "de"), surname; or surname, given name.
      size_t k = i + 1;
      while (k + 1 < parts.size() && k - i <= 3 && (parts[k].flags & kParticle)) ++k;
      // After particles a surname that is also a word is still one ("Anna_van_Dijk").
      const bool given_first =
          Given(parts[i]) && (Surname(parts[k]) || (k > i + 1 && (parts[k].flags & kSurname) &&
                                                    !(parts[k].flags & kNotName)));
      const bool surname_first = k == i + 1 && Surname(parts[i]) && Given(parts[k]);
      if (!given_first && !surname_first) continue;
      out.push_back({"PERSON", parts[i].begin, parts[k].end, kCuedPersonScore});
      i = k;
    }
  }
}

}  // namespace vermeld
