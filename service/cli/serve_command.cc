#include <malloc.h>
#include <signal.h>

#include <cstdlib>
#include <filesystem>
#include <iostream>

#include "cli/commands.h"
#include "http/service.h"

namespace vermeld::cli {
namespace {

namespace fs = std::filesystem;

std::string DefaultDataDir() {
  const char* home = std::getenv("HOME");
  return std::string(home ? home : ".") + "/.vermeld";
}

fs::file_time_type ModifiedAt(const std::string& path) {
  std::error_code ec;
  return path.empty() ? fs::file_time_type() : fs::last_write_time(path, ec);
}

}  // namespace

int RunServe(const Args& given) {
  Args args = given;
  ServeOptions options;
  options.data_dir = DefaultDataDir();
  std::string port;
  TakeOption(args, "--policy", options.policy_path);
  TakeOption(args, "--data-dir", options.data_dir);
  if (TakeOption(args, "--port", port)) {
    char* end = nullptr;
    const long p = std::strtol(port.c_str(), &end, 10);
    if (port.empty() || *end || p < 0 || p > 65535) {
      std::cerr << "vermeld: --port must be a number from 0 to 65535 (got '" << port << "')\n";
      return 2;
    }
    options.port = static_cast<int>(p);
  }
  if (!args.empty()) {
    std::cerr << "vermeld: unexpected argument '" << args[0] << "' (see vermeld help serve)\n";
    return 2;
  }

  // cpprestsdk runs about 40 pool threads; glibc would give each its own malloc arena, and the
  // freed memory they keep made RSS creep up under load (docs/reliability.md, soak). Two arenas
  // keep it flat at no measurable cost.
  mallopt(M_ARENA_MAX, 2);

  // Signals are taken synchronously by this thread; every service thread inherits the mask.
  sigset_t signals;
  sigemptyset(&signals);
  sigaddset(&signals, SIGINT);
  sigaddset(&signals, SIGTERM);
  sigaddset(&signals, SIGHUP);
  pthread_sigmask(SIG_BLOCK, &signals, nullptr);
  signal(SIGPIPE, SIG_IGN);

  try {
    Service service(options, std::cout);
    service.Start();
    auto policy_time = ModifiedAt(options.policy_path);
    for (;;) {
      timespec wait{2, 0};
      const int sig = sigtimedwait(&signals, nullptr, &wait);
      if (sig == SIGINT || sig == SIGTERM) break;
      const auto now = ModifiedAt(options.policy_path);
      if (sig == SIGHUP || now != policy_time) {
        policy_time = now;
        service.ReloadPolicy();
      }
    }
    std::cout << "vermeld: stopping (finishing requests in flight)" << std::endl;
    service.Stop();
    std::cout << "vermeld: stopped" << std::endl;
  } catch (const StartupError& e) {
    std::cerr << "vermeld: cannot start: " << e.what() << "\n";
    return 1;
  }
  return 0;
}

}  // namespace vermeld::cli
