// index_store.h — the on-disk layout of a tonle database directory and the operations that make
// rebuilds atomic:
//
//   DIR/XAPIANDB     a Xapian stub file, "auto gen-000007": what readers open when they open DIR
//   DIR/gen-000007/  the live glass database;  DIR/gen-000006/ the previous one (kept for readers
//                    that still have it open)
//   DIR/tonle.lock   flock()ed by the one indexer allowed to run on DIR
//   DIR/build-gen-000008/  partial databases of a rebuild in progress, merged into gen-000008
//
// A full rebuild writes gen-N+1 aside and publishes it by renaming a new stub over XAPIANDB, so a
// crash at any moment leaves the previous generation whole and served. Functions throw IndexError
// with a message naming the directory; nothing here is shared between threads.
#pragma once

#include <filesystem>
#include <optional>
#include <stdexcept>
#include <string>

namespace tonle {

struct IndexError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// Holds the exclusive lock on DIR/tonle.lock for its lifetime.
class IndexLock {
 public:
  // Creates DIR if needed. Throws IndexError if another process holds the lock or DIR cannot be
  // created or written.
  explicit IndexLock(const std::filesystem::path& dir);
  ~IndexLock();
  IndexLock(const IndexLock&) = delete;
  IndexLock& operator=(const IndexLock&) = delete;

 private:
  int fd_ = -1;
};

struct Generation {
  unsigned number = 0;
  std::filesystem::path path;
};

// The generation DIR/XAPIANDB points at, if DIR is a tonle database.
std::optional<Generation> current_generation(const std::filesystem::path& dir);
// A fresh, empty generation directory name above every existing one.
Generation next_generation(const std::filesystem::path& dir);
// Atomically points DIR/XAPIANDB at `gen` (write, fsync, rename, fsync the directory).
void publish_generation(const std::filesystem::path& dir, const Generation& gen);
// Removes generation directories other than the current and the one before it (half-built ones
// left by a killed run, and old ones) and leftover partial databases. Call with the lock held.
void remove_stale_generations(const std::filesystem::path& dir);

}  // namespace tonle
