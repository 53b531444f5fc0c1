#include "core/detect/registry.h"

#include "core/detect/address_recognizer.h"
#include "core/detect/be_enterprise_number_recognizer.h"
#include "core/detect/be_national_number_recognizer.h"
#include "core/detect/credit_card_recognizer.h"
#include "core/detect/date_of_birth_recognizer.h"
#include "core/detect/email_recognizer.h"
#include "core/detect/health_recognizer.h"
#include "core/detect/iban_recognizer.h"
#include "core/detect/ip_address_recognizer.h"
#include "core/detect/license_plate_recognizer.h"
#include "core/detect/nl_bsn_recognizer.h"
#include "core/detect/passport_number_recognizer.h"
#include "core/detect/person_recognizer.h"
#include "core/detect/phone_recognizer.h"
#include "core/detect/vat_number_recognizer.h"

namespace vermeld {

std::vector<std::unique_ptr<Recognizer>> CreateRecognizers(const std::string& data_dir) {
  std::vector<std::unique_ptr<Recognizer>> r;
  r.push_back(NewEmailRecognizer());
  r.push_back(NewPhoneRecognizer());
  r.push_back(NewIbanRecognizer());
  r.push_back(NewBeNationalNumberRecognizer());
  r.push_back(NewNlBsnRecognizer());
  r.push_back(NewCreditCardRecognizer());
  r.push_back(NewIpAddressRecognizer());
  r.push_back(NewPassportNumberRecognizer());
  r.push_back(NewBeEnterpriseNumberRecognizer());
  r.push_back(NewVatNumberRecognizer());
  r.push_back(NewLicensePlateRecognizer());
  // Date-of-birth and health read the PERSON findings before them: keep this order.
  r.push_back(NewPersonRecognizer(data_dir));
  r.push_back(NewAddressRecognizer(data_dir));
  r.push_back(NewDateOfBirthRecognizer(data_dir));
  r.push_back(NewHealthRecognizer(data_dir));
  return r;
}

}  // namespace vermeld
