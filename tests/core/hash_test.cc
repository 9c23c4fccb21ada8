// core/hash.h: FNV-1a as published (its test vectors), part-wise hashing equal to whole, and a mix
// whose low bits differ for keys that FNV leaves alike in them.
#include "core/hash.h"

#include <catch2/catch.hpp>
#include <set>
#include <string>

namespace tonle {

TEST_CASE("fnv1a gives the published FNV-1a 64-bit values", "[hash]") {
  CHECK(fnv1a("") == 0xcbf29ce484222325ULL);
  CHECK(fnv1a("a") == 0xaf63dc4c8601ec8cULL);
  CHECK(fnv1a("foobar") == 0x85944171f73967e8ULL);
  static_assert(fnv1a("a") == 0xaf63dc4c8601ec8cULL, "usable at compile time");
}

TEST_CASE("fnv1a_update over parts equals fnv1a over the whole", "[hash]") {
  std::string whole = "Ministry of Foreign Affairs and International Cooperation";
  uint64_t h = kFnvOffsetBasis;
  for (size_t i = 0; i < whole.size(); i += 7) {
    h = fnv1a_update(h, std::string_view(whole).substr(i, 7));
  }
  CHECK(h == fnv1a(whole));
}

TEST_CASE("mix64 spreads keys over the low bits", "[hash]") {
  // Keys one byte apart at the front differ little in FNV's low bits after the rest; mixed, 64 such
  // keys land in many of 64 bins.
  std::set<uint64_t> bins;
  for (int i = 0; i < 64; ++i) {
    std::string key = std::string(1, static_cast<char>('0' + i)) + "-same-tail";
    bins.insert(mix64(fnv1a(key)) % 64);
  }
  CHECK(bins.size() >= 32);
  CHECK(mix64(0) == 0);
}

}  // namespace tonle
