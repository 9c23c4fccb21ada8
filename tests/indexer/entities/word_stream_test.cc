// word_stream_test.cc — gaps between words, abbreviations and headline lines; the lexicon tables.
#include <catch2/catch.hpp>

#include "indexer/entities/lexicon.h"
#include "indexer/entities/word_stream.h"

namespace tonle::entities {

namespace {
std::vector<Word> stream(std::string_view text) {
  static Analyzer analyzer;
  return make_word_stream(text, analyzer.analyze(text));
}
}  // namespace

TEST_CASE("hyphens join the parts of one name", "[entities][unit]") {
  auto w = stream("The Anti-Corruption Unit met Anna-Lena Berg.");
  REQUIRE(w.size() == 8);
  CHECK(joined(w, 1));  // Anti-Corruption
  CHECK(w[1].gap_after == kGapHyphen);
  CHECK(joined(w, 4));  // Anna-Lena
}

TEST_CASE("a quotation that opens a paragraph is quoted, one that closed the last is not",
          "[entities][unit]") {
  auto w = stream("The board met.\n\n\xE2\x80\x9CRivers Watch lies,\xE2\x80\x9D she said.\n\nTomas left.");
  // The(0) board(1) met(2) Rivers(3) Watch(4) lies(5) she(6) said(7) Tomas(8) left(9)
  REQUIRE(w.size() == 10);
  CHECK_FALSE(w[1].quoted);
  CHECK(w[3].quoted);
  CHECK(w[5].quoted);
  CHECK_FALSE(w[6].quoted);
  CHECK_FALSE(w[8].quoted);
}

TEST_CASE("abbreviations and initials end no sentence", "[entities][unit]") {
  auto w = stream("Lt. Gen. Sok Dara met Daniel K. Whitford. He left.");
  CHECK(w[0].gap_after == kGapAbbrev);
  CHECK(w[1].gap_after == kGapAbbrev);
  CHECK_FALSE(w[2].sentence_start);
  CHECK(w[6].gap_after == kGapAbbrev);   // "K."
  CHECK_FALSE(w[7].sentence_start);      // "Whitford"
  CHECK(w[8].sentence_start);            // "He": after a real full stop
}

TEST_CASE("headline lines are marked: case is no evidence there", "[entities][unit]") {
  auto w = stream("Assembly Spokesman Rejects Budget Criticism\n\nThe assembly met on Monday.");
  CHECK(w[0].headline);
  CHECK(w[4].headline);
  CHECK_FALSE(w[5].headline);
  w = stream("FED SAYS BANKS MUST HOLD MORE\n\nThe Fed said so.");
  CHECK(w[1].headline);
  // A sentence full of names is no headline: it ends with a full stop.
  w = stream("Sok Dara, Chan Vibol, Heng Sokha and Meas Sophal attended.\n\nThey left.");
  CHECK_FALSE(w[0].headline);
}

TEST_CASE("lines after a paragraph ending in a colon are a list's items, not headlines",
          "[entities][unit]") {
  auto w = stream("Signed by the following groups:\n\nDelta Fishers Rights Network\n\nRiver Women Forum\n\n"
                  "The groups met.\n\nMonsoon Rains Flood Northern Villages\n\nIt rained.");
  // Signed(0) by(1) the(2) following(3) groups(4) Delta(5) ... Network(8) River(9) Women(10)
  // Forum(11) The(12) groups(13) met(14) Monsoon(15) ...
  REQUIRE(w.size() >= 16);
  CHECK_FALSE(w[5].headline);
  CHECK_FALSE(w[9].headline);
  // A sentence ends the list: a later Title Case line is a headline again.
  CHECK(w[15].headline);
}

TEST_CASE("the lexicon's tables are sorted (they are searched by bisection)", "[entities][unit]") {
  CHECK(lexicon::tables_sorted());
  CHECK(lexicon::head_kind("ministry") == lexicon::Head::kGovernment);
  CHECK(lexicon::head_kind("network") == lexicon::Head::kNgo);
  CHECK(lexicon::head_kind("spokesman") == lexicon::Head::kNone);
}

}  // namespace tonle::entities
