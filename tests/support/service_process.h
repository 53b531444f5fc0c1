// Starts the real `vermeld serve` binary on a free port with a fresh data directory, and talks
// HTTPS to it trusting the CA it generated -- the way Office would, after the user trusted it.
#pragma once

#include <sys/types.h>

#include <map>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace vermeld::testing {

struct HttpResult {
  int status = 0;
  std::map<std::string, std::string> headers;  // lower-case names
  std::string body;
  nlohmann::json Json() const { return nlohmann::json::parse(body); }
};

class ServiceProcess {
 public:
  // extra_args are added after `serve --port N --data-dir DIR`.
  explicit ServiceProcess(std::vector<std::string> extra_args = {}, std::string data_dir = "");
  ~ServiceProcess();

  // Waits until the service prints its listening line; returns false (with output()) if it
  // exited or took longer than timeout_seconds.
  bool WaitUntilListening(int timeout_seconds = 30);
  // Sends SIGTERM (or another signal) and returns the exit status (-1 if it had to be killed).
  int Stop(int signal = 15);

  HttpResult Request(const std::string& method, const std::string& path,
                     const std::string& body = "",
                     std::map<std::string, std::string> headers = {}) const;
  HttpResult PostJson(const std::string& path, const nlohmann::json& body) const;

  int port() const { return port_; }
  const std::string& data_dir() const { return data_dir_; }
  std::string base_url() const { return "https://localhost:" + std::to_string(port_); }
  // Everything the process wrote to stdout and stderr so far.
  std::string output();
  pid_t pid() const { return pid_; }

 private:
  void Drain(int timeout_ms);

  int port_ = 0;
  std::string data_dir_;
  bool own_data_dir_ = false;
  pid_t pid_ = -1;
  int out_fd_ = -1;
  std::string output_;
};

// Path of the vermeld binary under test (from the build).
std::string VermeldBinary();
// A new empty temporary directory.
std::string MakeTempDir(const std::string& prefix);

}  // namespace vermeld::testing
