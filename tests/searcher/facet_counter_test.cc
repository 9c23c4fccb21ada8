// facet_counter_test.cc — exact multi-valued facet counts on an in-memory database of made-up
// articles (an article naming three NGOs counts once under each).
#include <xapian.h>

#include <catch2/catch.hpp>

#include "core/schema.h"
#include "indexer/document_builder.h"
#include "searcher/facet_counter.h"
#include "searcher/match_all.h"

namespace tonle {

namespace {

Article make(const std::string& id, std::vector<std::string> ngos, int year) {
  Article a{.id = id, .title = "Title " + id, .body = "Body of " + id + ".", .source = "Outlet"};
  a.date = Date{year, 1, 1};
  for (std::string& n : ngos) {
    a.entities.push_back(Entity{.facet = Facet::kNgo, .value = std::move(n), .mentions = 1});
  }
  return a;
}

std::map<std::string, Xapian::doccount> as_map(const std::vector<FacetValueCount>& v) {
  std::map<std::string, Xapian::doccount> m;
  for (const auto& c : v) {
    m[c.value] = c.count;
  }
  return m;
}

}  // namespace

TEST_CASE("multi-valued facets count each article once per value", "[facets][unit]") {
  Analyzer analyzer;
  Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
  for (const Article& a : {make("a", {"HRW", "Amnesty", "Licadho"}, 2021),
                           make("b", {"HRW", "HRW", "Adhoc"}, 2023),
                           make("c", {"Amnesty"}, 2023), make("d", {}, 2022)}) {
    BuiltDocument d = build_document(a, analyzer);
    db.replace_document(schema::id_term(d.id), d.document);
  }
  REQUIRE(facet_width(db, Facet::kNgo) == 3);
  REQUIRE(facet_width(db, Facet::kParty) == 0);

  auto strategy = GENERATE(FacetStrategy::kPacked, FacetStrategy::kSlots);
  Xapian::Enquire e(db);
  e.set_query(match_all());
  FacetCounter counter(db, {Facet::kNgo, Facet::kYear}, strategy);
  counter.attach(e);
  e.get_mset(0, 10, db.get_doccount());
  CHECK(as_map(counter.counts(Facet::kNgo)) ==
        std::map<std::string, Xapian::doccount>{{"HRW", 2}, {"Amnesty", 2}, {"Licadho", 1}, {"Adhoc", 1}});
  CHECK(as_map(counter.counts(Facet::kYear)) ==
        std::map<std::string, Xapian::doccount>{{"2021", 1}, {"2022", 1}, {"2023", 2}});
  std::vector<FacetValueCount> sorted = counter.counts(Facet::kNgo);
  CHECK(sorted[0].value == "Amnesty");  // ties broken by value
  CHECK(sorted[1].value == "HRW");
}

}  // namespace tonle

namespace tonle {

TEST_CASE("an unusable facet value leaves no gap in the slots", "[facets][unit]") {
  // Regression: a value too long to be a term still advanced the slot index, so the next value
  // landed in slot 1 with slot 0 empty, and per-slot counting (shards) stopped at the gap.
  Analyzer analyzer;
  Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
  Article a = make("a", {std::string(300, 'x'), "HRW"}, 2023);
  db.add_document(build_document(a, analyzer).document);
  CHECK(facet_width(db, Facet::kNgo) == 1);
  Xapian::Enquire e(db);
  e.set_query(match_all());
  FacetCounter counter(db, {Facet::kNgo}, FacetStrategy::kSlots);
  counter.attach(e);
  e.get_mset(0, 10, db.get_doccount());
  CHECK(as_map(counter.counts(Facet::kNgo)) == std::map<std::string, Xapian::doccount>{{"HRW", 1}});
}

}  // namespace tonle
