// schema_test.cc — stored-data round trips and the slot layout promises of core/schema.h.
#include <catch2/catch.hpp>
#include <set>

#include "core/schema.h"

namespace tonle {

TEST_CASE("stored data round-trips every article field", "[schema][unit]") {
  Article a;
  a.id = "001";
  a.title = "Cambodia refutes US\xE2\x80\x99 human rights report";
  a.body = "First paragraph.\n\nSecond <b>paragraph</b> & more.";
  a.source = "Phnom Penh Post";
  a.url = "https://example.org/a";
  a.dateline = "PHNOM PENH";
  a.origin = "/corpus/001.txt";
  a.date = Date{2023, 3, 24};
  a.entities.push_back(Entity{.facet = Facet::kSpokesperson,
                              .value = "An Sokkhoeurn",
                              .role = "spokesman",
                              .affiliations = {"Ministry of Foreign Affairs and International Cooperation"},
                              .mentions = 2});
  Article b = schema::decode_stored(schema::encode_stored(a));
  CHECK(b.id == a.id);
  CHECK(b.title == a.title);
  CHECK(b.body == a.body);
  CHECK(b.source == a.source);
  CHECK(b.url == a.url);
  CHECK(b.dateline == a.dateline);
  CHECK(b.origin == a.origin);
  CHECK(b.date == a.date);
  CHECK(b.entities == a.entities);
}

TEST_CASE("decode_stored rejects data that is not tonle's", "[schema][unit]") {
  CHECK_THROWS_AS(schema::decode_stored("not json"), std::runtime_error);
  CHECK_THROWS_AS(schema::decode_stored("[1,2]"), std::runtime_error);
  CHECK_THROWS_AS(schema::decode_stored(R"({"title":"no id"})"), std::runtime_error);
  // A record cut short anywhere, or whose length runs past its end.
  Article a{.id = "kt-1", .title = "Rice prices", .body = "Prices rose."};
  std::string record = schema::encode_stored(a);
  for (size_t n = 0; n < record.size(); ++n) {
    CAPTURE(n);
    CHECK_THROWS_AS(schema::decode_stored(record.substr(0, n)), std::runtime_error);
  }
  CHECK_THROWS_AS(schema::decode_stored(std::string("\x01\xFF\xFF\xFF\xFF\xFF\x7F", 7)), std::runtime_error);
}

TEST_CASE("the stored record keeps text raw, entities are read only when asked", "[schema][unit]") {
  Article a{.id = "kt-2", .title = "T", .body = std::string(300, 'x') + "\n\n\"quoted\" \\ body \xE1\x9E\x80"};
  a.entities.push_back(Entity{.facet = Facet::kNgo, .value = "Kanha Watch", .mentions = 1});
  std::string record = schema::encode_stored(a);
  CHECK(record.find(a.body) != std::string::npos);  // raw, not escaped
  CHECK(schema::decode_stored(record).entities == a.entities);
  CHECK(schema::decode_stored(record, false).entities.empty());
  CHECK(schema::decode_stored(record, false).body == a.body);
}

TEST_CASE("an index written with JSON stored data is still read", "[schema][unit]") {
  Article b = schema::decode_stored(
      R"({"body":"Para one.","date":"2023-03-24","date_basis":"lead","dateline":"PHNOM PENH","entities":)"
      R"([{"facet":"ngo","mentions":1,"value":"Kanha Watch"}],"id":"001","origin":"/c/001.txt","source":"EAC",)"
      R"("title":"Old","url":"https://x.example/1"})");
  CHECK(b.id == "001");
  CHECK(b.title == "Old");
  CHECK(b.body == "Para one.");
  CHECK(b.date == Date{2023, 3, 24});
  CHECK(b.dateline == "PHNOM PENH");
  REQUIRE(b.entities.size() == 1);
  CHECK(b.entities[0].value == "Kanha Watch");
}

TEST_CASE("facet slots never collide", "[schema][unit]") {
  std::set<Xapian::valueno> used = {schema::kSlotDate};
  for (Facet f : kAllFacets) {
    unsigned width = schema::is_multi_valued(f) ? schema::kMaxValuesPerFacet : 1;
    for (unsigned i = 0; i < width; ++i) {
      INFO(facet_name(f) << " slot " << i);
      CHECK(used.insert(schema::facet_slot(f, i)).second);
    }
  }
}

TEST_CASE("alias groups round-trip and malformed data decodes to nothing", "[schema][unit]") {
  schema::AliasGroups g = {{"Human Rights Watch", "HRW"}, {"Cambodian Human Rights Committee", "CHRC"}};
  CHECK(schema::decode_aliases(schema::encode_aliases(g)) == g);
  CHECK(schema::decode_aliases("").empty());
  CHECK(schema::decode_aliases("{\"a\":1}").empty());
}

TEST_CASE("dates have a sortable value form", "[schema][unit]") {
  CHECK(schema::date_value(Date{2023, 12, 22}) == "20231222");
  CHECK(schema::date_value(Date{2021, 4, 1}) < schema::date_value(Date{2023, 3, 24}));
  CHECK(parse_iso_date("2023-12-22") == Date{2023, 12, 22});
  CHECK(parse_iso_date("2023") == Date{2023, 1, 1});
  CHECK_FALSE(parse_iso_date("2023-13-01"));
  CHECK_FALSE(parse_iso_date("yesterday"));
}

TEST_CASE("a lone article's story id is the same on every build", "[schema][unit]") {
  // Stored in indexes and in saved links: a changed hash would rename every lone article's story.
  CHECK(schema::story_id_for("business/001") == "s6527cde3");
  CHECK(schema::story_id_for("a") != schema::story_id_for("b"));
  CHECK(schema::decode_story_members("x\ny\n") == std::vector<std::string>{"x", "y"});
}
}  // namespace tonle
