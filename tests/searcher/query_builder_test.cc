// query_builder_test.cc — what QueryBuilder hands to Xapian, beyond what searcher_test sees
// through whole searches.
#include "searcher/query_builder.h"

#include <catch2/catch.hpp>

#include "searcher/match_all.h"

namespace tonle {
namespace {

// True if `q` or any query under it is Xapian's global Query::MatchAll object itself (not an
// equal one): its reference count is a plain unsigned in Xapian 1.4, so a query that holds it
// makes every thread that copies the query write to one shared counter.
bool shares_global_match_all(const Xapian::Query& q) {
  if (q.internal.get() != nullptr && q.internal.get() == Xapian::Query::MatchAll.internal.get()) {
    return true;
  }
  for (size_t i = 0; i < q.get_num_subqueries(); ++i) {
    if (shares_global_match_all(q.get_subquery(i))) {
      return true;
    }
  }
  return false;
}

}  // namespace

TEST_CASE("built queries never hold Xapian's global MatchAll, whose count threads would race on",
          "[query_builder]") {
  Analyzer analyzer;
  AliasIndex aliases;
  QueryBuilder builder(analyzer, aliases);
  // The queries that match everything, or everything but something: empty, only negated words,
  // a negated word inside OR; and queries of filters only.
  for (const char* text : {"", "-election", "NOT election", "land OR -election", "year:2023", "ngo:LICADHO"}) {
    for (MatchMode mode : {MatchMode::kAll, MatchMode::kAny}) {
      BuiltQuery built = builder.build(parse_query(text), {.mode = mode});
      INFO("query: " << text << " -> " << built.query.get_description());
      CHECK_FALSE(shares_global_match_all(built.query));
      bool filters_only = std::string_view(text).find(':') != std::string_view::npos;
      CHECK((built.query.get_description().find("<alldocuments>") != std::string::npos) == !filters_only);
    }
  }
}

TEST_CASE("match_all() is a query of its own that matches every document", "[query_builder]") {
  Xapian::Query a = match_all();
  CHECK(a.get_type() == Xapian::Query::LEAF_MATCH_ALL);
  CHECK(a.internal.get() != Xapian::Query::MatchAll.internal.get());
  CHECK(a.internal.get() != match_all().internal.get());
  Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
  for (int i = 0; i < 3; ++i) {
    db.add_document(Xapian::Document());
  }
  Xapian::Enquire enquire(db);
  enquire.set_query(a);
  CHECK(enquire.get_mset(0, 10).size() == 3);
}

}  // namespace tonle
