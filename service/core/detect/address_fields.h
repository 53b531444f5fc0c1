// The fields of a form where someone's address is filled in: "Adres: Westzijde 221", "Straat +
// nr: ...", "Postcode + gemeente: 9000 Gent", "Code postal et localité : 1000 Bruxelles". After
// such a label a street needs no street-name ending and a Belgian postcode and town need no line
// of their own: the form says what they are.
#pragma once

#include <cstddef>
#include <string_view>

namespace vermeld {

// True when a label naming a street or an address opens the line of `pos` and ends in ':' right
// before it (blanks between).
bool AfterStreetField(std::string_view text, size_t pos);

// The same for a label naming a postcode or a town.
bool AfterPlaceField(std::string_view text, size_t pos);

// The same for a label naming someone's home ("Thuisadres:", "Domicile :", "Leveradres
// (particulier):"): the address after it is a person's, not an organisation's.
bool AfterHomeField(std::string_view text, size_t pos);

// True when a word for someone's home ends right before `pos`, after blanks, a comma or a colon:
// "bij een vrijwilligster thuis, Populierenlaan 14", "chez moi : rue Haute 12".
bool AfterHomeWord(std::string_view text, size_t pos);

// True when the line of `pos` holds only words before it (at most kMaxLabel bytes, no digit,
// no colon), is the text's first or lies under a line that is not empty, and the next line
// opens with a postcode and a capital ("9000 Gent", "1506 EH Zaandam"): the street line of an
// address block, which needs no street-name ending either ("Mevrouw A. El Amrani / Westzijde
// 48-A / 1506 EH Zaandam").
bool StreetLineOfBlock(std::string_view text, size_t pos);

}  // namespace vermeld
