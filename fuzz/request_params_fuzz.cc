// request_params_fuzz.cc — HTTP parameter parsing on arbitrary "k=v&k=v" strings (httplib has
// already percent-decoded them by then), plus the article id check.
#include "fuzz/fuzz_support.h"
#include "web/request_params.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text = tonle::fuzz::as_text(data, size);
  tonle::web::Params params;
  size_t start = 0;
  while (start <= text.size()) {
    size_t amp = text.find('&', start);
    std::string_view pair = text.substr(start, amp == text.npos ? text.npos : amp - start);
    size_t eq = pair.find('=');
    params.emplace(std::string(pair.substr(0, eq)),
                   eq == pair.npos ? std::string() : std::string(pair.substr(eq + 1)));
    if (amp == text.npos) {
      break;
    }
    start = amp + 1;
  }
  auto r = tonle::web::parse_search_params(params);
  if (auto* e = std::get_if<tonle::web::ApiError>(&r); e && (e->status < 400 || e->status >= 500)) {
    __builtin_trap();  // a bad parameter is always the client's error
  }
  (void)tonle::web::valid_article_id(text);
  return 0;
}
