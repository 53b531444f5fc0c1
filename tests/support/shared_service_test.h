// A test suite whose tests share one running service, started once for the suite (starting
// vermeld loads the name lists and may create certificates, so once is enough).
#pragma once

#include <gtest/gtest.h>

#include <memory>

#include "service_process.h"

namespace vermeld::testing {

class SharedServiceTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    service_ = std::make_unique<ServiceProcess>();
    ASSERT_TRUE(service_->WaitUntilListening()) << service_->output();
  }
  static void TearDownTestSuite() { service_.reset(); }

  static inline std::unique_ptr<ServiceProcess> service_;
};

}  // namespace vermeld::testing
