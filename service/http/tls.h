// The local certificate authority and the localhost certificate vermeld serves HTTPS with.
// Office only loads add-ins over HTTPS with a certificate the machine trusts, so vermeld makes its
// own CA once (like office-addin-dev-certs) and tells the user how to trust it.
#pragma once

#include <string>

namespace vermeld {

struct TlsFiles {
  std::string ca_cert;   // PEM, to be trusted by the user
  std::string cert;      // PEM, localhost + 127.0.0.1, signed by the CA
  std::string key;       // PEM, mode 0600
  bool created = false;  // true when this call made them
};

// Creates ca.crt, ca.key, localhost.crt, localhost.key in data_dir when absent (or when the
// server certificate expires within 30 days). Throws std::runtime_error naming the file on failure.
TlsFiles EnsureLocalCertificates(const std::string& data_dir);

// Plain-words steps to trust ca_cert on Windows and macOS (and Linux for tests).
std::string TrustInstructions(const std::string& ca_cert);

}  // namespace vermeld
