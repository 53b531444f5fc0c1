#include "core/disclosure/recognize.h"

#include <gtest/gtest.h>

namespace vermeld {
namespace {

constexpr const char* kTemplate =
    "Een deel van deze inhoud is opgesteld met behulp van {tool}. Alle feiten, cijfers en "
    "verklaringen zijn door de schrijver gecontroleerd op juistheid.";

TEST(FindDisclosure, PolicyLineWithAnyToolAndItsReviewSentence) {
  const std::string line =
      "Een deel van deze inhoud is opgesteld met behulp van Le Chat (Mistral). Alle feiten, "
      "cijfers en verklaringen zijn door de schrijver gecontroleerd op juistheid.";
  const std::string text = "Beste inwoner,\n\nDe markt verhuist.\n\n" + line + "\n\nGroeten";
  const Disclosure d = FindDisclosure(text, kTemplate);
  ASSERT_TRUE(d.present);
  EXPECT_EQ(d.text, line);
  EXPECT_EQ(text.substr(d.begin, d.end - d.begin), line);
}

TEST(FindDisclosure, ParaphrasesFootersAndParentheses) {
  for (const char* text : {
           "Deze tekst werd deels met de hulp van ChatGPT geschreven.",
           "Dit bericht is opgesteld met behulp van AI en nagelezen door de dienst communicatie.",
           "Opgesteld met behulp van Microsoft Copilot.",
           "Tekst: gedeeltelijk gegenereerd met artificiële intelligentie",
           "Une partie de ce contenu a été rédigée à l'aide de l'IA.",
           "Ce courriel a été rédigé avec l'aide de ChatGPT.",
           "This text was drafted with the help of AI.",
           "Parts of this email were generated using Gemini.",
           "Bij het opstellen van deze tekst werd gebruikgemaakt van AI.",
       }) {
    EXPECT_TRUE(FindDisclosure(text, kTemplate).present) << text;
  }
  const std::string text = "Het plan is klaar. (Deze tekst werd opgesteld met hulp van AI.)";
  const Disclosure d = FindDisclosure(text, kTemplate);
  ASSERT_TRUE(d.present);
  EXPECT_EQ(d.text, "(Deze tekst werd opgesteld met hulp van AI.)");
}

TEST(FindDisclosure, TalkAboutAiRulesAndQuotesAreNotDisclosures) {
  for (const char* text : {
           "De AI Act verplicht organisaties te melden wanneer een tekst met AI is opgesteld.",
           "Vermeld altijd wanneer deze tekst met behulp van AI werd opgesteld.",
           "Zet onderaan: \"Een deel van deze inhoud is opgesteld met behulp van ChatGPT.\"",
           "In dit artikel bespreken we teksten die door ChatGPT zijn geschreven.",
           "Deze tekst is niet opgesteld met AI.",
           "Indiquez toujours si ce texte a été rédigé avec l'IA.",
           "Staff must state when this text was drafted with AI.",
           "ChatGPT werd gebruikt om fraude op te sporen.",
           "Deze brief werd opgesteld door de dienst financiën.",
       }) {
    EXPECT_FALSE(FindDisclosure(text, kTemplate).present) << text;
  }
}

}  // namespace
}  // namespace vermeld
