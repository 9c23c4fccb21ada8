// index_check.cc — see index_check.h.
#include "searcher/index_check.h"

#include <xapian.h>

#include "searcher/match_all.h"

namespace tonle {

namespace {

constexpr Xapian::docid kProbeSamples = 64;

// Reads everything stored for one document; throws Xapian::Error if a table is damaged.
void read_document(Xapian::Database& db, Xapian::docid id) {
  Xapian::Document doc = db.get_document(id);
  (void)doc.get_data();
  for (auto v = doc.values_begin(); v != doc.values_end(); ++v) {
    (void)*v;
  }
  for (auto t = db.termlist_begin(id); t != db.termlist_end(id); ++t) {
    (void)t.get_wdf();
  }
  if (db.has_positions()) {
    for (auto t = db.termlist_begin(id); t != db.termlist_end(id); ++t) {
      if (t.positionlist_count() > 0) {
        for (auto p = t.positionlist_begin(); p != t.positionlist_end(); ++p) {
          (void)*p;
        }
        break;
      }
    }
  }
}

}  // namespace

std::optional<std::string> probe_index(IndexReader& reader) {
  Xapian::Database& db = reader.database();
  std::string step = "opening the index";
  try {
    if (db.get_doccount() == 0) {
      return std::nullopt;
    }
    // Documents spread evenly over the id range: damage anywhere in the document tables is
    // likely met by one of them (`check_index` reads every block).
    Xapian::docid last_id = db.get_lastdocid();
    for (Xapian::docid k = 0; k <= kProbeSamples; ++k) {
      Xapian::docid wanted = 1 + static_cast<Xapian::docid>((uint64_t(last_id - 1) * k) / kProbeSamples);
      step = "the list of all articles";
      Xapian::PostingIterator it = db.postlist_begin("");
      it.skip_to(wanted);
      if (it == db.postlist_end("")) {
        continue;
      }
      step = "article " + std::to_string(*it) + "'s stored data";
      read_document(db, *it);
    }
    step = "a posting list";
    Xapian::Enquire enquire(db);
    enquire.set_query(match_all());
    Xapian::MSet m = enquire.get_mset(0, 1);
    if (m.empty()) {
      return "a match-all query found nothing in an index of " + std::to_string(db.get_doccount()) + " articles";
    }
    step = "the spelling table";
    (void)db.get_spelling_suggestion("cambodai");
    return std::nullopt;
  } catch (const Xapian::Error& e) {
    return "cannot read " + step + ": " + e.get_description();
  }
}

CheckResult check_index(const IndexReader& reader, std::ostream* report) {
  CheckResult r;
  try {
    r.errors = Xapian::Database::check(reader.generation_path().string(),
                                       Xapian::DBCHECK_SHOW_STATS, report);
  } catch (const Xapian::Error& e) {
    r.errors = 1;
    r.problem = e.get_description();
  }
  return r;
}

}  // namespace tonle
