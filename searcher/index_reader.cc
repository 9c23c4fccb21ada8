// index_reader.cc — see index_reader.h.
#include "searcher/index_reader.h"

#include <cctype>
#include <fstream>
#include <sstream>

#include "core/schema.h"
#include "searcher/match_all.h"

namespace tonle {

namespace {

std::string read_stub(const std::filesystem::path& dir) {
  std::ifstream in(dir / "XAPIANDB");
  std::ostringstream buf;
  buf << in.rdbuf();
  return buf.str();
}

}  // namespace

IndexReader::IndexReader(std::filesystem::path dir) : dir_(std::move(dir)) {
  stub_target_ = read_stub(dir_);
  if (stub_target_.empty()) {
    throw SearchError("no tonle index at " + dir_.string() +
                      " (expected DIR/XAPIANDB; build one with `tonle index PATH --db " +
                      dir_.string() + "`)");
  }
  try {
    db_ = Xapian::Database(dir_.string());
  } catch (const Xapian::Error& e) {
    throw SearchError("cannot open the index at " + dir_.string() + ": " + e.get_msg());
  }
}

bool IndexReader::refresh() {
  std::string stub = read_stub(dir_);
  if (!stub.empty() && stub != stub_target_) {
    try {
      Xapian::Database fresh(dir_.string());
      db_ = fresh;
      stub_target_ = stub;
      return true;
    } catch (const Xapian::Error&) {
      return false;  // keep serving the generation we have
    }
  }
  try {
    return db_.reopen();
  } catch (const Xapian::Error&) {
    return false;
  }
}

int64_t IndexReader::written_at() {
  std::string v = db_.get_metadata(std::string(schema::kMetaWrittenAt));
  try {
    return v.empty() ? 0 : std::stoll(v);
  } catch (const std::exception&) {
    return 0;
  }
}

std::string IndexReader::generation() const {
  // The stub reads "auto gen-NNNNNN" (see indexer/index_store): its last word, without a slash.
  std::string name = stub_target_;
  while (!name.empty() && (std::isspace(static_cast<unsigned char>(name.back())) || name.back() == '/')) {
    name.pop_back();
  }
  size_t start = name.find_last_of(" \t/");
  return start == std::string::npos ? name : name.substr(start + 1);
}

std::optional<Article> IndexReader::article(const std::string& id) {
  std::string term = schema::id_term(id);
  Xapian::PostingIterator it = db_.postlist_begin(term);
  if (it == db_.postlist_end(term)) {
    return std::nullopt;
  }
  return schema::decode_stored(db_.get_document(*it).get_data());
}

IndexStats IndexReader::stats() {
  IndexStats out;
  out.articles = db_.get_doccount();
  std::vector<Facet> all(kAllFacets.begin(), kAllFacets.end());
  FacetCounter counter(db_, all);
  Xapian::Enquire enquire(db_);
  enquire.set_query(match_all());
  counter.attach(enquire);
  enquire.get_mset(0, 0, db_.get_doccount());
  for (Facet f : all) {
    out.facets.emplace_back(f, counter.counts(f));
  }
  return out;
}

}  // namespace tonle
