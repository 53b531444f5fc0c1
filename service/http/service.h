// The running vermeld service: policy, engines, store, router and HTTPS listener, wired once.
#pragma once

#include <memory>
#include <ostream>
#include <string>

#include "core/policy/policy_source.h"
#include "http/listener.h"
#include "http/router.h"
#include "http/service_context.h"
#include "store/store.h"

namespace vermeld {

struct ServeOptions {
  std::string data_dir;     // created (mode 0700) when absent
  int port = 8443;          // 0 = any free port
  std::string policy_path;  // empty = built-in default policy
  std::string addin_dir = VERMELD_ADDIN_DIR;
  std::string manifest_dir = VERMELD_MANIFEST_DIR;
  std::string data_files_dir = VERMELD_DATA_DIR;  // name lists etc.
};

// Thrown when the service cannot start; the message says what to fix.
class StartupError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

class Service {
 public:
  // Loads the policy, data files, store and certificates; writes what it does to `log`.
  Service(ServeOptions options, std::ostream& log);
  ~Service();

  // Starts listening; prints "vermeld listening on https://127.0.0.1:N".
  void Start();
  // Finishes requests in flight, then closes the listener and the store.
  void Stop();
  // Re-reads the policy file; a bad file keeps the last good policy (and says so in the log).
  void ReloadPolicy();
  int port() const { return port_; }

 private:
  ServeOptions options_;
  std::ostream& log_;
  int port_;
  std::unique_ptr<PolicySource> policy_;
  std::unique_ptr<Store> store_;
  std::unique_ptr<LedgerStore> ledger_store_;
  LedgerIndex ledger_;
  ServiceContext ctx_;
  std::unique_ptr<Router> router_;
  std::unique_ptr<HttpsServer> server_;
};

}  // namespace vermeld
