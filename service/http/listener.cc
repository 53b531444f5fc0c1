#include "http/listener.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cpprest/http_listener.h>
#include <cpprest/producerconsumerstream.h>
#include <boost/asio/ssl.hpp>
#include <chrono>
#include <stdexcept>
#include <thread>

namespace vermeld {
namespace {

namespace http = web::http;
using web::http::experimental::listener::http_listener;
using web::http::experimental::listener::http_listener_config;

Request ToRequest(const http::http_request& req, std::vector<unsigned char> body) {
  Request out;
  out.method = req.method();
  const web::uri& uri = req.relative_uri();
  out.path = web::uri::decode(uri.path());
  for (const auto& [k, v] : web::uri::split_query(uri.query())) {
    out.query[web::uri::decode(k)] = web::uri::decode(v);
  }
  for (const auto& [name, value] : req.headers()) {
    std::string lower = name;
    for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    out.headers[lower] = value;
  }
  out.body.assign(body.begin(), body.end());
  return out;
}

void Reply(http::http_request req, Response response) {
  http::http_response reply(static_cast<http::status_code>(response.status));
  for (const auto& [name, value] : response.headers) reply.headers().add(name, value);
  if (!response.stream) {
    const auto type = response.headers.count("Content-Type")
                          ? response.headers["Content-Type"]
                          : std::string("application/octet-stream");
    reply.set_body(std::move(response.body), type);
    req.reply(reply);
    return;
  }
  concurrency::streams::producer_consumer_buffer<uint8_t> buffer;
  reply.set_body(buffer.create_istream());
  req.reply(reply);
  response.stream([&buffer](const std::string& chunk) {
    try {
      buffer.putn_nocopy(reinterpret_cast<const uint8_t*>(chunk.data()), chunk.size()).wait();
      buffer.sync().wait();
      return true;
    } catch (const std::exception&) {
      return false;  // client went away
    }
  });
  buffer.close(std::ios_base::out).wait();
}

}  // namespace

HttpsServer::HttpsServer(const Router& router, TlsFiles tls)
    : router_(router), tls_(std::move(tls)) {}

HttpsServer::~HttpsServer() {
  if (listener_) Stop(0);
}

void HttpsServer::Start(int port) {
  http_listener_config config;
  config.set_timeout(std::chrono::seconds(60));
  const TlsFiles tls = tls_;
  config.set_ssl_context_callback([tls](boost::asio::ssl::context& ctx) {
    ctx.set_options(boost::asio::ssl::context::default_workarounds |
                    boost::asio::ssl::context::no_sslv2 | boost::asio::ssl::context::no_sslv3 |
                    boost::asio::ssl::context::no_tlsv1 | boost::asio::ssl::context::no_tlsv1_1 |
                    boost::asio::ssl::context::single_dh_use);
    ctx.use_certificate_chain_file(tls.cert);
    ctx.use_private_key_file(tls.key, boost::asio::ssl::context::pem);
  });
  listener_ = std::make_unique<http_listener>(web::uri("https://127.0.0.1:" + std::to_string(port)),
                                              config);
  const Router& router = router_;
  auto in_flight = in_flight_;
  auto handle = [&router, in_flight](http::http_request req) {
    ++*in_flight;
    const size_t limit = router.limits().max_body_bytes;
    // Refuse an announced oversized body before reading it.
    if (req.headers().has("Content-Length") && req.headers().content_length() > limit) {
      Response r = JsonError(413, "body_too_large",
                             "request body has " + std::to_string(req.headers().content_length()) +
                                 " bytes; the limit is " + std::to_string(limit));
      r.headers["Connection"] = "close";
      Reply(req, std::move(r));
      --*in_flight;
      return;
    }
    req.extract_vector().then(
        [req, &router, in_flight](pplx::task<std::vector<unsigned char>> body_task) {
          try {
            Reply(req, router.Dispatch(ToRequest(req, body_task.get())));
          } catch (const std::exception&) {
            try {
              Reply(req, JsonError(400, "bad_request", "could not read the request"));
            } catch (const std::exception&) {
            }
          }
          --*in_flight;
        });
  };
  // cpprestsdk answers OPTIONS and TRACE itself unless they have their own handlers; our router
  // answers CORS preflights and refuses TRACE.
  listener_->support(handle);
  listener_->support(http::methods::OPTIONS, handle);
  listener_->support(http::methods::TRCE, handle);
  try {
    listener_->open().wait();
  } catch (const std::exception& e) {
    listener_.reset();
    throw std::runtime_error("cannot listen on https://127.0.0.1:" + std::to_string(port) + ": " +
                             e.what());
  }
}

void HttpsServer::Stop(int grace_seconds) {
  if (!listener_) return;
  try {
    listener_->close().wait();
  } catch (const std::exception&) {
  }
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(grace_seconds);
  while (*in_flight_ > 0 && std::chrono::steady_clock::now() < deadline) {
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  listener_.reset();
}

int FindFreePort() {
  const int fd = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  addr.sin_port = 0;
  socklen_t len = sizeof addr;
  if (fd < 0 || bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0 ||
      getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &len) != 0) {
    if (fd >= 0) close(fd);
    throw std::runtime_error("no free port on 127.0.0.1");
  }
  close(fd);
  return ntohs(addr.sin_port);
}

}  // namespace vermeld
