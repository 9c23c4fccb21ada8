// analyzer_test.cc — the analyzer's tokens on tables of inputs, with the offset invariants every
// token must keep (inside the input, increasing, each slice re-analyses to the same term).
#include <catch2/catch.hpp>
#include <filesystem>
#include <random>
#include <string>
#include <vector>

#include "core/analyzer.h"
#include "test_support.h"

namespace tonle {
namespace {

std::vector<std::string> terms(const std::vector<Token>& tokens) {
  std::vector<std::string> out;
  for (const Token& t : tokens) {
    out.push_back(t.term);
  }
  return out;
}

// The invariants of analyze(): offsets within the text and strictly increasing, positions
// consecutive, and each token's slice analysing to exactly that token's term.
void check_invariants(const Analyzer& a, const std::string& text) {
  std::vector<Token> tokens = a.analyze(text);
  size_t last_end = 0;
  for (size_t i = 0; i < tokens.size(); ++i) {
    const Token& t = tokens[i];
    INFO("token " << i << " '" << t.term << "' in: " << text.substr(0, 80));
    REQUIRE(t.begin < t.end);
    REQUIRE(t.end <= text.size());
    REQUIRE(t.begin >= last_end);
    REQUIRE(t.position == i);
    std::vector<Token> again = a.analyze(text.substr(t.begin, t.end - t.begin));
    REQUIRE(again.size() == 1);
    REQUIRE(again[0].term == t.term);
    last_end = t.end;
  }
}

}  // namespace

TEST_CASE("analyzer splits, folds and tidies words", "[analyzer][unit]") {
  Analyzer a;
  struct Case {
    std::string text;
    std::vector<std::string> expected;
  };
  auto [text, expected] = GENERATE(table<std::string, std::vector<std::string>>({
      {"Human Rights Watch (HRW)", {"human", "rights", "watch", "hrw"}},
      {"Cambodia's government", {"cambodia", "government"}},
      {"Cambodia\xE2\x80\x99s US\xE2\x80\x99 report", {"cambodia", "us", "report"}},
      {"the U.S. State Department", {"the", "us", "state", "department"}},
      {"Over 1,300 competitors in 2024", {"over", "1300", "competitors", "in", "2024"}},
      {"\xEF\xBC\xA8\xEF\xBC\xB2\xEF\xBC\xB7 fullwidth", {"hrw", "fullwidth"}},  // NFKC
      {"STRASSE Stra\xC3\x9F" "e", {"strasse", "strasse"}},                    // case folding
      {"Covid-19 pandemic", {"covid", "19", "pandemic"}},
      {"\xE2\x80\x9Cpolitically motivated\xE2\x80\x9D.", {"politically", "motivated"}},
      {"", {}},
      {" \t\n ", {}},
  }));
  CAPTURE(text);
  CHECK(terms(a.analyze(text)) == expected);
  check_invariants(a, text);
}

TEST_CASE("analyzer offsets point at the original bytes", "[analyzer][unit]") {
  Analyzer a;
  std::string text = "PHNOM PENH: Ministry spokesman An Sokkhoeurn said";
  std::vector<Token> t = a.analyze(text);
  REQUIRE(t.size() == 7);
  CHECK(text.substr(t[5].begin, t[5].end - t[5].begin) == "Sokkhoeurn");
  CHECK(t[5].capitalized);
  CHECK_FALSE(t[6].capitalized);
  CHECK(t[0].term == "phnom");
}

TEST_CASE("a word is capitalised by its first letter, digits before it allowed", "[analyzer][unit]") {
  Analyzer a;
  std::vector<Token> t = a.analyze("the 3S network, 7NG and G7 met 3 million in the 1990s");
  REQUIRE(t.size() == 12);
  CHECK(t[1].capitalized);        // 3S
  CHECK_FALSE(t[2].capitalized);  // network
  CHECK(t[3].capitalized);        // 7NG
  CHECK(t[5].capitalized);        // G7
  CHECK_FALSE(t[7].capitalized);  // 3
  CHECK_FALSE(t[11].capitalized); // 1990s
}

TEST_CASE("analyzer segments Khmer words with ICU's dictionary", "[analyzer][khmer][unit]") {
  Analyzer a;
  // "Human rights in Cambodia" written without spaces: ICU must find the words itself.
  // "សិទ្ធិមនុស្ស" (human rights) is one entry of ICU's Khmer dictionary.
  std::string text = "សិទ្ធិមនុស្សនៅកម្ពុជា";
  std::vector<Token> tokens = a.analyze(text);
  CHECK(terms(tokens) == std::vector<std::string>{"សិទ្ធិមនុស្ស", "នៅ", "កម្ពុជា"});
  check_invariants(a, text);
}

TEST_CASE("analyzer treats zero-width spaces as breaks, never glues Khmer words",
          "[analyzer][khmer][unit]") {
  Analyzer a;
  std::string text = "រដ្ឋាភិបាល\xE2\x80\x8B" "កម្ពុជា";  // government ZWSP Cambodia
  CHECK(terms(a.analyze(text)) == std::vector<std::string>{"រដ្ឋាភិបាល", "កម្ពុជា"});
}

TEST_CASE("analyzer folds Khmer COENG DA into COENG TA", "[analyzer][khmer][unit]") {
  Analyzer a;
  std::vector<Token> da = a.analyze("ស្ដាំ");  // written with COENG DA
  std::vector<Token> ta = a.analyze("ស្តាំ");  // written with COENG TA
  REQUIRE(da.size() == 1);
  REQUIRE(ta.size() == 1);
  CHECK(da[0].term == ta[0].term);
}

TEST_CASE("analyzer keeps its invariants on real Khmer news", "[analyzer][khmer][unit]") {
  Analyzer a;
  for (const char* id : {"455566", "455567", "455570"}) {
    std::string text = testing::read_file(testing::shared_dir() / "data" / "khmer-news-seg" /
                                          "kh_data_1000" / (std::string(id) + "_orig.txt"));
    if (text.empty()) {
      WARN("shared Khmer data not found; skipping " << id);
      continue;
    }
    check_invariants(a, text.substr(0, 4000));
    CHECK(a.analyze(text).size() > 50);
  }
}

TEST_CASE("analyzer stems English words only", "[analyzer][unit]") {
  Analyzer a;
  CHECK(a.stem("reports") == a.stem("report"));
  CHECK(a.stem("rights") == "right");
  CHECK(a.stem("1300") == "1300");
  CHECK(a.stem("កម្ពុជា") == "កម្ពុជា");
  CHECK(a.fold("Human Rights WATCH") == "human rights watch");
}

TEST_CASE("analyzer strips Latin diacritics and nothing else", "[analyzer][unit]") {
  Analyzer a;
  CHECK(a.strip_accents("julián") == "julian");
  CHECK(a.strip_accents("ciarán") == "ciaran");
  CHECK(a.strip_accents("zoë") == "zoe");
  CHECK(a.strip_accents("søren") == "søren");  // ø is a letter of its own, not o with a mark
  CHECK(a.strip_accents("plain") == "plain");
  // Khmer vowel signs and coeng are no diacritics of the Latin block: the word is unchanged.
  CHECK(a.strip_accents("\xE1\x9E\x80\xE1\x9F\x92\xE1\x9E\x9A") == "\xE1\x9E\x80\xE1\x9F\x92\xE1\x9E\x9A");
}

TEST_CASE("analyzer tolerates ill-formed UTF-8", "[analyzer][unit]") {
  Analyzer a;
  std::string bad = "ok \xFF\xFE broken \xC3";
  std::vector<Token> t = a.analyze(bad);
  CHECK(terms(t).front() == "ok");
  for (const Token& tok : t) {
    CHECK(tok.end <= bad.size());
  }
}

}  // namespace tonle

