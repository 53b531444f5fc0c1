#include "http/service.h"

#include <openssl/rand.h>
#include <sys/stat.h>

#include <filesystem>
#include <fstream>

#include "http/routes.h"
#include "http/tls.h"
#include "store/sqlite_ledger_store.h"

namespace vermeld {
namespace {

namespace fs = std::filesystem;

// The local token guarding DPO routes: 32 random bytes, hex, readable only by the user.
std::string EnsureToken(const fs::path& dir) {
  const fs::path file = dir / "token";
  std::ifstream in(file);
  std::string token;
  if (in >> token && token.size() == 64) return token;
  unsigned char raw[32];
  if (RAND_bytes(raw, sizeof raw) != 1) throw StartupError("cannot generate the local token");
  static const char* kHex = "0123456789abcdef";
  token.clear();
  for (unsigned char c : raw) {
    token += kHex[c >> 4];
    token += kHex[c & 15];
  }
  const mode_t old = umask(077);
  std::ofstream out(file, std::ios::trunc);
  umask(old);
  out << token << "\n";
  if (!out) throw StartupError("cannot write " + file.string());
  fs::permissions(file, fs::perms::owner_read | fs::perms::owner_write);
  return token;
}

// RE2 builds its automata on first use: about 30 ms over all recognizers, paid here at start
// rather than in the first check a user asks for.
void WarmUp(const PersonalDataDetector& detector) {
  constexpr std::string_view kSample =
      "Beste Jan Peeters, geboren op 3 maart 1980, Kerkstraat 12, 2000 Antwerpen. "
      "Tel. 0470 12 34 56, BE71 0961 2345 6769, jan.peeters@example.be. Vertrouwelijk.";
  detector.Detect(kSample, {});
  FindConfidentialMarkers(kSample, {});
}

}  // namespace

Service::Service(ServeOptions options, std::ostream& log)
    : options_(std::move(options)), log_(log), port_(options_.port) {
  std::error_code ec;
  fs::create_directories(options_.data_dir, ec);
  if (ec || !fs::is_directory(options_.data_dir)) {
    throw StartupError("cannot create data directory " + options_.data_dir + ": " + ec.message());
  }
  fs::permissions(options_.data_dir, fs::perms::owner_all, ec);

  policy_ = std::make_unique<PolicySource>(options_.policy_path);
  if (auto problems = policy_->Reload(); !problems.empty()) {
    std::string msg = "the policy file is not valid:";
    for (const auto& p : problems) msg += "\n  " + p.path + ": " + p.reason;
    throw StartupError(msg);
  }
  const auto policy = policy_->Current();
  log_ << "vermeld: policy of " << policy->organization
       << (options_.policy_path.empty() ? " (built-in default)" : " from " + options_.policy_path)
       << "\n";
  if (policy->ExpiredOn(TodayUtc())) {
    log_ << "vermeld: WARNING: this policy expired on " << policy->valid_until
         << "; the gateway refuses every request until a current policy is installed\n";
  }

  try {
    store_ = Store::Open((fs::path(options_.data_dir) / "vermeld.db").string());
    ledger_store_ = std::make_unique<SqliteLedgerStore>(*store_);
    ledger_.Load(*ledger_store_);
    ctx_.detector = PersonalDataDetector::Load(options_.data_files_dir);
    WarmUp(*ctx_.detector);
  } catch (const std::exception& e) {
    throw StartupError(e.what());
  }

  TlsFiles tls;
  try {
    tls = EnsureLocalCertificates(options_.data_dir);
  } catch (const std::exception& e) {
    throw StartupError(e.what());
  }
  if (tls.created) {
    log_ << "vermeld: created a local certificate authority: " << tls.ca_cert << "\n"
         << TrustInstructions(tls.ca_cert);
  } else {
    log_ << "vermeld: HTTPS certificate signed by " << tls.ca_cert
         << " (trust it once; see docs/deployment.md)\n";
  }

  if (port_ == 0) port_ = FindFreePort();
  ctx_.policy = policy_.get();
  ctx_.store = store_.get();
  ctx_.ledger = &ledger_;
  ctx_.ledger_store = ledger_store_.get();
  ctx_.origin = "https://localhost:" + std::to_string(port_);
  ctx_.addin_dir = options_.addin_dir;
  ctx_.manifest_dir = options_.manifest_dir;

  RouterLimits limits;
  limits.allowed_origins = {ctx_.origin, "https://127.0.0.1:" + std::to_string(port_)};
  limits.token = EnsureToken(options_.data_dir);
  router_ = std::make_unique<Router>(limits);
  AddHealthRoutes(*router_, ctx_);
  AddAnalyzeRoutes(*router_, ctx_);
  AddAiRoutes(*router_, ctx_);
  AddGatewayRoutes(*router_, ctx_);
  AddRegisterRoutes(*router_, ctx_);
  AddStaticRoutes(*router_, ctx_);
  server_ = std::make_unique<HttpsServer>(*router_, tls);
}

Service::~Service() { Stop(); }

void Service::Start() {
  try {
    server_->Start(port_);
  } catch (const std::exception& e) {
    throw StartupError(std::string(e.what()) + " (is another vermeld running? try --port)");
  }
  log_ << "vermeld listening on https://127.0.0.1:" << port_ << std::endl;
}

void Service::Stop() {
  if (server_) server_->Stop();
  server_.reset();
  ledger_store_.reset();
  store_.reset();
}

void Service::ReloadPolicy() {
  if (options_.policy_path.empty()) return;
  auto problems = policy_->Reload();
  if (problems.empty()) {
    log_ << "vermeld: policy reloaded from " << options_.policy_path << std::endl;
    return;
  }
  log_ << "vermeld: the changed policy file is not valid; keeping the last good policy of "
       << policy_->Current()->organization << ":\n";
  for (const auto& p : problems) log_ << "  " << p.path << ": " << p.reason << "\n";
  log_.flush();
}

}  // namespace vermeld
