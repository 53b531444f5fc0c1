// The network defences of docs/security.md, checked against the real binary: TLS 1.2+ only,
// no plain HTTP, loopback only, and no answers to a rebound host name.
#include <arpa/inet.h>
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <ifaddrs.h>
#include <netinet/in.h>
#include <openssl/ssl.h>
#include <sys/socket.h>
#include <unistd.h>

#include <optional>
#include <string>

#include "shared_service_test.h"

namespace vermeld::testing {
namespace {

using SecurityTest = SharedServiceTest;

// A TCP connection to address:port, or -1.
int Connect(in_addr_t address, int port) {
  const int fd = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_addr.s_addr = address;
  addr.sin_port = htons(static_cast<uint16_t>(port));
  if (connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0) {
    close(fd);
    return -1;
  }
  return fd;
}

// A TLS connection with exactly `version` that sends `request` and returns the start of the
// answer, or nullopt when the handshake fails. The client allows every cipher and protocol
// (security level 0) and verifies nothing, so a failed handshake is the server's refusal and a
// Host header is sent exactly as given.
std::optional<std::string> Exchange(int port, int version, const std::string& request) {
  SSL_CTX* ctx = SSL_CTX_new(TLS_client_method());
  SSL_CTX_set_security_level(ctx, 0);
  SSL_CTX_set_min_proto_version(ctx, version);
  SSL_CTX_set_max_proto_version(ctx, version);
  SSL_CTX_set_cipher_list(ctx, "ALL:@SECLEVEL=0");
  const int fd = Connect(htonl(INADDR_LOOPBACK), port);
  SSL* ssl = SSL_new(ctx);
  SSL_set_fd(ssl, fd);
  std::optional<std::string> answer;
  if (fd >= 0 && SSL_connect(ssl) == 1 && SSL_version(ssl) == version) {
    answer.emplace();
    char buf[512];
    if (!request.empty() && SSL_write(ssl, request.data(), static_cast<int>(request.size())) > 0) {
      const int n = SSL_read(ssl, buf, sizeof buf);
      if (n > 0) answer->assign(buf, n);
    }
  }
  SSL_free(ssl);
  if (fd >= 0) close(fd);
  SSL_CTX_free(ctx);
  return answer;
}

bool HandshakeSucceeds(int port, int version) { return Exchange(port, version, "").has_value(); }

TEST_F(SecurityTest, OnlyTls12AndNewerAreAccepted) {
  EXPECT_FALSE(HandshakeSucceeds(service_->port(), TLS1_VERSION));
  EXPECT_FALSE(HandshakeSucceeds(service_->port(), TLS1_1_VERSION));
  EXPECT_TRUE(HandshakeSucceeds(service_->port(), TLS1_2_VERSION));
  EXPECT_TRUE(HandshakeSucceeds(service_->port(), TLS1_3_VERSION));
}

TEST_F(SecurityTest, PlainHttpGetsNoAnswer) {
  const int fd = Connect(htonl(INADDR_LOOPBACK), service_->port());
  ASSERT_GE(fd, 0);
  const std::string request = "GET /health HTTP/1.1\r\nHost: localhost\r\n\r\n";
  ASSERT_EQ(write(fd, request.data(), request.size()), static_cast<ssize_t>(request.size()));
  timeval timeout{5, 0};
  setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
  char buf[512];
  const ssize_t n = read(fd, buf, sizeof buf);
  close(fd);
  EXPECT_EQ(std::string(buf, n > 0 ? n : 0).find("\"status\""), std::string::npos);
}

// The first IPv4 address of this machine that is not loopback, if any.
std::optional<in_addr_t> OtherAddress() {
  ifaddrs* list = nullptr;
  if (getifaddrs(&list) != 0) return std::nullopt;
  std::optional<in_addr_t> found;
  for (ifaddrs* i = list; i && !found; i = i->ifa_next) {
    if (!i->ifa_addr || i->ifa_addr->sa_family != AF_INET) continue;
    const in_addr_t a = reinterpret_cast<sockaddr_in*>(i->ifa_addr)->sin_addr.s_addr;
    if ((ntohl(a) >> 24) != 127) found = a;
  }
  freeifaddrs(list);
  return found;
}

TEST_F(SecurityTest, ListensOnLoopbackOnly) {
  const int fd = Connect(htonl(INADDR_LOOPBACK), service_->port());
  EXPECT_GE(fd, 0);
  if (fd >= 0) close(fd);
  const auto other = OtherAddress();
  if (!other) GTEST_SKIP() << "this machine has no non-loopback IPv4 address to try";
  EXPECT_EQ(Connect(*other, service_->port()), -1) << "reachable from the network";
}

TEST_F(SecurityTest, ReboundHostNameIsRefused) {
  const std::string port = std::to_string(service_->port());
  auto get = [&](const std::string& host) {
    return Exchange(
               service_->port(), TLS1_2_VERSION,
               "GET /api/v1/policy HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
        .value_or("");
  };
  EXPECT_THAT(get("attacker.example:" + port), ::testing::StartsWith("HTTP/1.1 403"));
  EXPECT_THAT(get("localhost:" + port), ::testing::StartsWith("HTTP/1.1 200"));
}

TEST_F(SecurityTest, ForeignOriginCannotDriveTheAiRoutes) {
  for (const char* route : {"/api/v1/disclose", "/api/v1/provenance", "/api/v1/analyze"}) {
    const auto r = service_->Request(
        "POST", route, R"({"text": "x", "tool": "chatgpt"})",
        {{"Content-Type", "application/json"}, {"Origin", "https://evil.example"}});
    EXPECT_EQ(r.status, 403) << route;
    EXPECT_EQ(r.headers.count("access-control-allow-origin"), 0u) << route;
  }
}

}  // namespace
}  // namespace vermeld::testing
