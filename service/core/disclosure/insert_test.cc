#include "core/disclosure/insert.h"

#include <gtest/gtest.h>

#include <vector>

#include "core/disclosure/body_end.h"
#include "core/disclosure/recognize.h"

namespace vermeld {
namespace {

constexpr const char* kTemplate =
    "Een deel van deze inhoud is opgesteld met behulp van {tool}. Alle feiten, cijfers en "
    "verklaringen zijn door de schrijver gecontroleerd op juistheid.";
const std::string kLine =
    "Een deel van deze inhoud is opgesteld met behulp van ChatGPT. Alle feiten, cijfers en "
    "verklaringen zijn door de schrijver gecontroleerd op juistheid.";

std::string Plain(std::string_view text) {
  return InsertDisclosure(text, false, kLine, kTemplate).text;
}

// True when no <p> opens while another <p> is still open (the HTML rule we must not break).
bool NoNestedParagraphs(std::string_view html) {
  int depth = 0;
  for (size_t i = html.find('<'); i != std::string_view::npos; i = html.find('<', i + 1)) {
    if (html.substr(i, 2) == "<p" && (html[i + 2] == '>' || html[i + 2] == ' ')) {
      if (++depth > 1) return false;
    } else if (html.substr(i, 4) == "</p>") {
      --depth;
    }
  }
  return depth == 0;
}

TEST(BodyEnd, SignaturesAndQuotedHistory) {
  EXPECT_EQ(BodyEnd("Tekst.\n\nMet vriendelijke groet,\nAn"), 8u);
  EXPECT_EQ(BodyEnd("Tekst.\nKind regards, Tom"), 7u);
  EXPECT_EQ(BodyEnd("Tekst.\n-- \nAn"), 7u);
  EXPECT_EQ(BodyEnd("Tekst.\n\nOp ma 3 jun 2026 om 10:12 schreef Jan Peeters <j@x.be>:\n> hoi"),
            8u);
  EXPECT_EQ(BodyEnd("Tekst.\nVan: Jan\nVerzonden: maandag\nAan: An\nOnderwerp: x\n\noud"), 7u);
  EXPECT_EQ(BodyEnd("Texte.\nDe : Marie\nEnvoyé : lundi\nÀ : Paul"), 7u);
  EXPECT_EQ(BodyEnd("Groeten aan je moeder.\nVan: de dienst"), 37u);  // no header block: size
}

TEST(InsertDisclosure, PlainTextGoesAboveSignatureAndHistory) {
  const std::string draft =
      "Beste Jan,\n\nHierbij het verslag.\n\nMet vriendelijke groet,\nAn\n\n"
      "Op ma 3 jun 2026 om 10:12 schreef Jan <j@x.be>:\n> Kan je het verslag sturen?\n";
  const InsertResult r = InsertDisclosure(draft, false, kLine, kTemplate);
  EXPECT_TRUE(r.inserted);
  EXPECT_EQ(r.text,
            "Beste Jan,\n\nHierbij het verslag.\n\n" + kLine +
                "\n\nMet vriendelijke groet,\nAn\n\n"
                "Op ma 3 jun 2026 om 10:12 schreef Jan <j@x.be>:\n> Kan je het verslag sturen?\n");
  EXPECT_EQ(Plain("Korte tekst.\n"), "Korte tekst.\n\n" + kLine + "\n");
  EXPECT_EQ(Plain(""), kLine);
}

TEST(InsertDisclosure, IsIdempotentAlsoForParaphrases) {
  const std::string once = Plain("Tekst.\n\nGroeten,\nAn");
  const InsertResult twice = InsertDisclosure(once, false, kLine, kTemplate);
  EXPECT_FALSE(twice.inserted);
  EXPECT_EQ(twice.text, once);
  const std::string paraphrased = "Tekst.\n\n(Deze tekst werd opgesteld met hulp van AI.)\n";
  EXPECT_FALSE(InsertDisclosure(paraphrased, false, kLine, kTemplate).inserted);
}

TEST(InsertDisclosure, HtmlParagraphBeforeSignatureParagraph) {
  const std::string html =
      "<html><body><p>Beste Jan,</p><p>Hierbij het verslag.</p>"
      "<p>Met vriendelijke groet,<br>An</p></body></html>";
  const InsertResult r = InsertDisclosure(html, true, kLine, kTemplate);
  ASSERT_TRUE(r.inserted);
  const size_t line_at = r.text.find("data-vermeld=\"disclosure\"");
  ASSERT_NE(line_at, std::string::npos);
  EXPECT_LT(r.text.find("Hierbij"), line_at);
  EXPECT_GT(r.text.find("Met vriendelijke"), line_at);
  EXPECT_TRUE(NoNestedParagraphs(r.text)) << r.text;
  EXPECT_NE(r.text.find("font-style:italic"), std::string::npos);
  const InsertResult again = InsertDisclosure(r.text, true, kLine, kTemplate);
  EXPECT_FALSE(again.inserted);
  EXPECT_EQ(again.text, r.text);
}

TEST(InsertDisclosure, HtmlSplitsAParagraphThatHoldsTheSignature) {
  const std::string html = "<p class=\"x\">Hierbij het verslag.<br><br>Groeten,<br>An</p>";
  const InsertResult r = InsertDisclosure(html, true, kLine, kTemplate);
  EXPECT_TRUE(NoNestedParagraphs(r.text)) << r.text;
  EXPECT_LT(r.text.find("verslag"), r.text.find("vermeld-disclosure"));
  EXPECT_GT(r.text.find("Groeten"), r.text.find("vermeld-disclosure"));
  EXPECT_NE(r.text.find("</p><p class=\"vermeld-disclosure\""), std::string::npos) << r.text;
}

TEST(InsertDisclosure, HtmlGoesAboveOutlookAndGmailHistory) {
  for (const char* history :
       {"<div id=\"divRplyFwdMsg\" dir=\"ltr\"><b>Van:</b> Jan</div><div>oud bericht</div>",
        "<div class=\"gmail_quote\"><div>Op ma schreef "
        "Jan:</div><blockquote>oud</blockquote></div>",
        "<hr><p><b>From:</b> Jan<br><b>Sent:</b> Monday<br><b>To:</b> An</p><p>old</p>"}) {
    const std::string html = "<div>Hierbij het verslag.</div>" + std::string(history);
    const InsertResult r = InsertDisclosure(html, true, kLine, kTemplate);
    EXPECT_EQ(r.text.find("vermeld-disclosure"), html.find("</div>") + 6 + 10) << r.text;
    EXPECT_TRUE(NoNestedParagraphs(r.text)) << r.text;
  }
}

TEST(InsertDisclosure, HtmlEscapesTheLine) {
  const InsertResult r = InsertDisclosure("<p>Tekst</p>", true, "AI <tool> & co", kTemplate);
  EXPECT_NE(r.text.find("AI &lt;tool&gt; &amp; co"), std::string::npos);
}

}  // namespace
}  // namespace vermeld
