// A name found without a cue (a known given name alone, a given name and an unknown capitalised
// word) is a person only in a text that shows it is about people. Public texts name streets,
// halls, prizes and works after people in endless ways; a draft about someone also shows it in a
// cue (a title, a salutation, a signature, a name field, a quote, a list of those present), a
// known given name and surname together, a health detail, or data organisations do not publish
// about themselves (a national number or BSN, a card, a date of birth, a plate, a passport, a
// device's IP address, a mailbox at a provider's domain such as telenet.be or gmail.com).
// Contacts (other mailboxes, phone numbers, addresses), enterprise and VAT numbers and account
// numbers are no such sign: every organisation publishes its own, though not under a label
// naming someone's home ("Thuisadres:"). And an address is someone's only in a text that
// names someone: alone it is a venue's or an office's, and so is a number that dials like a phone
// without a telephone word (an order, serial or file number more often than a line: "Order IDs
// start at 0470000000"), and so is an IP address in a text that names or identifies no one (a
// server's, a printer's, an attacker's in an IT notice). Likewise a
// health detail in a text that names no one and holds no data pointing at one person is health
// information in general ("une personne diabétique sur trois", "als uw kind medicatie neemt").
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "core/detect/finding.h"

namespace vermeld {

// PERSON scores from here up come with a cue or name a known given name and surname
// (person_recognizer.cc: titles, salutations, quotes...).
constexpr double kCuedPersonScore = 0.8;

// The EMAIL score of a person's mailbox, not an organisation's (email_recognizer.cc); with a
// context word it scores more.
constexpr double kPersonalMailScore = 0.9;

// The ADDRESS score of an address after a label naming someone's home ("Thuisadres:",
// address_fields.h): a person's, as good a sign as a date of birth that the text is about one.
constexpr double kHomeAddressScore = 0.95;

// The PHONE score of a number with neither a telephone word ("gsm", "bel", "tél.") nor a
// switchboard label ("Onthaal:") near it.
constexpr double kBarePhoneScore = 0.8;

// The NL_BSN score of nine digits in a row that pass the 11-proof with no BSN word near: a
// BSN in a text that names someone ("mevrouw K. Mahabier (058740430)"), else as likely an order
// or a customer number, one in eleven of which passes.
constexpr double kBareBsnScore = 0.55;

// A text shorter than this is a message, a note or a caption: the given names in it are people's
// (a chat line, an SMS, "Kan Bart de sleutel halen bij Annemie?"), not names a public text gives
// streets, halls and works.
constexpr size_t kShortMessageBytes = 400;

// Drops every NL_BSN finding scoring kBareBsnScore when no PERSON scores kCuedPersonScore or more.
// Then, in a text of kShortMessageBytes or more, drops every PERSON finding when none scores
// kCuedPersonScore or more and no finding of another type than those organisations publish is
// there; then, when no PERSON is left, every
// ADDRESS finding and every PHONE finding scoring kBarePhoneScore (unless an ADDRESS scores
// kHomeAddressScore), and every HEALTH finding unless a finding of a type that identifies someone
// (not published by organisations, not HEALTH) is there; IP_ADDRESS findings go first unless
// another such finding or a personal mailbox (EMAIL scoring kPersonalMailScore or more) is there.
void DropUncorroborated(std::string_view text, std::vector<Finding>& findings);

}  // namespace vermeld
