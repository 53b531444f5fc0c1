#include "core/provenance/markers.h"

#include <gtest/gtest.h>

#include <string>

#include "core/text/utf8.h"

namespace vermeld {
namespace {

std::vector<std::string> Markers(std::string_view text) {
  std::vector<std::string> out;
  for (const AiPassage& p : FindMarkers(text)) {
    EXPECT_EQ(p.source, AiSource::kMarker);
    EXPECT_LE(p.end, text.size());
    out.push_back(p.marker);
  }
  return out;
}

TEST(FindMarkers, ChatArtefactsInThreeLanguages) {
  EXPECT_EQ(Markers("Natuurlijk! Hier is een concept voor de uitnodiging:"),
            std::vector<std::string>{"Natuurlijk! Hier is"});
  EXPECT_EQ(Markers("Als AI-taalmodel kan ik geen juridisch advies geven.").size(), 1u);
  EXPECT_EQ(Markers("Certainly! Here is a draft for your newsletter.").size(), 1u);
  EXPECT_EQ(Markers("Bien sûr ! Voici une proposition de courriel.").size(), 1u);
  EXPECT_EQ(Markers("En tant que modèle de langage, je ne peux pas.").size(), 1u);
  EXPECT_EQ(Markers("Laat me weten als je wilt dat ik de toon aanpas.").size(), 1u);
  EXPECT_EQ(Markers("Ik hoop dat deze tekst je helpt bij je aanvraag!").size(), 1u);
  EXPECT_EQ(Markers("Let me know if you'd like me to adjust the tone.").size(), 1u);
  EXPECT_EQ(Markers("Hier is een herschreven versie van je e-mail:").size(), 1u);
}

TEST(FindMarkers, MarkdownAndPlaceholders) {
  EXPECT_EQ(Markers("**Onderwerp:** Uitnodiging infoavond"),
            std::vector<std::string>{"**Onderwerp:**"});
  EXPECT_EQ(Markers("Inleiding\n## Doelstellingen\nTekst").size(), 1u);
  EXPECT_EQ(Markers("Met vriendelijke groet,\n[Uw naam]\n[Functie]").size(), 2u);
  EXPECT_EQ(Markers("Cordialement,\n[Nom]").size(), 1u);
  EXPECT_EQ(Markers("Best regards,\n[Your Name]").size(), 1u);
  EXPECT_EQ(Markers("Datum: [datum]").size(), 1u);
}

TEST(FindMarkers, InvisibleCharactersAndC2paWrapper) {
  EXPECT_EQ(Markers("Een\u200B\u200B\u200Bzin."),
            std::vector<std::string>{"zero-width characters"});
  EXPECT_EQ(Markers("a\u2062b"), std::vector<std::string>{"invisible operators"});
  EXPECT_EQ(Markers("tekst\U000E0041\U000E0042"), std::vector<std::string>{"tag characters"});
  // U+FEFF then "C2PATXT\0" as variation selectors: 'C' = 0x43 -> U+E0100 + 0x43 - 16.
  std::string wrapped = "Tekst.\uFEFF";
  for (unsigned char b : std::string("C2PATXT\0\1", 9)) {
    const char32_t vs = b < 16 ? 0xFE00 + b : 0xE0100 + b - 16;
    AppendUtf8(vs, wrapped);
  }
  const auto found = FindMarkers(wrapped);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].marker, "C2PA text manifest");
  EXPECT_EQ(found[0].begin, 6u);
  EXPECT_EQ(found[0].end, wrapped.size());
  EXPECT_EQ(Markers("-----BEGIN C2PA MANIFEST-----\nabc").size(), 1u);
}

TEST(FindMarkers, OrdinaryHumanWritingHasNone) {
  for (const char* human : {
           "Laat me weten als je vragen hebt.",
           "Laat het me weten als je wilt dat ik langskom.",
           "Natuurlijk kan je volgende week langskomen.",
           "Zeker, hier en daar moet de tekst nog worden aangepast.",
           "Ik hoop dat dit helpt. Groetjes, Els",
           "N'hésitez pas à me contacter si vous avez des questions.",
           "I hope this finds you well. Let me know if you have any questions.",
           "Sure, here in Brussels it rains a lot.",
           "Zie het verslag [pagina 4] en de bijlage [...] zoals gevraagd [sic].",
           "Prijs: 5 * 3 = 15, en #vermeld op sociale media; C# en F# zijn talen.",
           "Welkom in Schotland "
           "\U0001F3F4\U000E0067\U000E0062\U000E0073\U000E0063\U000E0074\U000E007F!",
           "\uFEFFBestand met BOM. Een enkele\u200Bzero-width space.",
           "Als taalkundige kan ik dit beoordelen.",
       }) {
    EXPECT_TRUE(FindMarkers(human).empty()) << human;
  }
}

}  // namespace
}  // namespace vermeld
