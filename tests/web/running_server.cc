// running_server.cc — see running_server.h: the shared servers and the Catch listener that stops
// them when the test run ends.
#include "running_server.h"

#define CATCH_CONFIG_EXTERNAL_INTERFACES  // the listener types
#include <catch2/catch.hpp>
#include <map>
#include <memory>

namespace tonle::testing {

namespace {

std::map<std::string, std::unique_ptr<RunningServer>>& shared_servers() {
  static std::map<std::string, std::unique_ptr<RunningServer>> servers;
  return servers;
}

struct StopSharedServers : Catch::TestEventListenerBase {
  using TestEventListenerBase::TestEventListenerBase;
  void testRunEnded(const Catch::TestRunStats& stats) override {
    shared_servers().clear();  // each stops, then joins every thread that answers
    TestEventListenerBase::testRunEnded(stats);
  }
};

CATCH_REGISTER_LISTENER(StopSharedServers)

}  // namespace

RunningServer& shared_server(const std::string& name, const std::function<web::ServerOptions()>& options) {
  std::unique_ptr<RunningServer>& slot = shared_servers()[name];
  if (!slot) {
    slot = std::make_unique<RunningServer>(options());
  }
  return *slot;
}

}  // namespace tonle::testing
