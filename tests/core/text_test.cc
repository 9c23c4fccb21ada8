// text_test.cc — string helpers, with tables of valid and ill-formed UTF-8.
#include <catch2/catch.hpp>

#include "core/text.h"

namespace tonle {

TEST_CASE("UTF-8 validation accepts well-formed text", "[text][unit]") {
  auto s = GENERATE(as<std::string>{}, "", "plain ASCII", "caf\xC3\xA9", "\xE1\x9E\x80 khmer",
                    "\xF0\x9F\x98\x80 emoji");
  CAPTURE(s);
  CHECK(is_valid_utf8(s));
}

TEST_CASE("UTF-8 validation rejects ill-formed text and says where", "[text][unit]") {
  auto [s, offset] = GENERATE(table<std::string, size_t>({
      {"\xFF", 0},
      {"ab\xC3", 2},               // truncated
      {"a\xC0\xAF", 1},            // overlong
      {"x\xED\xA0\x80", 1},        // surrogate
      {"ok\xF4\x90\x80\x80", 2},   // above U+10FFFF
      {"caf\xE9", 3},              // Latin-1
  }));
  CAPTURE(s);
  CHECK_FALSE(is_valid_utf8(s));
  CHECK(first_invalid_utf8(s) == offset);
}

TEST_CASE("trim, split and collapse", "[text][unit]") {
  CHECK(trim("  a b \n") == "a b");
  CHECK(trim("\xC2\xA0x\xC2\xA0") == "x");
  CHECK(split("a | b || c", '|') == std::vector<std::string>{"a", "b", "c"});
  CHECK(split("a||b", '|', true) == std::vector<std::string>{"a", "", "b"});
  CHECK(collapse_spaces("  a \n\t b  ") == "a b");
  CHECK(split_lines("a\r\nb\n") == std::vector<std::string_view>{"a", "b", ""});
  CHECK(starts_with_ci("PHNOM PENH", "phnom"));
}

}  // namespace tonle
