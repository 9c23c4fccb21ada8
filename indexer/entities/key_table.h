// key_table.h — a hash table from word keys to small values, for lookups made once per word of
// every article: open addressing in a power-of-two table with FNV-1a (std::unordered_map's hash,
// prime modulo and one allocation per entry cost two to three times as much). Keys are views:
// whoever fills the table keeps their text alive for the table's lifetime (string literals,
// or a buffer the owner holds). Not thread-safe while being filled; concurrent finds on a
// table no one changes are safe.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "core/hash.h"

namespace tonle::entities {

template <typename V>
class KeyTable {
 public:
  // Makes room for n keys without growing.
  void reserve(size_t n) {
    size_t size = 1024;
    while (size < 2 * n) {
      size *= 2;
    }
    if (size > slots_.size()) {
      rehash(size);
    }
  }
  // The value for `key`, inserted as V{} when absent.
  V& operator[](std::string_view key) {
    if ((used_ + 1) * 2 > slots_.size()) {
      rehash(slots_.empty() ? 1024 : slots_.size() * 2);
    }
    Slot& s = slots_[probe(key)];
    if (!s.used) {
      s = Slot{key, V{}, true};
      ++used_;
    }
    return s.value;
  }
  // The value for `key`, or `absent`.
  V find_or(std::string_view key, V absent) const {
    if (slots_.empty()) {
      return absent;
    }
    const Slot& s = slots_[probe(key)];
    return s.used ? s.value : absent;
  }
  bool contains(std::string_view key) const { return !slots_.empty() && slots_[probe(key)].used; }
  size_t size() const { return used_; }

 private:
  struct Slot {
    std::string_view key;
    V value{};
    bool used = false;
  };
  static uint64_t hash(std::string_view key) { return fnv1a(key); }
  size_t probe(std::string_view key) const {
    size_t mask = slots_.size() - 1;
    for (size_t i = hash(key) & mask;; i = (i + 1) & mask) {
      if (!slots_[i].used || slots_[i].key == key) {
        return i;
      }
    }
  }
  void rehash(size_t size) {
    std::vector<Slot> old = std::move(slots_);
    slots_.assign(size, Slot{});
    used_ = 0;
    for (const Slot& s : old) {
      if (s.used) {
        (*this)[s.key] = s.value;
      }
    }
  }
  std::vector<Slot> slots_;
  size_t used_ = 0;
};

}  // namespace tonle::entities
