// Khmer syllables and normalisation (core/khmer.h).
#include <catch2/catch.hpp>

#include "core/analyzer.h"
#include "core/khmer.h"

using tonle::khmer_normalise;
using tonle::khmer_syllables;
using tonle::KhmerSyllable;

namespace {

std::vector<std::string> keys(const std::vector<KhmerSyllable>& syl) {
  std::vector<std::string> out;
  for (const KhmerSyllable& s : syl) {
    out.push_back(s.key);
  }
  return out;
}

}  // namespace

TEST_CASE("a Khmer word is cut into clusters of a base with its subscripts and signs", "[khmer]") {
  std::string word = "ក្រសួង";  // ministry: KA+COENG RO, SA+UA, NGO
  auto syl = khmer_syllables(word);
  CHECK(keys(syl) == std::vector<std::string>{"ក្រ", "សួ", "ង"});
  REQUIRE(syl.size() == 3);
  CHECK(syl[0].position == 0);
  CHECK(syl[2].position == 2);
  CHECK(word.substr(syl[1].begin, syl[1].end - syl[1].begin) == "សួ");
  CHECK(syl[2].end == word.size());
}

TEST_CASE("a Khmer run goes on across spaces and zero-width spaces but not punctuation", "[khmer]") {
  auto joined = khmer_syllables("ពលរដ្ឋ\u200Bខ្មែរ ថ្មី");
  for (size_t i = 1; i < joined.size(); ++i) {
    CHECK(joined[i].position == joined[i - 1].position + 1);
  }
  auto cut = khmer_syllables("ពល។រដ្ឋ");  // ព ល | រ ដ្ឋ
  REQUIRE(cut.size() == 4);
  CHECK(cut[1].position == 1);
  CHECK(cut[2].position >= 3);  // a gap: no phrase spans the full stop
  auto latin = khmer_syllables("ទឹក ABC ដី");  // ទឹ ក | ដី
  REQUIRE(latin.size() == 3);
  CHECK(latin[2].position >= latin[1].position + 2);
}

TEST_CASE("next_position starts a run apart from the text just read", "[khmer]") {
  uint32_t next = 0;
  auto first = khmer_syllables("កាត", 10, &next);
  REQUIRE(first.size() == 2);
  CHECK(first[0].position == 10);
  CHECK(next >= 13);
  auto none = khmer_syllables("plain English", 4, &next);
  CHECK(none.empty());
  CHECK(next > 4);
}

TEST_CASE("forms of a Khmer word that look the same normalise to one", "[khmer]") {
  // COENG DA and COENG TA look alike.
  CHECK(khmer_normalise("ស\u17D2\u178Aាប់") == khmer_normalise("ស\u17D2\u178Fាប់"));
  // COENG RO typed before another subscript (ស្រ្តី for ស្ត្រី).
  CHECK(khmer_normalise("ស\u17D2\u179A\u17D2\u178F\u17B8") == "ស\u17D2\u178F\u17D2\u179A\u17B8");
  // A register shifter typed after the vowel; NIKAHIT typed before the vowel U.
  CHECK(khmer_normalise("ប\u17BB\u17CA") == "ប\u17CA\u17BB");
  CHECK(khmer_normalise("ជ\u17C6\u17BB") == "ជ\u17BB\u17C6");
  // The vowel OE typed as E + II, and OO as AA + E.
  CHECK(khmer_normalise("ល\u17C1\u17B8ក") == "ល\u17BEក");
  CHECK(khmer_normalise("ក\u17B6\u17C1") == "ក\u17C4");
  // Zero-width characters and the invisible inherent vowels are not letters.
  CHECK(khmer_normalise("ភ្នំ\u200Dពេញ\u200B") == "ភ្នំពេញ");
  CHECK(khmer_normalise("ក\u17B4ខ") == "កខ");
  // Other text is left alone.
  CHECK(khmer_normalise("Hun Manet, 2023") == "Hun Manet, 2023");
}

TEST_CASE("a cluster's key is normalised, its offsets are those of the text as written", "[khmer]") {
  std::string typed = "ស\u17D2\u179A\u17D2\u178F\u17B8";  // ស្រ្តី
  auto syl = khmer_syllables(typed);
  REQUIRE(syl.size() == 1);
  CHECK(syl[0].key == "ស\u17D2\u178F\u17D2\u179A\u17B8");
  CHECK(syl[0].begin == 0);
  CHECK(syl[0].end == typed.size());
}

TEST_CASE("has_khmer_letter wants a consonant or independent vowel", "[khmer]") {
  CHECK(tonle::has_khmer_letter("abc ក"));
  CHECK(tonle::has_khmer_letter("ឥឡូវ"));
  CHECK_FALSE(tonle::has_khmer_letter("២០២៣"));  // Khmer digits
  CHECK_FALSE(tonle::has_khmer_letter("។"));
  CHECK_FALSE(tonle::has_khmer_letter("Cambodia"));
}

TEST_CASE("the analyzer's Khmer terms are normalised like its syllables", "[khmer][analyzer]") {
  tonle::Analyzer a;
  auto typed = a.analyze("ស\u17D2\u179A\u17D2\u178F\u17B8");
  auto proper = a.analyze("ស\u17D2\u178F\u17D2\u179A\u17B8");
  REQUIRE(typed.size() == 1);
  REQUIRE(proper.size() == 1);
  CHECK(typed[0].term == proper[0].term);
  CHECK(a.fold("ល\u17C1\u17B8ក") == a.fold("ល\u17BEក"));
}

TEST_CASE("mostly_khmer weighs Khmer letters against Latin ones", "[khmer]") {
  CHECK(tonle::mostly_khmer("លោក Sok Dara បាននិយាយថា ក្រសួងនឹងពិនិត្យ"));
  CHECK_FALSE(tonle::mostly_khmer("The ministry (ក្រសួង) said on Monday that it would review"));
  CHECK_FALSE(tonle::mostly_khmer("២០២៣"));
}
