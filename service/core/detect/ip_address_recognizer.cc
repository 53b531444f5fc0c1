#include "core/detect/ip_address_recognizer.h"

#include <arpa/inet.h>
#include <re2/re2.h>

#include <algorithm>
#include <cctype>
#include <string>
#include <utility>

#include "core/detect/pattern_scan.h"
#include "core/detect/span_count.h"

namespace vermeld {
namespace {

constexpr double kBaseScore = 0.7;
constexpr double kContextBoost = 0.25;
constexpr size_t kNumberingWindow = 25;
// How far back an address may be named as one, over a numbering word ("My home IP as shown by the
// client: 81.164.23.198").
constexpr size_t kNamedWindow = 60;
constexpr size_t kDigitMargin = 1;  // one dot between the parts of an IPv4 address
constexpr size_t kMinDigits = 4;    // one per part

// Bytes an IPv6 address is made of; every address holds a ':'.
bool IsIpv6Byte(char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F') || c == ':';
}

// Bytes of blanks, dots and colons between a label and its value in ipconfig's output
// ("Default Gateway . . . . . . . . . : ").
constexpr size_t kLeader = 40;

bool IsDot(char c) { return c == '.'; }
bool IsColon(char c) { return c == ':'; }

// The documentation networks of RFC 5737 ("192.0.2.14", "198.51.100.7", "203.0.113.58"): a
// manual's examples, but also what incident reports and tickets are written with when the real
// address is left out, and then they stand for a device's.
bool DocumentationNetwork(uint32_t v) {
  const uint32_t net24 = v >> 8;
  return net24 == 0xC00002 || net24 == 0xC63364 || net24 == 0xCB0071;
}

// Addresses no user's device has: a subnet mask ("255.255.252.0": ones, then zeros), the
// unspecified address "0.0.0.0", loopback ("127.0.0.1"), multicast and reserved space (224 and
// up), the public resolvers people configure ("1.1.1.1", "9.9.9.9"), and a documentation
// network's when `example()` says the text names it an example (asked only then: a context
// search).
template <typename Example>
bool AddressesNoUser(std::string_view quad, const Example& example) {
  in_addr addr;
  if (inet_pton(AF_INET, std::string(quad).c_str(), &addr) != 1) return false;
  const uint32_t v = ntohl(addr.s_addr);
  const uint32_t zeros = ~v;
  const bool mask = (v >> 31) != 0 && (zeros & (zeros + 1)) == 0;
  constexpr uint32_t kResolvers[] = {0x08080808, 0x08080404, 0x01010101, 0x01000001,
                                     0x09090909, 0x95707070, 0xD043DEDE, 0xD043DCDC};
  const bool resolver =
      std::find(std::begin(kResolvers), std::end(kResolvers), v) != std::end(kResolvers);
  return v == 0 || mask || (v >> 24) == 127 || (v >> 24) >= 224 ||
         (DocumentationNetwork(v) && example()) || resolver;
}

// The parts of a dotted quad with two digits or more.
int MultiDigitParts(std::string_view quad) {
  int parts = 0;
  size_t start = 0;
  for (size_t dot = 0; dot != std::string_view::npos; start = dot + 1) {
    dot = quad.find('.', start);
    const size_t end = dot == std::string_view::npos ? quad.size() : dot;
    parts += end - start >= 2;
  }
  return parts;
}

bool HasIpContext(const ScanText& text, size_t b, size_t e) {
  return text.HasContext(b, e,
                         {"ip", "ip-adres", "ipadres", "ip-adressen", "adresse ip", "ip address",
                          "ipv4", "ipv6", "server", "host", "router", "gateway", "dns", "subnet",
                          "netwerk", "réseau", "network", "firewall", "vpn"});
}

class IpAddressRecognizer : public Recognizer {
 public:
  std::string_view Type() const override { return "IP_ADDRESS"; }

