// facet_table_test.cc — the in-memory facet table counts exactly what the stored values count,
// and the process-wide cache hands out one table per database revision.
#include <xapian.h>

#include <catch2/catch.hpp>

#include "core/schema.h"
#include "corpus_index.h"
#include "indexer/document_builder.h"
#include "searcher/facet_counter.h"
#include "searcher/facet_table.h"
#include "searcher/searcher.h"

namespace tonle {

namespace {

Article make(const std::string& id, std::vector<std::string> ngos, int year, int month = 1) {
  Article a{.id = id, .title = "Title " + id, .body = "Body of " + id + " words.", .source = "Outlet " + id};
  if (year > 0) {
    a.date = Date{year, month, 1};
  }
  for (std::string& n : ngos) {
    a.entities.push_back(Entity{.facet = Facet::kNgo, .value = std::move(n), .mentions = 1});
  }
  return a;
}

void add(Xapian::WritableDatabase& db, const Article& a, const Analyzer& analyzer) {
  BuiltDocument d = build_document(a, analyzer);
  db.replace_document(schema::id_term(d.id), d.document);
}

std::vector<std::pair<std::string, Xapian::doccount>> flat(const std::vector<FacetValueCount>& v) {
  std::vector<std::pair<std::string, Xapian::doccount>> out;
  for (const auto& c : v) {
    out.emplace_back(c.value, c.count);
  }
  return out;
}

}  // namespace

TEST_CASE("the facet table counts what the packed values count", "[facets][unit]") {
  Analyzer analyzer;
  Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
  add(db, make("a", {"HRW", "Amnesty", "Licadho"}, 2021), analyzer);
  add(db, make("b", {"HRW", "Adhoc"}, 2023), analyzer);
  add(db, make("c", {"Amnesty"}, 2023), analyzer);
  add(db, make("d", {}, 2022), analyzer);
  db.delete_document(schema::id_term("c"));  // a hole in the docids
  add(db, make("e", {"Adhoc", "HRW"}, 2021, 11), analyzer);
  add(db, make("f", {"HRW"}, 0), analyzer);  // undated

  std::shared_ptr<const FacetTable> table = FacetTable::build(db);
  CHECK(table->months() == std::vector<uint32_t>{202101, 202111, 202201, 202301});
  auto [first, last] = table->facet_ids(Facet::kNgo);
  CHECK(last - first == 4);
  CHECK(table->ids(0).empty());
  CHECK(table->ids(1000).empty());

  for (const char* word : {"body", "words", "a", "e"}) {
    Xapian::Enquire packed_enquire(db);
    packed_enquire.set_query(Xapian::Query(word));
    FacetCounter packed(db, {kAllFacets.begin(), kAllFacets.end()}, FacetStrategy::kPacked);
    packed.attach(packed_enquire);
    packed_enquire.get_mset(0, 10, db.get_doccount());

    Xapian::Enquire table_enquire(db);
    table_enquire.set_query(Xapian::Query(word));
    FacetCounter from_table(table);
    from_table.attach(table_enquire);
    table_enquire.get_mset(0, 10, db.get_doccount());
    for (Facet f : kAllFacets) {
      INFO(word << " " << facet_name(f));
      CHECK(flat(from_table.counts(f)) == flat(packed.counts(f)));
      CHECK(flat(from_table.counts(f, 1)) == flat(packed.counts(f, 1)));
    }
    INFO(word);
    CHECK(from_table.months() == packed.months());
  }
  // Every document but the undated one, by month.
  Xapian::Enquire all(db);
  all.set_query(Xapian::Query("body"));
  FacetCounter months(table);
  months.attach(all);
  all.get_mset(0, 10, db.get_doccount());
  using M = std::vector<std::pair<uint32_t, Xapian::doccount>>;
  CHECK(months.months() == M{{202101, 1}, {202111, 1}, {202201, 1}, {202301, 1}});
}

TEST_CASE("the facet table cache builds one table per database revision", "[facets][integration]") {
  testing::TempDir dir;
  Analyzer analyzer;
  std::string path = (dir.path() / "db").string();
  Xapian::WritableDatabase writer(path, Xapian::DB_CREATE | Xapian::DB_BACKEND_GLASS);
  add(writer, make("a", {"HRW"}, 2021), analyzer);
  writer.commit();

  FacetTableCache cache;
  Xapian::Database reader(path);
  std::shared_ptr<const FacetTable> first = cache.get(reader);
  REQUIRE(first);
  CHECK(cache.get(reader) == first);  // same revision: the same table

  add(writer, make("b", {"Amnesty"}, 2022), analyzer);
  writer.commit();
  reader.reopen();
  std::shared_ptr<const FacetTable> second = cache.get(reader);
  REQUIRE(second);
  CHECK(second != first);
  auto [lo, hi] = second->facet_ids(Facet::kNgo);
  CHECK(hi - lo == 2);  // the new article's NGO is counted
  CHECK(first->facet_ids(Facet::kNgo).second - first->facet_ids(Facet::kNgo).first == 1);

  Xapian::WritableDatabase memory(std::string(), Xapian::DB_BACKEND_INMEMORY);
  CHECK(cache.get(memory) == nullptr);  // no revision to key it by
  Xapian::Database two(path);
  two.add_database(Xapian::Database(path));
  CHECK(cache.get(two) == nullptr);  // several parts: counted by Xapian's spies instead
}

TEST_CASE("searching with the shared facet table gives the same facets", "[facets][integration]") {
  auto tables = std::make_shared<FacetTableCache>();
  Searcher with_table(testing::corpus_index(), {.facet_tables = tables});
  Searcher without(testing::corpus_index());
  std::vector<SearchRequest> requests(4);
  requests[0].query = "";
  requests[1].query = "\"Human Rights Watch\"";
  requests[2].query = "government report";
  requests[2].mode = MatchMode::kAny;
  requests[3].query = "rights";
  requests[3].filters[Facet::kNgo] = {"Human Rights Watch"};
  for (const SearchRequest& r : requests) {
    SearchResult a = with_table.search(r);
    SearchResult b = without.search(r);
    INFO(r.query);
    CHECK(a.total == b.total);
    REQUIRE(a.facets.size() == b.facets.size());
    for (size_t i = 0; i < a.facets.size(); ++i) {
      REQUIRE(a.facets[i].second.size() == b.facets[i].second.size());
      for (size_t j = 0; j < a.facets[i].second.size(); ++j) {
        CHECK(a.facets[i].second[j].value == b.facets[i].second[j].value);
        CHECK(a.facets[i].second[j].count == b.facets[i].second[j].count);
        CHECK(a.facets[i].second[j].selected == b.facets[i].second[j].selected);
      }
    }
    CHECK(a.months == b.months);
  }
  CHECK(with_table.search(requests[0]).facets.front().second.size() > 0);
  // The corpus by month: the 2021 report's answer, the two March 2023 stories, September, December.
  std::vector<MonthCount> months = {{2021, 4, 1}, {2023, 3, 2}, {2023, 9, 1}, {2023, 12, 1}};
  CHECK(with_table.search(requests[0]).months == months);
}

}  // namespace tonle
