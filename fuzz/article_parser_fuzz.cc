// article_parser_fuzz.cc — every input format's parser on arbitrary bytes. The first byte picks
// the file name the sniffer sees (.txt, .html, .jsonl), the rest is the file.
#include "fuzz/fuzz_support.h"
#include "indexer/parse/article_parser.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) {
    return 0;
  }
  static constexpr const char* kNames[] = {"a.txt", "a.html", "a.jsonl", "a"};
  const char* name = kNames[data[0] % 4];
  std::string_view bytes = tonle::fuzz::as_text(data + 1, size - 1);
  tonle::parse::ParseOutcome out =
      tonle::parse::parse_article_file(name, bytes, {.default_id = "doc", .origin = name});
  for (const tonle::Article& a : out.articles) {
    if (a.title.empty() && a.body.empty()) {
      __builtin_trap();  // the parser promises never to return an empty article
    }
  }
  return 0;
}