  void Find(const ScanText& text, std::vector<Finding>& out) const override {
    const std::string_view t = text.text();
    // An IPv4 address holds three dots, an IPv6 address two colons or more.
    const std::span<const ByteSpan> v4_windows =
        KeepWindows(text.DigitWindows(kDigitMargin, kMinDigits),
                    [&](ByteSpan w) { return CountIn(t, w, IsDot) >= 3; });
    std::vector<ByteSpan> v6_runs = text.RunsAround(':', IsIpv6Byte);
    std::erase_if(v6_runs, [&](ByteSpan r) { return CountIn(t, r, IsColon) < 2; });
    ForEachMatchIn(v4_, t, v4_windows, DigitByte{}, [&](size_t b, size_t e) {
      if (!StandsAlone(t, b, e)) return;
      // Version, article and section numbers look like addresses ("versie 1.2.10.4", "firmware
      // 3.10.2.41", "update naar client 7.2.4.112"), unless the address is named as one.
      if (text.HasContext(
              b, b,
              {"versie",    "version",   "v",       "art",       "artikel", "article",  "artikels",
               "hoofdstuk", "chapitre",  "chapter", "paragraaf", "punt",    "sectie",   "section",
               "build",     "release",   "§",       "firmware",  "update",  "upgrade",  "patch",
               "driver",    "bios",      "agent",   "client",    "app",     "software", "rollback",
               "downgrade", "correctif", "hotfix",  "bugfix"},
              kNumberingWindow) &&
          !NamedAsAddress(text, b) && !ClientField(t, b)) {
        return;
      }
      const bool context = HasIpContext(text, b, e);
      const std::string_view quad = t.substr(b, e - b);
      // Without a context word, a quad of mostly one-digit parts is a version ("6.2.0.11",
      // "2.14.0.7"): addresses people quote have two parts of two digits or more; one of only
      // one-digit parts is a version even beside one ("WebForm Pro 4.1.7.2 ... IP 45.155.205.233").
      if (MultiDigitParts(quad) < (context ? 1 : 2)) return;
      // An example is named as one: "voorbeeld: 192.0.2.14", "zie de handleiding".
      auto example = [&] {
        return text.HasContext(b, e, {"voorbeeld",   "bijvoorbeeld", "bv",
                                      "bijv",        "voorbeelden",  "voorbeeldwaarden",
                                      "example",     "examples",     "exemple",
                                      "exemples",    "par exemple",  "e.g",
                                      "cf",          "sample",       "handleiding",
                                      "manual",      "documentatie", "documentation",
                                      "doc",         "wiki",         "syntax",
                                      "syntaxe",     "config",       "template",
                                      "sjabloon",    "fictief",      "fictif",
                                      "dummy",       "placeholder",  "rfc",
                                      "testomgeving"});
      };
      if (AddressesNoUser(quad, example) || IsNetwork(text, b, e) || Infrastructure(t, b) ||
          InUrl(t, b) || InRange(t, b, e)) {
        return;
      }
      out.push_back({"IP_ADDRESS", b, e, ContextScore(kBaseScore, kContextBoost, context)});
    });
    ForEachMatchIn(v6_, t, v6_runs, IsColon, [&](size_t b, size_t e) {
      if (!ClearBefore(t, b) || !ClearAfter(t, e)) return;
      const std::string candidate(t.substr(b, e - b));
      in6_addr addr;
      if (inet_pton(AF_INET6, candidate.c_str(), &addr) != 1) return;
      int groups = 0;
      for (size_t i = 0; i < candidate.size(); ++i) {
        groups += candidate[i] != ':' && (i == 0 || candidate[i - 1] == ':');
      }
      if (groups < 3) return;
      out.push_back(
          {"IP_ADDRESS", b, e, ContextScore(kBaseScore, kContextBoost, HasIpContext(text, b, e))});
    });
  }

 private:
  // A log's or a report's field of the connecting machine right before `b`: "client=10.14.2.88",
  // "Client: 10.0.8.21"; a software client's version is written after the word, no '=' or ':'
  // ("update naar client 7.2.4.112"), and its one-digit parts keep it out anyway.
  static bool ClientField(std::string_view t, size_t b) {
    size_t p = b;
    while (p > 0 && t[p - 1] == ' ') --p;
    if (p == 0 || (t[p - 1] != '=' && t[p - 1] != ':')) return false;
    --p;
    while (p > 0 && t[p - 1] == ' ') --p;  // French spacing: "Client : 10.0.8.21"
    constexpr std::string_view kClient = "client";
    if (p < kClient.size()) return false;
    for (size_t i = 0; i < kClient.size(); ++i) {
      if (LowerAscii(t[p - kClient.size() + i]) != kClient[i]) return false;
    }
    return p == kClient.size() || !IsWordByte(t[p - kClient.size() - 1]);
  }

