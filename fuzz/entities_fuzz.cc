// entities_fuzz.cc — the entity extractor (all rule passes) on arbitrary text, with the real
// gazetteer.
#include "fuzz/fuzz_support.h"
#include "indexer/entities/extractor.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static tonle::Analyzer analyzer;
  static tonle::entities::Gazetteer gazetteer =
      tonle::entities::Gazetteer::load(TONLE_DATA_DIR "/gazetteer.txt", analyzer);
  static tonle::entities::EntityExtractor extractor(gazetteer, analyzer);
  tonle::entities::Extraction x = extractor.extract_text(tonle::fuzz::as_text(data, size));
  for (const tonle::Entity& e : x.entities) {
    if (e.value.empty()) {
      __builtin_trap();  // every entity has a canonical value
    }
  }
  return 0;
}
