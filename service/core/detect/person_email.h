// E-mail local parts that spell a known name: "koen.vandenbroeck@", "s.peeters@",
// "marie_dupont@". Reported as PERSON over the local part only, with a low score: the EMAIL
// finding over the whole address usually wins, and a mailbox name is weaker evidence than text.
// Functional mailboxes ("info@", "pers@") never match because they spell no name.
#pragma once

#include <string_view>
#include <vector>

#include "core/detect/finding.h"
#include "core/detect/name_lists.h"
#include "core/detect/name_tokens.h"

namespace vermeld {

// Appends PERSON findings for local parts that spell a given name + surname or an initial +
// surname from the gazetteers. Linear in the text length.
void FindEmailNames(std::string_view text, const NameLists& lists, std::vector<Finding>& out);

// User names outside an address that spell a name the same way, or a known given name and one
// letter, in lower case: "(p.willems, laptop LT-0447)", "het account van bjorn.d", "posted by
// pieter_j", "@sofie.d". Not part of an address, a web or file name ("www.jan.be", "anna.pdf").
// Linear in the text length.
void FindUserNames(std::string_view text, const NameLists& lists, std::vector<Finding>& out);

// Login names glued from one or two initials or a known given name and a known surname, after a
// user label in a log or a ticket ("user=ehendriks", "TargetUserName=kdemir", "user: rsharma",
// "le compte omelnyk"), or any login whose letters spell the name in brackets after it
// ("kdhondt (Kristof D'Hondt)", "ahmadi.f (Farid Ahmadi, ...)"); and the other whole-word
// mentions of those without a dot or underscore ("5 échecs pour omelnyk"). Not a word of the
// label's language ("account: beheer"). Linear in the text length.
void FindLoginNames(std::string_view text, const NameLists& lists, std::vector<Finding>& out);

// Login names glued from initials and a known surname (as FindLoginNames) right after a word that
// says who did something in a log, an export's footer or a ticket, without a label's colon:
// "gebruiker gvanderstraeten", "export door jvanlaere", "rerun requested by dvanhoof", "ingelogd
// als tvermeulen" (after those two a long one only: "door bpost"); or after a Windows domain
// ("CORP\\rdumitrescu").
// Linear in the number of words.
void FindLoginsAfterActorWords(std::string_view text, const TextWords& words,
                               const NameLists& lists, std::vector<Finding>& out);

// Logins spelled from the name of a PERSON in `found` (an initial or the given name and the
// surname, or the surname and the initial), as whole words anywhere in the text: "ldesmet" and
// "WPauwels" beside "Lotte Desmet" and "Pauwels, Wouter", "dzielinska" beside "Dorota Zielińska"
// (a Latin letter's diacritic written off). A ticket or a log names its users so. Linear in the
// number of words.
void FindLoginsOfNames(std::string_view text, const TextWords& words, std::vector<Finding>& found);

// Display names before an address in angle brackets whose local part holds one of their words:
// "From: Aoife Gallagher <aoife.gallagher@ec.eu>", "Kees v.d. Meer <k.meer@gemeente.nl>". Any
// names, known or not, in lower case too when two words are in the mailbox ("els de vos
// <els.devos@...>"): the mailbox confirms them; not a name holding an organisation word or an
// acronym ("Gemeente Deventer - Team Burgerzaken <burgerzaken@...>"). Linear in the text length.
void FindDisplayNames(std::string_view text, const NameLists& lists, std::vector<Finding>& out);

}  // namespace vermeld
