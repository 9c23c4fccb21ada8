// query_parser_test.cc — the query language as trees, and the lenient repairs of broken input.
#include <catch2/catch.hpp>

#include "searcher/query_parser.h"

namespace tonle {

TEST_CASE("queries parse into the expected trees", "[query][unit]") {
  auto [text, tree] = GENERATE(table<std::string, std::string>({
      {"human rights", "AND(word(human) word(rights))"},
      {"\"Human Rights Watch\"", "phrase(\"Human Rights Watch\")"},
      {"\xE2\x80\x9CHuman Rights Watch\xE2\x80\x9D report", "AND(phrase(\"Human Rights Watch\") word(report))"},
      {"a OR b", "OR(word(a) word(b))"},
      {"a AND b OR c", "OR(AND(word(a) word(b)) word(c))"},
      {"report -annual", "AND(word(report) NOT(word(annual)))"},
      {"report NOT annual", "AND(word(report) NOT(word(annual)))"},
      {"NOT NOT report", "word(report)"},
      {"(hrw OR licadho) ministry", "AND(OR(word(hrw) word(licadho)) word(ministry))"},
      {"ngo:HRW year:2021..2023", "AND(ngo:\"HRW\" year:\"2021..2023\")"},
      {"spokesperson:\"Chin Malin\" report", "AND(spokesperson:\"Chin Malin\" word(report))"},
      {"title:report", "title:\"report\""},
      {"Covid-19", "word(Covid-19)"},
      {"10:30 meeting", "AND(word(10:30) word(meeting))"},
  }));
  CAPTURE(text);
  ParsedQuery p = parse_query(text);
  CHECK(describe(p.root) == tree);
  CHECK(p.warnings.empty());
}

TEST_CASE("broken queries are repaired with a warning each", "[query][unit]") {
  auto [text, tree, warning] = GENERATE(table<std::string, std::string, std::string>({
      {"\"human rights", "phrase(\"human rights\")", "unbalanced quote"},
      {"(hrw OR licadho", "OR(word(hrw) word(licadho))", "missing \")\""},
      {"hrw)", "word(hrw)", "unmatched \")\""},
      {"OR hrw", "word(hrw)", "OR needs something"},
      {"hrw AND", "word(hrw)", "AND needs something"},
      {"hrw NOT", "word(hrw)", "NOT needs something"},
      {"colour:red report", "AND(word(colour red) word(report))", "unknown field \"colour:\""},
      {"ngo: report", "word(report)", "has no value"},
  }));
  CAPTURE(text);
  ParsedQuery p = parse_query(text);
  CHECK(describe(p.root) == tree);
  REQUIRE_FALSE(p.warnings.empty());
  CHECK(p.warnings[0].find(warning) != std::string::npos);
}

TEST_CASE("empty and hostile queries never throw", "[query][unit]") {
  CHECK(describe(parse_query("").root) == "AND()");
  CHECK(describe(parse_query("   ").root) == "AND()");
  std::string deep(100000, '(');
  deep += "x";
  CHECK_NOTHROW(parse_query(deep));
  std::string nots;
  for (int i = 0; i < 50000; ++i) {
    nots += "NOT -";
  }
  CHECK_NOTHROW(parse_query(nots + "x"));
  std::string many;
  for (int i = 0; i < 5000; ++i) {
    many += "w" + std::to_string(i) + " OR ";
  }
  CHECK(parse_query(many).root.children.size() == 5000);
  CHECK_NOTHROW(parse_query(")))((( \" OR AND NOT - : :: ngo:"));
}

}  // namespace tonle
