#include "core/text/html_to_text.h"

#include <gtest/gtest.h>

#include <string>

#include "core/text/utf8.h"

namespace vermeld {
namespace {

std::string Text(std::string_view html) { return HtmlToText(html).text; }

// An Outlook (Word engine) reply as Outlook for Windows writes it: head with mso styles and an
// <xml> island in a conditional comment, MsoNormal paragraphs, <o:p>, &nbsp; blank lines, a
// signature table and the quoted header of the previous message.
constexpr std::string_view kOutlookReply =
    R"html(<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40"><head><meta http-equiv=Content-Type content="text/html; charset=utf-8"><meta name=Generator content="Microsoft Word 15 (filtered medium)"><!--[if !mso]><style>v\:* {behavior:url(#default#VML);}
o\:* {behavior:url(#default#VML);}
</style><![endif]--><style><!--
/* Font Definitions */
@font-face
	{font-family:"Cambria Math";
	panose-1:2 4 5 3 5 4 6 3 2 4;}
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{margin:0cm;
	font-size:11.0pt;
	font-family:"Calibri",sans-serif;
	mso-fareast-language:EN-US;}
span.E-mailStijl18
	{mso-style-type:personal-reply;}
@page WordSection1
	{size:612.0pt 792.0pt;}
div.WordSection1
	{page:WordSection1;}
--></style><!--[if gte mso 9]><xml>
<o:shapedefaults v:ext="edit" spidmax="1026" />
</xml><![endif]--><!--[if gte mso 9]><xml>
<o:shapelayout v:ext="edit">
<o:idmap v:ext="edit" data="1" />
</o:shapelayout></xml><![endif]--></head><body lang=NL-BE link="#0563C1" vlink="#954F72" style='word-wrap:break-word'><div class=WordSection1><p class=MsoNormal>Beste Jan,<o:p></o:p></p><p class=MsoNormal><o:p>&nbsp;</o:p></p><p class=MsoNormal>Bedankt voor je vraag. De persconferentie gaat door op 12&nbsp;maart in de raadzaal van het gemeentehuis.<o:p></o:p></p><p class=MsoNormal><o:p>&nbsp;</o:p></p><p class=MsoNormal>Met vriendelijke groet,<o:p></o:p></p><p class=MsoNormal><o:p>&nbsp;</o:p></p><table class=MsoNormalTable border=0 cellspacing=0 cellpadding=0><tr><td style='padding:0cm 0cm 0cm 0cm'><p class=MsoNormal><b><span style='color:#1F3864'>Lotte Claes</span></b><o:p></o:p></p></td><td style='padding:0cm 0cm 0cm 0cm'><p class=MsoNormal>Woordvoerder<o:p></o:p></p></td></tr></table><p class=MsoNormal><o:p>&nbsp;</o:p></p><div><div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'><p class=MsoNormal><b><span lang=NL>Van:</span></b><span lang=NL> Jan Peeters &lt;jan.peeters@voorbeeld.be&gt; <br><b>Verzonden:</b> maandag 3 maart 2025 10:12<br><b>Aan:</b> Lotte Claes &lt;lotte.claes@voorbeeld.be&gt;<br><b>Onderwerp:</b> Vraag over de persconferentie<o:p></o:p></span></p></div></div><p class=MsoNormal><o:p>&nbsp;</o:p></p><p class=MsoNormal>Dag Lotte,<o:p></o:p></p><p class=MsoNormal>Wanneer is de persconferentie?<o:p></o:p></p></div></body></html>)html";

TEST(HtmlToText, OutlookReply) {
  EXPECT_EQ(
      Text(kOutlookReply),
      "Beste Jan,\n"
      "\n"
      "Bedankt voor je vraag. De persconferentie gaat door op 12 maart in de raadzaal van het "
      "gemeentehuis.\n"
      "\n"
      "Met vriendelijke groet,\n"
      "\n"
      "Lotte Claes\tWoordvoerder\n"
      "\n"
      "Van: Jan Peeters <jan.peeters@voorbeeld.be>\n"
      "Verzonden: maandag 3 maart 2025 10:12\n"
      "Aan: Lotte Claes <lotte.claes@voorbeeld.be>\n"
      "Onderwerp: Vraag over de persconferentie\n"
      "\n"
      "Dag Lotte,\n"
      "Wanneer is de persconferentie?");
}

// Word "Save as web page": mso list markers inside <![if !supportLists]>, a heading, styles
// with mso- properties and a Word <xml> island in the head.
constexpr std::string_view kWordHtml =
    R"html(<html><head><meta charset="utf-8"><title>Nota aan het college</title>
<!--[if gte mso 9]><xml><w:WordDocument><w:View>Print</w:View><w:Zoom>100</w:Zoom></w:WordDocument></xml><![endif]-->
<style>
<!-- p.MsoNormal {mso-style-parent:""; margin:0cm; font-size:12.0pt;}
 p.MsoListParagraphCxSpFirst {mso-add-space:auto;} -->
</style></head>
<body lang=NL-BE style='tab-interval:35.4pt'>
<div class=WordSection1>
<h1><span lang=NL-BE>Nota aan het college van burgemeester en schepenen</span></h1>
<p class=MsoNormal><span lang=NL-BE style='mso-ansi-language:NL-BE'>De dienst communicatie
stelt voor om:</span><o:p></o:p></p>
<p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span
style='font-family:Symbol'><span style='mso-list:Ignore'>&middot;<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;
</span></span></span><![endif]>de nieuwsbrief maandelijks te verspreiden;<o:p></o:p></p>
<p class=MsoListParagraphCxSpLast style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span
style='font-family:Symbol'><span style='mso-list:Ignore'>&middot;<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;
</span></span></span><![endif]>de website te vernieuwen (budget &euro;&nbsp;12.500).<o:p></o:p></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
</div>
</body>
</html>)html";

TEST(HtmlToText, WordHtmlWithMsoStyles) {
  EXPECT_EQ(Text(kWordHtml),
            "Nota aan het college van burgemeester en schepenen\n"
            "De dienst communicatie stelt voor om:\n"
            "\u00b7 de nieuwsbrief maandelijks te verspreiden;\n"
            "\u00b7 de website te vernieuwen (budget \u20ac 12.500).");
}

TEST(HtmlToText, DecodesEntitiesAndKeepsInvalidOnesLiterally) {
  EXPECT_EQ(Text("Caf&eacute; &amp; Ni&euml;tje &rsquo;s &lt;b&gt; &#233;&#xE9;&#Xe9; "
                 "&foo; AT&T &#0; &#xD800; &nbsp"),
            "Café & Niëtje ’s <b> ééé &foo; AT&T &#0; &#xD800; &nbsp");
}

TEST(HtmlToText, NoBreakSpacesBecomePlainSpaces) {
  EXPECT_EQ(Text("Tel.:&nbsp;&nbsp;0470&nbsp;12\xC2\xA0"
                 "34 &nbsp;56"),
            "Tel.: 0470 12 34 56");
}

TEST(HtmlToText, DropsScriptStyleHeadAndComments) {
  EXPECT_EQ(Text("<script>document.write('<p>x</p>')</script><STYLE>p{}</STYLE >a<!-- b -->c"
                 "<!--[if mso]><p>alleen Outlook</p><![endif]--><!-->d<!DOCTYPE html><?xml v?>e"),
            "acde");
  EXPECT_EQ(Text("<html><head><title>Onderwerp</title><style>p{}</style><body><p>Tekst"), "Tekst");
  // Text cannot live in <head>; browsers end the head there and so do we.
  EXPECT_EQ(Text("<head><meta charset=utf-8>Hallo</head>"), "Hallo");
  EXPECT_EQ(Text("<head><link rel=x><p>Hallo"), "Hallo");
}

TEST(HtmlToText, KeepsTextOfOfficeNamespaceTagsAndDownlevelRevealedComments) {
  EXPECT_EQ(Text("<p>Een<o:p></o:p></p><p><o:p>Twee</o:p></p>"), "Een\nTwee");
  EXPECT_EQ(Text("<![if !supportLists]>1.<![endif]> Punt"), "1. Punt");
  EXPECT_EQ(Text("<!--[if !mso]><!-->zichtbaar<!--<![endif]-->"), "zichtbaar");
}

TEST(HtmlToText, BlocksBecomeLineBreaksWithoutPilingUpBlankLines) {
  EXPECT_EQ(Text("<div>a<div>b</div>c</div><h2>d</h2><ul><li>e</li><li>f</li></ul>g<hr>h"
                 "<blockquote>i</blockquote>j"),
            "a\nb\nc\nd\ne\nf\ng\nh\ni\nj");
  EXPECT_EQ(Text("a<br>b<br><br>c<br><br><br><br><br>d"), "a\nb\n\nc\n\nd");
  EXPECT_EQ(Text("<p>a<br></p><p>b</p>"), "a\nb");
  EXPECT_EQ(Text("<p>a</p><p>&nbsp;</p><p>&nbsp;</p><p>&nbsp;</p><br><br><div><br></div><p>b</p>"),
            "a\n\nb");
  EXPECT_EQ(Text("<p>  a  </p>\n\n   <p>\n b\n c </p>"), "a\nb c");
  EXPECT_EQ(Text("<br><br><p>&nbsp;</p>a<p>&nbsp;</p><br>"), "a");
}

TEST(HtmlToText, TableCellsAreSeparatedByTabs) {
  EXPECT_EQ(Text("<table><tr><th>Naam</th><th>Functie</th></tr><tr><td>Jan</td><td></td>"
                 "<td>Schepen</td><td></td></tr><tr><td>Piet</td></tr></table>na"),
            "Naam\tFunctie\nJan\tSchepen\nPiet\nna");
  // Outlook signatures put paragraphs inside cells; a cell with several stays readable.
  EXPECT_EQ(Text("<table><tr><td><p>Lotte Claes</p></td><td><p>Woordvoerder</p><p>Stad</p></td>"
                 "</tr></table>"),
            "Lotte Claes\tWoordvoerder\nStad");
}

TEST(HtmlToText, PreKeepsWhiteSpace) {
  EXPECT_EQ(Text("<pre>a  b\r\n  c</pre>d   e"), "a  b\n  c\nd e");
}

TEST(HtmlToText, LessThanInTextIsText) {
  EXPECT_EQ(Text("3 < 5, a<3, x <= y, 5 > 2, </ 4, <>, <"),
            "3 < 5, a<3, x <= y, 5 > 2, </ 4, <>, <");
}

TEST(HtmlToText, UnclosedAndCutOffMarkup) {
  EXPECT_EQ(Text("<p>Eerste<p>Tweede <b>vet <i>schuin"), "Eerste\nTweede vet schuin");
  EXPECT_EQ(Text("Tekst <a href=\"https://x"), "Tekst");
  EXPECT_EQ(Text("Tekst <a href=x"), "Tekst");
  EXPECT_EQ(Text("a<!-- nooit gesloten <p>b</p>"), "a");
  EXPECT_EQ(Text("a<script>var x = '</p>'; b"), "a");
  EXPECT_EQ(Text("a</p"), "a");
  EXPECT_EQ(Text("<a title=\"a>b\" data-x='c>d' href=x>link</a> <p it's>ok</p>"), "link\nok");
}

TEST(HtmlToText, DeepNestingRunsWithoutRecursion) {
  constexpr int kDepth = 100000;
  std::string html;
  for (int i = 0; i < kDepth; ++i) html += "<div><span>";
  html += "diep";
  for (int i = 0; i < kDepth; ++i) html += "</span></div>";
  const HtmlText out = HtmlToText(html);
  EXPECT_EQ(out.text, "diep");
  EXPECT_EQ(out.source[0], html.find("diep"));

  std::string unclosed;
  for (int i = 0; i < kDepth; ++i) unclosed += "<table><tr><td><b>x";
  const std::string text = Text(unclosed);
  EXPECT_EQ(text.size(), 2u * kDepth - 1);  // "x\nx\n...x"
  EXPECT_EQ(text.substr(0, 5), "x\nx\nx");
}

// Inputs that would make a backtracking or rescanning parser quadratic. Each is 1 MiB; a
// quadratic pass over them would not finish within the test timeout.
TEST(HtmlToText, AdversarialInputsAreHandledInOnePass) {
  const auto repeat = [](std::string_view unit) {
    std::string s;
    while (s.size() < (1u << 20)) s += unit;
    return s;
  };
  EXPECT_EQ(Text(repeat("<a")), "");      // one tag cut off by the end
  EXPECT_EQ(Text(repeat("<a b='")), "");  // an attribute value never closed
  EXPECT_EQ(Text(repeat("<!--")), "");    // one comment never closed
  EXPECT_EQ(Text("<style>" + repeat("</styl")), "");
  EXPECT_EQ(Text(repeat("<br><td>&nbsp;")), "");
  const std::string digits = "&#" + std::string(1u << 20, '9');
  EXPECT_EQ(Text(digits), digits);  // too large a number: kept as written
  const std::string slashes = repeat("</");
  EXPECT_EQ(Text(slashes), slashes);
  const std::string words = repeat("a  ");
  EXPECT_EQ(Text(words).size(), words.size() / 3 * 2 - 1);  // "a a a ... a"
}

TEST(HtmlToText, SourceMapPointsBackIntoTheHtml) {
  const std::string_view html = "<p>Caf&eacute;</p><p>\xC3\xA9 b</p>";
  const HtmlText out = HtmlToText(html);
  ASSERT_EQ(out.text, "Café\né b");
  ASSERT_EQ(out.source.size(), out.text.size());
  EXPECT_EQ(out.source[0], 3u);                     // C
  EXPECT_EQ(out.source[3], html.find("&eacute;"));  // both bytes of é
  EXPECT_EQ(out.source[4], html.find("&eacute;"));
  EXPECT_EQ(out.source[5], html.find("</p>"));      // the line break
  EXPECT_EQ(out.source[6], html.find("\xC3\xA9"));  // literal é: its own bytes
  EXPECT_EQ(out.source[7], html.find("\xC3\xA9") + 1);
  EXPECT_EQ(out.source[8], html.find(" b"));
  EXPECT_EQ(out.source[9], html.find(" b") + 1);
}

TEST(HtmlToText, OutputIsValidUtf8AndMapIsMonotonic) {
  for (std::string_view html : {kOutlookReply, kWordHtml}) {
    const HtmlText out = HtmlToText(html);
    ASSERT_EQ(out.source.size(), out.text.size());
    EXPECT_FALSE(FindInvalidUtf8(out.text).has_value());
    for (size_t i = 0; i < out.text.size(); ++i) {
      ASSERT_LT(out.source[i], html.size());
      if (i > 0) ASSERT_LE(out.source[i - 1], out.source[i]) << i;
      // A byte copied from the HTML is the same byte there.
      const char c = out.text[i];
      if (c != '\n' && c != '\t' && c != ' ' && html[out.source[i]] != '&') {
        EXPECT_EQ(html[out.source[i]], c) << i;
      }
    }
  }
}

TEST(HtmlToText, EmptyAndBlankInput) {
  EXPECT_EQ(Text(""), "");
  EXPECT_EQ(Text("<html><body><p>&nbsp;</p><br></body></html>"), "");
  EXPECT_TRUE(HtmlToText("  \n ").source.empty());
}

}  // namespace
}  // namespace vermeld
