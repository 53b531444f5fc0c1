#include "dropping_upstream.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <stdexcept>
#include <thread>

namespace vermeld::testing {
namespace {

// Reads one request (headers and a Content-Length body); false when the peer closed first.
bool ReadRequest(int fd) {
  std::string buffer;
  char chunk[4096];
  size_t header_end;
  while ((header_end = buffer.find("\r\n\r\n")) == std::string::npos) {
    const ssize_t n = recv(fd, chunk, sizeof chunk, 0);
    if (n <= 0) return false;
    buffer.append(chunk, static_cast<size_t>(n));
  }
  size_t length = 0;
  if (const size_t at = buffer.find("Content-Length: "); at < header_end) {
    length = std::strtoul(buffer.c_str() + at + 16, nullptr, 10);
  }
  while (buffer.size() < header_end + 4 + length) {
    const ssize_t n = recv(fd, chunk, sizeof chunk, 0);
    if (n <= 0) return false;
    buffer.append(chunk, static_cast<size_t>(n));
  }
  return true;
}

void Serve(int fd, std::shared_ptr<std::atomic<int>> requests) {
  const std::string body =
      R"({"id":"c","object":"chat.completion","created":0,"model":"m","choices":[{"index":0,)"
      R"("message":{"role":"assistant","content":"Een antwoord."},"finish_reason":"stop"}]})";
  const std::string reply =
      "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " +
      std::to_string(body.size()) + "\r\n\r\n" + body;
  if (ReadRequest(fd)) {
    ++*requests;
    // A moment of "thinking", so that calls made at once are in flight together and the client
    // opens a connection for each.
    std::this_thread::sleep_for(std::chrono::milliseconds(150));
    send(fd, reply.data(), reply.size(), MSG_NOSIGNAL);
    // Long enough for the client to read the answer and pool the connection.
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
  }
  close(fd);
}

}  // namespace

DroppingUpstream::DroppingUpstream() {
  listen_fd_ = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  socklen_t len = sizeof addr;
  if (listen_fd_ < 0 || bind(listen_fd_, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0 ||
      listen(listen_fd_, 16) != 0 ||
      getsockname(listen_fd_, reinterpret_cast<sockaddr*>(&addr), &len) != 0) {
    throw std::runtime_error("dropping upstream: cannot listen on 127.0.0.1");
  }
  port_ = ntohs(addr.sin_port);
  thread_ = std::thread([fd = listen_fd_, requests = requests_] {
    for (int conn; (conn = accept(fd, nullptr, nullptr)) >= 0;) {
      std::thread(Serve, conn, requests).detach();
    }
  });
}

DroppingUpstream::~DroppingUpstream() {
  shutdown(listen_fd_, SHUT_RDWR);  // ends accept()
  thread_.join();
  close(listen_fd_);
}

std::string DroppingUpstream::base_url() const {
  return "http://127.0.0.1:" + std::to_string(port_) + "/v1";
}

}  // namespace vermeld::testing
