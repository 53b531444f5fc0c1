// An upstream that answers one request per connection without saying `Connection: close`, then
// closes the connection a moment later: what a vendor's server does when its keep-alive timeout
// ends (uvicorn and Node close idle connections after 5 s). A long request sent on such a pooled
// connection meets a reset while its body is written. Plain sockets, because an HTTP library
// would not misbehave on purpose.
#pragma once

#include <atomic>
#include <memory>
#include <string>
#include <thread>

namespace vermeld::testing {

class DroppingUpstream {
 public:
  DroppingUpstream();
  ~DroppingUpstream();

  std::string base_url() const;  // http://127.0.0.1:PORT/v1
  // Requests read and answered so far.
  int requests() const { return *requests_; }

 private:
  int listen_fd_ = -1;
  int port_ = 0;
  std::shared_ptr<std::atomic<int>> requests_ = std::make_shared<std::atomic<int>>(0);
  std::thread thread_;
};

}  // namespace vermeld::testing
