// The byte-string hash tonle uses wherever it needs one: 64-bit FNV-1a, and a final mix for callers
// that take bits from both ends of the hash (story ids, MinHash bins).
//
// Pure constexpr functions over bytes; thread-safe. Values written into an index (story ids,
// file fingerprints) depend on these exact functions, so changing them changes stored data.
#pragma once

#include <cstdint>
#include <string_view>

namespace tonle {

inline constexpr uint64_t kFnvOffsetBasis = 14695981039346656037ULL;
inline constexpr uint64_t kFnvPrime = 1099511628211ULL;

// One byte into a running FNV-1a hash.
constexpr uint64_t fnv1a_step(uint64_t hash, unsigned char byte) { return (hash ^ byte) * kFnvPrime; }

// Bytes into a running FNV-1a hash: a text hashed a part at a time hashes as if whole.
constexpr uint64_t fnv1a_update(uint64_t hash, std::string_view bytes) {
  for (char c : bytes) {
    hash = fnv1a_step(hash, static_cast<unsigned char>(c));
  }
  return hash;
}

constexpr uint64_t fnv1a(std::string_view bytes) { return fnv1a_update(kFnvOffsetBasis, bytes); }

// MurmurHash3's finaliser, halved: spreads FNV's weak low bits over the whole word, so the low and
// high halves of the result are independent.
constexpr uint64_t mix64(uint64_t h) {
  h ^= h >> 33;
  h *= 0xff51afd7ed558ccdULL;
  h ^= h >> 33;
  return h;
}

}  // namespace tonle
