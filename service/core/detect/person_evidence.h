// A name found without a cue (a known given name alone, a given name and an unknown capitalised
// word) is a person only in a text that shows it is about people. Public texts name streets,
// halls, prizes and works after people in endless ways; a draft about someone also shows it in a
// cue (a title, a salutation, a signature, a name field, a quote, a list of those present), a
// known given name and surname together, a health detail, or data organisations do not publish
// about themselves (a national number or BSN, a card, a date of birth, a plate, a passport, a
// device's IP address). Contacts (mailboxes, phone numbers, addresses), enterprise and VAT numbers
// and account numbers are no such sign: every organisation publishes its own. And an address is
// someone's only in a text that names someone: alone it is a venue's or an office's.
#pragma once

#include <vector>

#include "core/detect/finding.h"

namespace vermeld {

// PERSON scores from here up come with a cue or name a known given name and surname
// (person_recognizer.cc: titles, salutations, quotes...).
constexpr double kCuedPersonScore = 0.8;

// Drops every PERSON finding when none scores kCuedPersonScore or more and no finding of another
// type than those organisations publish is there; then every ADDRESS finding when no PERSON is
// left.
void DropUncorroborated(std::vector<Finding>& findings);

}  // namespace vermeld
