// fuzz_support.h — shared set-up for the libFuzzer targets: the gazetteer path of the source
// tree and a byte-to-string helper. Each target is one small file with LLVMFuzzerTestOneInput.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace tonle::fuzz {

inline std::string_view as_text(const uint8_t* data, size_t size) {
  return {reinterpret_cast<const char*>(data), size};
}

}  // namespace tonle::fuzz
