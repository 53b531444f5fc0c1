#include "core/text/html_entities.h"

#include <gtest/gtest.h>

namespace vermeld {
namespace {

char32_t Decode(std::string_view s, size_t expected_length) {
  const auto e = DecodeHtmlEntity(s);
  if (!e) return 0;
  EXPECT_EQ(e->length, expected_length) << s;
  return e->code_point;
}

TEST(HtmlEntities, DecodesNamedReferences) {
  EXPECT_EQ(Decode("&nbsp;x", 6), 0xA0u);
  EXPECT_EQ(Decode("&euml;", 6), 0xEBu);
  EXPECT_EQ(Decode("&Eacute;", 8), 0xC9u);
  EXPECT_EQ(Decode("&yuml;", 6), 0xFFu);
  EXPECT_EQ(Decode("&rsquo;s", 7), 0x2019u);
  EXPECT_EQ(Decode("&euro;", 6), 0x20ACu);
  EXPECT_EQ(Decode("&amp;amp;", 5), 0x26u);
}

TEST(HtmlEntities, DecodesNumericReferences) {
  EXPECT_EQ(Decode("&#233;", 6), 0xE9u);
  EXPECT_EQ(Decode("&#xE9;", 6), 0xE9u);
  EXPECT_EQ(Decode("&#XE9;", 6), 0xE9u);
  EXPECT_EQ(Decode("&#128512;", 9), 0x1F600u);
  EXPECT_EQ(Decode("&#39 ", 4), 0x27u);     // the ';' may be left out
  EXPECT_EQ(Decode("&#146;", 6), 0x2019u);  // Windows-1252, as browsers read it
}

TEST(HtmlEntities, RejectsUnknownAndInvalidReferences) {
  for (const char* s :
       {"&foo;", "&nbsp", "&Euml", "&;", "&", "&#;", "&#x;", "&#0;", "&#xD800;", "&#x110000;",
        "&#99999999999999999999;", "&#129;", "&verylongname;", "&NBSP;", "& amp;"}) {
    EXPECT_FALSE(DecodeHtmlEntity(s).has_value()) << s;
  }
}

}  // namespace
}  // namespace vermeld
