#include "core/detect/ip_address_recognizer.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "core/detect/test_util.h"

namespace vermeld {
namespace {

using test_util::Hits;
using test_util::Texts;
using ::testing::ElementsAre;

class IpAddressTest : public ::testing::Test {
 protected:
  std::unique_ptr<Recognizer> r_ = NewIpAddressRecognizer();
};

TEST_F(IpAddressTest, FindsIpv4AndIpv6) {
  EXPECT_THAT(Texts(*r_, "De login kwam van 81.82.203.17."), ElementsAre("81.82.203.17"));
  EXPECT_THAT(Texts(*r_, "IP-adres 192.168.1.10, poort 443"), ElementsAre("192.168.1.10"));
  EXPECT_THAT(Texts(*r_, "adresse IP 2001:db8:85a3::8a2e:370:7334 bloquée"),
              ElementsAre("2001:db8:85a3::8a2e:370:7334"));
  EXPECT_THAT(Texts(*r_, "host fe80:0:0:0:202:b3ff:fe1e:8329"),
              ElementsAre("fe80:0:0:0:202:b3ff:fe1e:8329"));
}

TEST_F(IpAddressTest, ContextRaisesScore) {
  const auto plain = Hits(*r_, "van 81.82.203.17 kwam");
  const auto ctx = Hits(*r_, "IP 81.82.203.17");
  ASSERT_EQ(plain.size(), 1u);
  ASSERT_EQ(ctx.size(), 1u);
  EXPECT_GT(ctx[0].score, plain[0].score);
}

TEST_F(IpAddressTest, OutOfRangePartsAreNotAddresses) {
  EXPECT_TRUE(Hits(*r_, "81.82.256.17").empty());
  EXPECT_TRUE(Hits(*r_, "1.2.3.4.5 en 10.20.30.40.50").empty());
}

TEST_F(IpAddressTest, NumberingIsNotAnAddress) {
  for (const char* t : {"versie 10.2.15.3 is uit", "zie art. 5.1.2.3 van het decreet",
                        "hoofdstuk 12.4.1.2", "version 4.12.0.1", "v4.12.0.1",
                        "punt 1.2.3.4 van de agenda", "stap 1.2.3.4 volgt", "€ 1.250.000"}) {
    EXPECT_TRUE(Hits(*r_, t).empty()) << t;
  }
  // With an IP word a quad of mostly one-digit parts counts; one of only one-digit parts does not.
  EXPECT_EQ(Hits(*r_, "server op 81.2.3.4").size(), 1u);
  EXPECT_TRUE(Hits(*r_, "server op 1.2.3.4").empty());
}

TEST_F(IpAddressTest, SoftwareVersionsAreNotAddresses) {
  for (const char* t : {"firmware 3.10.2.41 -> 3.10.2.45", "de update naar client 7.2.4.112",
                        "agent 8.0.0.255 geïnstalleerd", "correctif 2.10.45.4 reçu",
                        "hotfix 10.14.22.187 uitgerold"}) {
    EXPECT_TRUE(Hits(*r_, t).empty()) << t;
  }
  EXPECT_THAT(Texts(*r_, "IP-adres van de client 10.0.0.12"), ElementsAre("10.0.0.12"));
  EXPECT_THAT(Texts(*r_, "My home IP as shown by the client: 81.164.23.198."),
              ElementsAre("81.164.23.198"));
  // An IP word in an earlier sentence names nothing here.
  EXPECT_TRUE(
      Texts(*r_, "Het IP-beleid is herzien. Installeer nu driver 10.2.3.4 op alle pc's.").empty());
  // Mostly one-digit parts without a context word: a version.
  EXPECT_TRUE(Texts(*r_, "printerdriver 6.2.0.11 teruggezet, build 2.14.0.7").empty());
  // Only one-digit parts: a version even beside an IP word.
  EXPECT_THAT(Texts(*r_, "Le fournisseur (WebForm Pro 4.1.7.2) voit l'IP 45.155.205.233."),
              ElementsAre("45.155.205.233"));
  EXPECT_THAT(Texts(*r_, "de login kwam van 10.0.0.12"), ElementsAre("10.0.0.12"));
  // A log's client field holds the connecting machine's address; a client's version is no
  // address even so.
  EXPECT_THAT(Texts(*r_,
                    "14:22:07 ERROR [export] client=10.14.2.88 user=svc_payroll\n"
                    "Client: 10.0.8.21\nclient: 7.2.4.112"),
              ElementsAre("10.14.2.88", "10.0.8.21"));
  EXPECT_THAT(Texts(*r_, "mise à jour du client VPN vers 4.1.7.\nClient : 10.0.8.21"),
              ElementsAre("10.0.8.21"));
}

TEST_F(IpAddressTest, SubnetMasksNetworksAndTheUnspecifiedAddressAreNotAddresses) {
  EXPECT_THAT(Texts(*r_, "IP-adres 10.12.4.20, subnetmasker 255.255.252.0, gateway 10.12.4.1"),
              ElementsAre("10.12.4.20"));
  EXPECT_TRUE(Texts(*r_, "masque 255.255.255.0 ou 255.0.0.0; listen 0.0.0.0").empty());
  EXPECT_TRUE(Texts(*r_, "server app-02 (database 19.3.0.0), netwerk 192.168.12.0/24").empty());
  EXPECT_TRUE(Texts(*r_, "IP-adres van het netwerk: 10.40.0.0 of 192.168.12.0/24").empty());
  // Named as an address, a last part of 0 is a host of a larger network.
  EXPECT_THAT(Texts(*r_, "Jan: IP-adres 84.194.12.0 bij de inlog"), ElementsAre("84.194.12.0"));
  // Not a mask: its ones are not contiguous.
  EXPECT_THAT(Texts(*r_, "van 128.0.255.8"), ElementsAre("128.0.255.8"));
}

TEST_F(IpAddressTest, TheNetworksOwnMachinesAreNoUsersAddresses) {
  EXPECT_TRUE(Texts(*r_, "De gateway 10.24.0.1 blokt ICMP; DNS-server 10.24.0.10.").empty());
  EXPECT_TRUE(Texts(*r_, "Default Gateway . . . . . . . . . : 192.168.1.1").empty());
  // Someone's own machine.
  EXPECT_THAT(Texts(*r_, "Jan thuis bereikbaar via zijn eigen server 81.164.22.9 (Plex)"),
              ElementsAre("81.164.22.9"));
  EXPECT_THAT(Texts(*r_, "ipconfig zegt 10.24.61.118, proxy 10.20.0.15"),
              ElementsAre("10.24.61.118"));
  EXPECT_TRUE(Texts(*r_, "Our API endpoint: 185.12.64.10 (status page green)").empty());
  EXPECT_TRUE(Texts(*r_, "Printer 2e verdieping, printer: 10.20.4.31").empty());
}

TEST_F(IpAddressTest, AddressesOfNoUsersDeviceAreNotReported) {
  for (const char* t :
       {"IP-adres 127.0.0.1 (localhost)", "voorbeeld: IP-adres 192.0.2.14 of 203.0.113.7",
        "ip 198.51.100.23 in de handleiding", "DNS op 1.1.1.1 of 9.9.9.9 zetten",
        "multicast IP 239.1.2.3", "rollback vers 10.4.1.97 lancé"}) {
    EXPECT_TRUE(Hits(*r_, t).empty()) << t;
  }
  EXPECT_THAT(Texts(*r_, "IP-adres 192.0.3.14 bij de inlog"), ElementsAre("192.0.3.14"));
  // A documentation network's address stands for a device's in a report that names no example.
  EXPECT_THAT(Texts(*r_, "Aanmeldpogingen vanaf 198.51.100.203 om 14:02, geblokkeerd."),
              ElementsAre("198.51.100.203"));
  EXPECT_THAT(Texts(*r_, "Cf. 203.0.113.5 dans la doc. Sample config: ip 192.0.2.1 netmask"),
              ::testing::IsEmpty());
}

TEST_F(IpAddressTest, WebAddressesAndRangesAreNoUsersAddresses) {
  for (const char* t :
       {"Surf naar https://10.20.1.40:8443/admin", "DHCP deelt 172.16.40.10 tot 172.16.40.254 uit",
        "pool 10.1.1.10-10.1.1.99 vrij", "plage IP 10.0.0.100 – 10.0.0.200"}) {
    EXPECT_TRUE(Hits(*r_, t).empty()) << t;
  }
  EXPECT_THAT(Texts(*r_, "inlog van 81.82.203.17 - daarna geblokkeerd"),
              ElementsAre("81.82.203.17"));
  // A connection from one address to another, a log time before a dash.
  EXPECT_THAT(Texts(*r_, "Connexion de 81.82.203.17 à 10.20.1.5 par Marc"),
              ElementsAre("81.82.203.17", "10.20.1.5"));
  EXPECT_THAT(Texts(*r_, "14.32 - 81.82.203.17 - aanmelding door Jan"),
              ElementsAre("81.82.203.17"));
}

TEST_F(IpAddressTest, TimesAndOtherColonTextIsNotIpv6) {
  for (const char* t : {"om 10:30:00 uur", "std::vector<int>", "ratio 3:2:1", "Note: a:b:c"}) {
    EXPECT_TRUE(Hits(*r_, t).empty()) << t;
  }
}

}  // namespace
}  // namespace vermeld
