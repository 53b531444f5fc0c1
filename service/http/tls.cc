#include "http/tls.h"

#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>
#include <sys/stat.h>

#include <cstdio>
#include <filesystem>
#include <functional>
#include <memory>
#include <stdexcept>

namespace vermeld {
namespace {

namespace fs = std::filesystem;

template <typename T, void (*F)(T*)>
struct Deleter {
  void operator()(T* p) const { F(p); }
};
using KeyPtr = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY, EVP_PKEY_free>>;
using CertPtr = std::unique_ptr<X509, Deleter<X509, X509_free>>;

void Require(bool ok, const std::string& what) {
  if (!ok) throw std::runtime_error("cannot create TLS certificate: " + what);
}

void AddExtension(X509* cert, X509* issuer, int nid, const char* value) {
  X509V3_CTX ctx;
  X509V3_set_ctx_nodb(&ctx);
  X509V3_set_ctx(&ctx, issuer, cert, nullptr, nullptr, 0);
  X509_EXTENSION* ext = X509V3_EXT_conf_nid(nullptr, &ctx, nid, value);
  Require(ext != nullptr, "extension");
  X509_add_ext(cert, ext, -1);
  X509_EXTENSION_free(ext);
}

CertPtr MakeCert(EVP_PKEY* key, const char* common_name, X509* issuer, EVP_PKEY* issuer_key,
                 long days) {
  CertPtr cert(X509_new());
  X509_set_version(cert.get(), 2);
  unsigned char serial[16];
  RAND_bytes(serial, sizeof serial);
  serial[0] &= 0x7F;  // positive
  BIGNUM* bn = BN_bin2bn(serial, sizeof serial, nullptr);
  BN_to_ASN1_INTEGER(bn, X509_get_serialNumber(cert.get()));
  BN_free(bn);
  X509_gmtime_adj(X509_getm_notBefore(cert.get()), -3600);
  X509_gmtime_adj(X509_getm_notAfter(cert.get()), days * 24 * 3600);
  X509_set_pubkey(cert.get(), key);
  X509_NAME* name = X509_get_subject_name(cert.get());
  X509_NAME_add_entry_by_txt(name, "O", MBSTRING_ASC,
                             reinterpret_cast<const unsigned char*>("vermeld"), -1, -1, 0);
  X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC,
                             reinterpret_cast<const unsigned char*>(common_name), -1, -1, 0);
  X509* signer = issuer ? issuer : cert.get();
  X509_set_issuer_name(cert.get(), X509_get_subject_name(signer));
  if (!issuer) {
    AddExtension(cert.get(), cert.get(), NID_basic_constraints, "critical,CA:TRUE,pathlen:0");
    AddExtension(cert.get(), cert.get(), NID_key_usage, "critical,keyCertSign,cRLSign");
    AddExtension(cert.get(), cert.get(), NID_subject_key_identifier, "hash");
  } else {
    AddExtension(cert.get(), issuer, NID_basic_constraints, "critical,CA:FALSE");
    AddExtension(cert.get(), issuer, NID_key_usage, "critical,digitalSignature,keyEncipherment");
    AddExtension(cert.get(), issuer, NID_ext_key_usage, "serverAuth");
    AddExtension(cert.get(), issuer, NID_subject_alt_name, "DNS:localhost,IP:127.0.0.1");
    AddExtension(cert.get(), issuer, NID_authority_key_identifier, "keyid:always");
  }
  Require(X509_sign(cert.get(), issuer_key ? issuer_key : key, EVP_sha256()) > 0, "signing");
  return cert;
}

void WritePem(const std::string& path, bool secret, const std::function<int(FILE*)>& write) {
  const mode_t old = umask(secret ? 077 : 022);
  FILE* f = std::fopen(path.c_str(), "w");
  umask(old);
  Require(f != nullptr, "cannot write " + path);
  const int ok = write(f);
  std::fclose(f);
  Require(ok == 1, "cannot write " + path);
}

template <typename T, T* (*Read)(FILE*, T**, pem_password_cb*, void*)>
T* ReadPem(const std::string& path) {
  FILE* f = std::fopen(path.c_str(), "r");
  if (!f) return nullptr;
  T* out = Read(f, nullptr, nullptr, nullptr);
  std::fclose(f);
  return out;
}

bool ExpiresWithin(X509* cert, int days) {
  time_t when = time(nullptr) + static_cast<time_t>(days) * 24 * 3600;
  return X509_cmp_time(X509_get0_notAfter(cert), &when) <= 0;
}

}  // namespace

TlsFiles EnsureLocalCertificates(const std::string& data_dir) {
  TlsFiles files;
  const fs::path dir(data_dir);
  files.ca_cert = (dir / "ca.crt").string();
  const std::string ca_key_path = (dir / "ca.key").string();
  files.cert = (dir / "localhost.crt").string();
  files.key = (dir / "localhost.key").string();

  KeyPtr ca_key(ReadPem<EVP_PKEY, PEM_read_PrivateKey>(ca_key_path));
  CertPtr ca(ReadPem<X509, PEM_read_X509>(files.ca_cert));
  if (!ca_key || !ca) {
    ca_key.reset(EVP_RSA_gen(2048));
    Require(ca_key != nullptr, "key generation");
    ca = MakeCert(ca_key.get(), "vermeld local CA", nullptr, nullptr, 3650);
    WritePem(ca_key_path, true, [&](FILE* f) {
      return PEM_write_PrivateKey(f, ca_key.get(), nullptr, nullptr, 0, nullptr, nullptr);
    });
    WritePem(files.ca_cert, false, [&](FILE* f) { return PEM_write_X509(f, ca.get()); });
    fs::remove(files.cert);  // a new CA invalidates the old server certificate
    files.created = true;
  }
  CertPtr cert(ReadPem<X509, PEM_read_X509>(files.cert));
  KeyPtr key(ReadPem<EVP_PKEY, PEM_read_PrivateKey>(files.key));
  if (!cert || !key || ExpiresWithin(cert.get(), 30)) {
    key.reset(EVP_RSA_gen(2048));
    Require(key != nullptr, "key generation");
    // 825 days: the longest validity macOS accepts for a TLS server certificate.
    cert = MakeCert(key.get(), "localhost", ca.get(), ca_key.get(), 825);
    WritePem(files.key, true, [&](FILE* f) {
      return PEM_write_PrivateKey(f, key.get(), nullptr, nullptr, 0, nullptr, nullptr);
    });
    WritePem(files.cert, false, [&](FILE* f) { return PEM_write_X509(f, cert.get()); });
    files.created = true;
  }
  return files;
}

std::string TrustInstructions(const std::string& ca_cert) {
  return "Office only loads add-ins from a trusted HTTPS address. Trust vermeld's own certificate\n"
         "authority once on this computer (it signs only the localhost certificate):\n"
         "  Windows: double-click " +
         ca_cert +
         ", choose 'Install Certificate...', 'Current User',\n"
         "           'Place all certificates in the following store', 'Trusted Root Certification\n"
         "           Authorities', Finish (or: certutil -user -addstore Root \"" +
         ca_cert +
         "\").\n"
         "  macOS:   sudo security add-trusted-cert -d -r trustRoot -k\n"
         "           /Library/Keychains/System.keychain \"" +
         ca_cert +
         "\"\n"
         "  Linux:   sudo cp \"" +
         ca_cert +
         "\" /usr/local/share/ca-certificates/vermeld.crt &&\n"
         "           sudo update-ca-certificates\n"
         "Then restart Outlook or Word.\n";
}

}  // namespace vermeld
