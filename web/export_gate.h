// export_gate.h — how many exports may run at once: one per client address and a few in total,
// so exports (each up to ten searches in a row) never take more than their share of the search
// slots and one client looping /export cannot queue up work for the whole server. An export
// that finds the gate shut is answered at once (429), not queued. Thread-safe.
#pragma once

#include <cstddef>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>

namespace tonle::web {

class ExportGate {
 public:
  ExportGate(size_t max_total, size_t max_per_address)
      : max_total_(max_total), max_per_address_(max_per_address) {}

  // Held while one export runs; leaving the scope lets the next one in.
  class Ticket {
   public:
    Ticket(ExportGate* gate, std::string address) : gate_(gate), address_(std::move(address)) {}
    Ticket(Ticket&& o) noexcept : gate_(o.gate_), address_(std::move(o.address_)) { o.gate_ = nullptr; }
    Ticket(const Ticket&) = delete;
    Ticket& operator=(const Ticket&) = delete;
    Ticket& operator=(Ticket&&) = delete;
    ~Ticket() {
      if (gate_ != nullptr) {
        gate_->leave(address_);
      }
    }

   private:
    ExportGate* gate_;
    std::string address_;
  };

  // A ticket, or nullopt if `address` already runs its share or every export slot is taken.
  std::optional<Ticket> try_enter(const std::string& address);

 private:
  void leave(const std::string& address);

  const size_t max_total_;
  const size_t max_per_address_;
  std::mutex mu_;
  size_t running_ = 0;
  std::unordered_map<std::string, size_t> per_address_;
};

}  // namespace tonle::web
