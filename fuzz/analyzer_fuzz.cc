// analyzer_fuzz.cc — the analyzer's ASCII fast path against ICU alone on arbitrary bytes
// (ill-formed UTF-8 included): every token (term, position, offsets, capital, number) must be
// the same, or the fuzzer stops.
#include "core/analyzer.h"
#include "fuzz/fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static tonle::Analyzer fast;
  static tonle::Analyzer icu({.ascii_fast_path = false});
  std::string_view text = tonle::fuzz::as_text(data, size);
  std::vector<tonle::Token> a = fast.analyze(text);
  std::vector<tonle::Token> b = icu.analyze(text);
  if (a.size() != b.size()) {
    __builtin_trap();
  }
  for (size_t i = 0; i < a.size(); ++i) {
    if (a[i].term != b[i].term || a[i].position != b[i].position || a[i].begin != b[i].begin ||
        a[i].end != b[i].end || a[i].capitalized != b[i].capitalized || a[i].numeric != b[i].numeric) {
      __builtin_trap();
    }
  }
  return 0;
}
