#include "service_process.h"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cpprest/http_client.h>
#include <boost/asio/ssl.hpp>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <stdexcept>
#include <thread>

#include "http/listener.h"

namespace vermeld::testing {

namespace fs = std::filesystem;

std::string VermeldBinary() { return VERMELD_BIN; }

std::string MakeTempDir(const std::string& prefix) {
  std::string pattern = (fs::temp_directory_path() / (prefix + "-XXXXXX")).string();
  if (!mkdtemp(pattern.data())) throw std::runtime_error("mkdtemp failed");
  return pattern;
}

ServiceProcess::ServiceProcess(std::vector<std::string> extra_args, std::string data_dir)
    : port_(FindFreePort()), data_dir_(std::move(data_dir)) {
  if (data_dir_.empty()) {
    data_dir_ = MakeTempDir("vermeld-it");
    own_data_dir_ = true;
  }
  std::vector<std::string> args = {VermeldBinary(),       "serve",      "--port",
                                   std::to_string(port_), "--data-dir", data_dir_};
  args.insert(args.end(), extra_args.begin(), extra_args.end());
  int pipe_fds[2];
  if (pipe(pipe_fds) != 0) throw std::runtime_error("pipe failed");
  pid_ = fork();
  if (pid_ == 0) {
    dup2(pipe_fds[1], 1);
    dup2(pipe_fds[1], 2);
    close(pipe_fds[0]);
    close(pipe_fds[1]);
    std::vector<char*> argv;
    for (auto& a : args) argv.push_back(a.data());
    argv.push_back(nullptr);
    execv(argv[0], argv.data());
    _exit(127);
  }
  close(pipe_fds[1]);
  out_fd_ = pipe_fds[0];
  fcntl(out_fd_, F_SETFL, O_NONBLOCK);
}

ServiceProcess::~ServiceProcess() {
  Stop(SIGKILL);
  if (out_fd_ >= 0) close(out_fd_);
  if (own_data_dir_) {
    std::error_code ec;
    fs::remove_all(data_dir_, ec);
  }
}

void ServiceProcess::Drain(int timeout_ms) {
  pollfd p{out_fd_, POLLIN, 0};
  if (poll(&p, 1, timeout_ms) <= 0) return;
  char buf[4096];
  for (ssize_t n; (n = read(out_fd_, buf, sizeof buf)) > 0;) output_.append(buf, n);
}

std::string ServiceProcess::output() {
  Drain(0);
  return output_;
}

bool ServiceProcess::WaitUntilListening(int timeout_seconds) {
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(timeout_seconds);
  const std::string line = "vermeld listening on https://127.0.0.1:" + std::to_string(port_);
  while (std::chrono::steady_clock::now() < deadline) {
    Drain(100);
    if (output_.find(line) != std::string::npos) return true;
    int status;
    if (waitpid(pid_, &status, WNOHANG) == pid_) {
      Drain(0);
      pid_ = -1;
      return false;
    }
  }
  return false;
}

int ServiceProcess::Stop(int signal) {
  if (pid_ <= 0) return -1;
  kill(pid_, signal);
  int status = 0;
  for (int i = 0; i < 300; ++i) {
    if (waitpid(pid_, &status, WNOHANG) == pid_) {
      pid_ = -1;
      Drain(0);
      return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
  kill(pid_, SIGKILL);
  waitpid(pid_, &status, 0);
  pid_ = -1;
  return -1;
}

HttpResult ServiceProcess::Request(const std::string& method, const std::string& path,
                                   const std::string& body,
                                   std::map<std::string, std::string> headers) const {
  web::http::client::http_client_config config;
  config.set_timeout(std::chrono::seconds(30));
  const std::string ca = data_dir_ + "/ca.crt";
  config.set_ssl_context_callback(
      [ca](boost::asio::ssl::context& ctx) { ctx.load_verify_file(ca); });
  web::http::client::http_client client(base_url(), config);
  web::http::http_request req(method);
  req.set_request_uri(path);
  const std::string type = headers.count("Content-Type") ? headers["Content-Type"] : "";
  headers.erase("Content-Type");
  for (const auto& [k, v] : headers) req.headers().add(k, v);
  if (!body.empty() || !type.empty()) {
    req.set_body(std::vector<unsigned char>(body.begin(), body.end()));
    if (!type.empty()) req.headers().set_content_type(type);
  }
  auto response = client.request(req).get();
  HttpResult result;
  result.status = response.status_code();
  for (const auto& [k, v] : response.headers()) {
    std::string lower = k;
    for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    result.headers[lower] = v;
  }
  auto bytes = response.extract_vector().get();
  result.body.assign(bytes.begin(), bytes.end());
  return result;
}

HttpResult ServiceProcess::PostJson(const std::string& path, const nlohmann::json& body) const {
  return Request("POST", path, body.dump(), {{"Content-Type", "application/json"}});
}

}  // namespace vermeld::testing
