#include "gateway/gateway_decision.h"

#include <set>
#include <string_view>
#include <utility>

#include "core/detect/finding.h"
#include "core/text/utf8.h"

namespace vermeld {
namespace {

std::string WhoToAsk(const Policy& p) {
  if (p.contact_email.empty()) return p.contact_name;
  return p.contact_name.empty() ? p.contact_email : p.contact_name + " (" + p.contact_email + ")";
}

std::string Questions(const Policy& p) {
  const std::string who = WhoToAsk(p);
  return who.empty() ? "" : " Vragen? Neem contact op met " + who + ".";
}

// Dutch names of the entity types found, as a reader of the refusal says them.
std::string_view DutchTypeName(std::string_view type) {
  static constexpr std::pair<std::string_view, std::string_view> kNames[] = {
      {"PERSON", "naam"},
      {"EMAIL", "e-mailadres"},
      {"PHONE", "telefoonnummer"},
      {"IBAN", "rekeningnummer"},
      {"BE_NATIONAL_NUMBER", "rijksregisternummer"},
      {"NL_BSN", "burgerservicenummer"},
      {"ADDRESS", "adres"},
      {"DATE_OF_BIRTH", "geboortedatum"},
      {"LICENSE_PLATE", "nummerplaat"},
      {"CREDIT_CARD", "kredietkaartnummer"},
      {"IP_ADDRESS", "IP-adres"},
      {"PASSPORT_NUMBER", "paspoortnummer"},
      {"BE_ENTERPRISE_NUMBER", "ondernemingsnummer"},
      {"VAT_NUMBER", "btw-nummer"},
      {"HEALTH", "gezondheidsgegeven"},
  };
  for (const auto& [t, name] : kNames) {
    if (t == type) return name;
  }
  return "persoonsgegeven";
}

// "e-mailadres, naam": the types found, in a stable order.
std::string TypeNames(const std::set<std::string>& types) {
  std::set<std::string_view> names;
  for (const std::string& t : types) names.insert(DutchTypeName(t));
  std::string out;
  for (std::string_view n : names) (out += out.empty() ? "" : ", ") += n;
  return out;
}

std::string MessageNumbers(const std::set<size_t>& messages) {
  std::string out;
  for (size_t m : messages) out += (out.empty() ? "" : ", ") + std::to_string(m + 1);
  return (messages.size() == 1 ? "Bericht " : "Berichten ") + out;
}

nlohmann::json Finding16(const CheckedText& t, const std::string& type, size_t begin, size_t end,
                         const Utf16Index& index) {
  nlohmann::json f = {{"message", t.piece.message},
                      {"type", type},
                      {"start", index.ToUtf16(begin)},
                      {"end", index.ToUtf16(end)}};
  if (t.piece.part) f["part"] = *t.piece.part;
  if (!t.piece.field.empty()) f["field"] = t.piece.field;
  return f;
}

GatewayDecision Block(std::string code, std::string message, nlohmann::json extra = {}) {
  GatewayDecision d;
  d.kind = GatewayDecision::Kind::kBlock;
  d.reason = code;
  nlohmann::json error = {{"message", std::move(message)},
                          {"type", "policy_violation"},
                          {"code", std::move(code)},
                          {"param", nullptr}};
  if (extra.is_object()) error.update(extra);
  d.error = {{"error", std::move(error)}};
  return d;
}

}  // namespace

GatewayDecision DecideGatewayRequest(const Policy& policy, const GatewayRequestFacts& facts,
                                     std::string_view today) {
  std::map<std::string, int> counts;
  for (const CheckedText& t : facts.texts) {
    for (const Finding& f : t.personal_data) ++counts[f.type];
    if (!t.confidential.empty()) counts["CONFIDENTIAL"] += static_cast<int>(t.confidential.size());
  }
  const nlohmann::json contact = {{"name", policy.contact_name}, {"email", policy.contact_email}};
  auto finish = [&counts](GatewayDecision d) {
    d.finding_counts = counts;
    return d;
  };

  if (policy.ExpiredOn(today)) {
    return finish(Block("policy_expired",
                        "Het AI-beleid van " + policy.organization + " is verlopen op " +
                            policy.valid_until +
                            ". vermeld stuurt niets naar AI-tools zolang er geen geldig beleid is; "
                            "er is niets verstuurd." +
                            Questions(policy),
                        {{"contact", contact}}));
  }

  const Tool* tool = facts.tool;
  if (!tool || !tool->allowed) {
    nlohmann::json approved = nlohmann::json::array();
    std::string names;
    for (const Tool& t : policy.tools) {
      if (!t.allowed) continue;
      approved.push_back(t.id);
      names += (names.empty() ? "" : ", ") + t.name;
    }
    return finish(Block("tool_not_allowed",
                        "\"" + facts.model +
                            "\" is geen goedgekeurde AI-tool volgens het AI-beleid van " +
                            policy.organization + "; er is niets verstuurd. Goedgekeurd: " +
                            (names.empty() ? "geen enkele tool" : names) + "." + Questions(policy),
                        {{"approved_tools", approved}, {"contact", contact}}));
  }

  nlohmann::json confidential = nlohmann::json::array();
  nlohmann::json personal = nlohmann::json::array();
  std::set<size_t> confidential_messages, personal_messages;
  std::set<std::string> personal_types;
  for (const CheckedText& t : facts.texts) {
    if (t.confidential.empty() && t.personal_data.empty()) continue;
    const Utf16Index index(t.piece.text);
    for (const ConfidentialFinding& c : t.confidential) {
      confidential.push_back(Finding16(t, "CONFIDENTIAL", c.begin, c.end, index));
      confidential_messages.insert(t.piece.message);
    }
    for (const Finding& f : t.personal_data) {
      personal.push_back(Finding16(t, f.type, f.begin, f.end, index));
      personal_messages.insert(t.piece.message);
      personal_types.insert(f.type);
    }
  }

  if (!confidential.empty() && !tool->MayReceive(DataClass::kConfidential)) {
    return finish(Block(
        "confidential",
        MessageNumbers(confidential_messages) + " bevat een vertrouwelijkheidsmarkering, en " +
            tool->name + " mag volgens het AI-beleid van " + policy.organization +
            " geen vertrouwelijke informatie ontvangen; er is niets verstuurd." + Questions(policy),
        {{"findings", confidential}, {"contact", contact}}));
  }

  if (!personal.empty() && !tool->MayReceive(DataClass::kPersonal)) {
    const bool may_pseudonymise = policy.personal_data_action == PersonalDataAction::kPseudonymise;
    if (may_pseudonymise && facts.pseudonymise_requested) {
      GatewayDecision d;
      d.kind = GatewayDecision::Kind::kPseudonymise;
      return finish(d);
    }
    const std::string who = WhoToAsk(policy);
    return finish(
        Block("personal_data",
              MessageNumbers(personal_messages) + " bevat persoonsgegevens (" +
                  TypeNames(personal_types) + "), en " + tool->name +
                  " mag volgens het AI-beleid van " + policy.organization +
                  " geen persoonsgegevens ontvangen; er is niets verstuurd. Haal ze weg" +
                  (may_pseudonymise ? " of laat vermeld ze vervangen door placeholders" : "") +
                  ". Persoonsgegevens invoeren in een AI-tool is een datalek: is dat toch gebeurd, "
                  "meld het dan meteen" +
                  (who.empty() ? "" : " aan " + who) + ".",
              {{"findings", personal},
               {"contact", contact},
               {"pseudonymise_allowed", may_pseudonymise}}));
  }
  return finish(GatewayDecision{});
}

}  // namespace vermeld
