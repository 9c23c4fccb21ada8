// export_gate.cc — see export_gate.h.
#include "web/export_gate.h"

namespace tonle::web {

std::optional<ExportGate::Ticket> ExportGate::try_enter(const std::string& address) {
  std::lock_guard<std::mutex> lock(mu_);
  size_t& mine = per_address_[address];
  if (running_ >= max_total_ || mine >= max_per_address_) {
    if (mine == 0) {
      per_address_.erase(address);
    }
    return std::nullopt;
  }
  ++running_;
  ++mine;
  return std::optional<Ticket>(std::in_place, this, address);
}

void ExportGate::leave(const std::string& address) {
  std::lock_guard<std::mutex> lock(mu_);
  --running_;
  auto it = per_address_.find(address);
  if (it != per_address_.end() && --it->second == 0) {
    per_address_.erase(it);
  }
}

}  // namespace tonle::web
