// match_set_test.cc — the bitmap match set holds exactly the documents Xapian's matcher returns,
// for every kind of query node (evaluated here or handed to the matcher).
#include <xapian.h>

#include <catch2/catch.hpp>

#include "core/schema.h"
#include "indexer/document_builder.h"
#include "searcher/match_set.h"

namespace tonle {

namespace {

std::vector<Xapian::docid> by_xapian(const Xapian::Database& db, const Xapian::Query& q) {
  Xapian::Enquire e(db);
  e.set_query(q);
  e.set_weighting_scheme(Xapian::BoolWeight());
  Xapian::MSet m = e.get_mset(0, db.get_doccount() + 1);
  std::vector<Xapian::docid> out;
  for (auto it = m.begin(); it != m.end(); ++it) {
    out.push_back(*it);
  }
  std::sort(out.begin(), out.end());
  return out;
}

std::vector<Xapian::docid> members(const DocSet& s) {
  std::vector<Xapian::docid> out;
  s.for_each([&](Xapian::docid d) { out.push_back(d); });
  return out;
}

// 300 documents: word "all" everywhere, "even"/"odd", "third" on multiples of 3, "rare" on one,
// the phrase "red fox" on multiples of 5 and "fox red" on multiples of 7, a year value.
Xapian::WritableDatabase make_db() {
  Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
  for (Xapian::docid i = 1; i <= 300; ++i) {
    Xapian::Document d;
    Xapian::termpos pos = 1;
    d.add_posting("all", pos++);
    d.add_posting(i % 2 == 0 ? "even" : "odd", pos++);
    if (i % 3 == 0) d.add_posting("third", pos++);
    if (i == 150) d.add_posting("rare", pos++);
    if (i % 5 == 0) {
      d.add_posting("red", pos++);
      d.add_posting("fox", pos++);
    }
    if (i % 7 == 0) {
      d.add_posting("fox", pos + 10);
      d.add_posting("red", pos + 11);
    }
    d.add_value(schema::kSlotYear, std::to_string(2000 + i % 20));
    db.add_document(d);
  }
  db.delete_document(9);  // deleted documents never match
  return db;
}

}  // namespace

TEST_CASE("the match set equals Xapian's matches for every query shape", "[match_set][unit]") {
  Xapian::WritableDatabase db = make_db();
  using Q = Xapian::Query;
  std::vector<Q> three = {Q("all"), Q("odd"), Q("third")};
  std::vector<std::pair<std::string, Q>> queries = {
      {"term", Q("third")},
      {"missing term", Q("nothing")},
      {"match all", Q::MatchAll},
      {"match nothing", Q::MatchNothing},
      {"or", Q(Q::OP_OR, Q("rare"), Q("third"))},
      {"and", Q(Q::OP_AND, Q("even"), Q("third"))},
      {"and with a rare term (skips)", Q(Q::OP_AND, Q("all"), Q("rare"))},
      {"and of three", Q(Q::OP_AND, three.begin(), three.end())},
      {"and not", Q(Q::OP_AND_NOT, Q("all"), Q("third"))},
      {"filter", Q(Q::OP_FILTER, Q("odd"), Q("third"))},
      {"and maybe", Q(Q::OP_AND_MAYBE, Q("even"), Q("third"))},
      {"xor", Q(Q::OP_XOR, Q("even"), Q("third"))},
      {"synonym", Q(Q::OP_SYNONYM, Q("rare"), Q("odd"))},
      {"scaled", Q(Q::OP_SCALE_WEIGHT, Q("third"), 0.0)},
      {"phrase (by the matcher)", Q(Q::OP_PHRASE, Q("red"), Q("fox"))},
      {"phrase inside and", Q(Q::OP_AND, Q("even"), Q(Q::OP_PHRASE, Q("red"), Q("fox")))},
      {"value range (by the matcher)", Q(Q::OP_VALUE_RANGE, schema::kSlotYear, "2003", "2005")},
      {"nested", Q(Q::OP_AND_NOT, Q(Q::OP_OR, Q("third"), Q(Q::OP_AND, Q("even"), Q("fox"))), Q("rare"))},
  };
  for (const auto& [name, q] : queries) {
    INFO(name << ": " << q.get_description());
    DocSet s = match_set(db, q);
    CHECK(members(s) == by_xapian(db, q));
    CHECK(s.count() == by_xapian(db, q).size());
  }
}

TEST_CASE("queries that need Xapian's matcher are recognised", "[match_set][unit]") {
  using Q = Xapian::Query;
  CHECK_FALSE(needs_matcher(Q(Q::OP_AND_NOT, Q(Q::OP_OR, Q("a"), Q("b")), Q("c"))));
  CHECK_FALSE(needs_matcher(Q::MatchAll));
  CHECK(needs_matcher(Q(Q::OP_AND, Q("a"), Q(Q::OP_PHRASE, Q("b"), Q("c")))));
  CHECK(needs_matcher(Q(Q::OP_VALUE_RANGE, 1, "2001", "2003")));
}

TEST_CASE("doc sets combine like sets", "[match_set][unit]") {
  DocSet a(200);
  DocSet b(200);
  for (Xapian::docid d : {1u, 63u, 64u, 65u, 200u}) a.add(d);
  for (Xapian::docid d : {63u, 65u, 100u}) b.add(d);
  a.add(5000);  // beyond the set's range: ignored
  CHECK(a.count() == 5);
  CHECK_FALSE(a.contains(5000));
  DocSet both = a;
  both &= b;
  CHECK(members(both) == std::vector<Xapian::docid>{63, 65});
  DocSet either = a;
  either |= b;
  CHECK(either.count() == 6);
  DocSet only_a = a;
  only_a.subtract(b);
  CHECK(members(only_a) == std::vector<Xapian::docid>{1, 64, 200});
  CHECK(DocSet(10).empty());
}

}  // namespace tonle
