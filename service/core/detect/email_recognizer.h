// EMAIL: e-mail addresses. Personal mailboxes score 0.9 (1.0 next to a context word such as
// "e-mail", "mailadres", "courriel"). Functional mailboxes of an organisation (info@, pers@,
// press@, contact@, onthaal@, secretariaat@, noreply@, ... see the list in the .cc) are not
// personal data: they are still reported, with score 0.3, so a caller can show them without
// blocking on them. Addresses inside URLs (http://, www.) are not reported.
#pragma once

#include <memory>
#include <string_view>

#include "core/detect/recognizer.h"

namespace vermeld {

std::unique_ptr<Recognizer> NewEmailRecognizer();

// True when `local_part` (before '@') names a role rather than a person: "info",
// "pers", "info.gent", "no-reply".
bool IsFunctionalMailbox(std::string_view local_part);

}  // namespace vermeld
