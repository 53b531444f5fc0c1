// Callers and writers who say who they are: "Hallo, met Ahmad", "hallo, hier Ahmad van de
// Zonnestraat 4", "Goedemiddag, u spreekt met Ilse Maes", "hoi, Ahmad hier", "Bonjour, ici
// Samir", "Hi, this is Priya". A voicemail, an SMS or a citizen's message opens so, and names its
// writer nowhere else. ("ik ben", "je m'appelle", "c'est", "mijn naam is": the person
// recognizer's own cues.)
#pragma once

#include <string_view>
#include <vector>

#include "core/detect/finding.h"
#include "core/detect/name_lists.h"
#include "core/detect/name_tokens.h"

namespace vermeld {

// Appends a PERSON finding at kCuedPersonScore for each known given name (not also a word),
// with the capitalised word after it if any, that a greeting and an introduction put forward:
// a greeting ("hallo", "bonjour", "hi", also with the addressee's name and a comma after it),
// then "met", "hier", "ici" or "this is" before the name, or "hier" after it; or "spreekt met" /
// "spreek met" before it. Linear in the number of words.
void FindSelfIntroductions(std::string_view text, const TextWords& words, const NameLists& lists,
                           std::vector<Finding>& out);

}  // namespace vermeld