namespace tonle {
namespace {

// Every field of every token, for comparing two analyses.
std::string dump(const std::vector<Token>& tokens) {
  std::string out;
  for (const Token& t : tokens) {
    out += t.term + "|" + std::to_string(t.position) + "|" + std::to_string(t.begin) + "-" + std::to_string(t.end) +
           (t.capitalized ? "|C" : "") + (t.numeric ? "|N" : "") + "\n";
  }
  return out;
}

}  // namespace

TEST_CASE("the ASCII fast path finds exactly ICU's words in random text", "[analyzer][unit]") {
  Analyzer fast;
  Analyzer icu({.ascii_fast_path = false});
  // Every ASCII class ICU's word rules tell apart, and neighbours from other scripts that join
  // or break ASCII words: accented letters, a curly apostrophe, Khmer, a combining accent, a
  // zero-width joiner, an emoji, a no-break space.
  const std::vector<std::string> pieces = {
      "a", "Z", "s", "@", "1", "0", "_", ".", "'", ",", ";", ":", " ", "  ", "\n", "\t", "\r\n", "-", "$",
      "/", "\"", "(", "\x01", "\xC3\xA9", "\xE2\x80\x99", "\xE1\x9E\x80", "\xE1\x9E\xB6", "\xCC\x81",
      "\xE2\x80\x8D", "\xF0\x9F\x98\x80", "\xC2\xA0", "U.S.", "don't", "1,300", "3.5"};
  std::mt19937 rng(20261123);
  std::uniform_int_distribution<size_t> pick(0, pieces.size() - 1);
  std::uniform_int_distribution<size_t> length(0, 24);
  for (int round = 0; round < 20000; ++round) {
    std::string text;
    for (size_t n = length(rng); n > 0; --n) {
      text += pieces[pick(rng)];
    }
    INFO("text: [" << text << "]");
    REQUIRE(dump(fast.analyze(text)) == dump(icu.analyze(text)));
  }
}

TEST_CASE("the ASCII fast path finds exactly ICU's words in the corpus", "[analyzer][unit]") {
  Analyzer fast;
  Analyzer icu({.ascii_fast_path = false});
  size_t files = 0;
  for (const auto& entry : std::filesystem::directory_iterator(testing::corpus_dir())) {
    std::string text = testing::read_file(entry.path());
    INFO(entry.path().string());
    CHECK(dump(fast.analyze(text)) == dump(icu.analyze(text)));
    ++files;
  }
  CHECK(files >= 5);
}

}  // namespace tonle
