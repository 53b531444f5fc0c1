// The HTTPS listener: cpprestsdk on 127.0.0.1 only, TLS 1.2+, handing plain Requests to a Router.
#pragma once

#include <atomic>
#include <memory>
#include <string>

#include "http/router.h"
#include "http/tls.h"

namespace web::http::experimental::listener {
class http_listener;
}

namespace vermeld {

class HttpsServer {
 public:
  HttpsServer(const Router& router, TlsFiles tls);
  ~HttpsServer();

  // Binds https://127.0.0.1:port and starts serving. Throws std::runtime_error when the port
  // cannot be bound.
  void Start(int port);
  // Stops accepting, then waits (up to `grace_seconds`) for requests in flight to finish.
  void Stop(int grace_seconds = 10);

 private:
  const Router& router_;
  TlsFiles tls_;
  std::unique_ptr<web::http::experimental::listener::http_listener> listener_;
  std::shared_ptr<std::atomic<int>> in_flight_ = std::make_shared<std::atomic<int>>(0);
};

// A port that was free a moment ago on 127.0.0.1 (for --port 0 and tests).
int FindFreePort();

}  // namespace vermeld