  // An address right after the name of a network's own machine ("gateway 10.24.0.1", "DNS-server
  // 10.24.0.10", "Default Gateway . . . . . : 172.16.84.1"): the organisation's, no user's. Not
  // someone's own ("zijn eigen server 81.164.22.9", "thuis server ...").
  static bool Infrastructure(std::string_view t, size_t b) {
    size_t end = b;
    while (end > 0 && b - end < kLeader &&
           (t[end - 1] == ' ' || t[end - 1] == '.' || t[end - 1] == ':' || t[end - 1] == '\t')) {
      --end;
    }
    auto word_before = [&](size_t e) {
      size_t begin = e;
      while (begin > 0 && e - begin < 12 && (IsWordByte(t[begin - 1]) || t[begin - 1] == '-')) {
        --begin;
      }
      std::string word(t.substr(begin, e - begin));
      for (char& c : word) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      return std::pair{word, begin};
    };
    const auto [machine, begin] = word_before(end);
    bool listed = false;
    for (std::string_view m :
         {"gateway",    "router",     "dns",        "dns-server", "nameserver", "proxy",
          "server",     "serveur",    "passerelle", "firewall",   "webserver",  "mailserver",
          "fileserver", "database",   "smtp",       "ntp",        "ldap",       "endpoint",
          "printer",    "imprimante", "nas",        "switch"}) {
      listed = listed || machine == m;
    }
    if (!listed) return false;
    size_t p = begin;
    while (p > 0 && t[p - 1] == ' ') --p;
    const std::string owner = word_before(p).first;
    for (std::string_view own : {"zijn", "haar", "mijn", "eigen", "thuis", "thuisserver", "my",
                                 "his", "her", "own", "home", "mon", "son", "sa", "ma"}) {
      if (owner == own) return false;
    }
    return true;
  }

  // A web address's host ("https://10.20.1.40:8443/admin") is a service's, no user's.
  static bool InUrl(std::string_view t, size_t b) { return b >= 3 && t.substr(b - 3, 3) == "://"; }

  // Either end of a range of addresses ("172.16.40.1 tot 172.16.40.254", "10.1.1.10-10.1.1.99"):
  // a pool handed out, no one's device. Both ends share their first two parts; a connection from
  // one address to another ("de 81.82.203.17 à 10.20.1.5") or a log time before a dash ("14.32 -
  // 81.82.203.17") is none.
  bool InRange(std::string_view t, size_t b, size_t e) const {
    const std::string_view quad = t.substr(b, e - b);
    const std::string_view own_prefix = quad.substr(0, quad.find('.', quad.find('.') + 1));
    re2::StringPiece other;
    const size_t from = b > kRangeReach ? b - kRangeReach : 0;
    return (RE2::PartialMatch(t.substr(e, kRangeReach), range_after_, &other) &&
            std::string_view(other.data(), other.size()) == own_prefix) ||
           (RE2::PartialMatch(t.substr(from, b - from), range_before_, &other) &&
            std::string_view(other.data(), other.size()) == own_prefix);
  }

  // A network, not a device: "10.40.0.0", "192.168.12.0/24", or a last part of 0 not named as an
  // address ("database 19.3.0.0"). Hosts of /24 networks never end in 0, hosts of larger ones
  // seldom ("IP-adres 84.194.12.0" stays).
  static bool IsNetwork(const ScanText& text, size_t b, size_t e) {
    const std::string_view quad = text.text().substr(b, e - b);
    if (quad.ends_with(".0.0")) return true;
    const bool prefix_after = e < text.text().size() && text.text()[e] == '/';
    return quad.ends_with(".0") && (prefix_after || !NamedAsAddress(text, b));
  }

  // An IP word before `b` in its own sentence, within kNamedWindow bytes ("My home IP as shown by
  // the client: 81.164.23.198"; not "Het IP-beleid is herzien. Installeer driver 10.2.3.4").
  static bool NamedAsAddress(const ScanText& text, size_t b) {
    const std::string_view t = text.text();
    size_t window = std::min(b, kNamedWindow);
    const size_t stop = t.substr(b - window, window).find_last_of(".;\n");
    if (stop != std::string_view::npos) window -= stop + 1;
    return text.HasContextBefore(b, {"ip", "ip-adres", "ipadres", "adresse ip", "ipv4"}, window);
  }

  const RE2 v4_{R"(\b(?:(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])\.){3})"
                R"((?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])\b)"};
  static constexpr size_t kRangeReach = 40;
  // The other end's first two parts are captured.
  const RE2 range_after_{
      R"(^\s*(?:-|–|tot(?: en met)?|t/m|through|jusqu'à)\s*(\d{1,3}\.\d{1,3})\.\d{1,3}\.\d)"};
  const RE2 range_before_{
      R"((?:^|[^\d.])(\d{1,3}\.\d{1,3})\.\d{1,3}\.\d{1,3}\s*(?:-|–|tot(?: en met)?|t/m|through|jusqu'à)\s*$)"};
  const RE2 v6_{R"((?i)(?:[0-9a-f]{0,4}:){2,7}[0-9a-f]{0,4})"};
};

}  // namespace

std::unique_ptr<Recognizer> NewIpAddressRecognizer() {
  return std::make_unique<IpAddressRecognizer>();
}

}  // namespace vermeld
