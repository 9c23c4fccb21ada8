// index_reader.h — read access to a tonle database directory: open it (through its stub file),
// notice a newly published generation, fetch a stored article by id, and count every facet over
// the whole index (`tonle stats`). Owns one Xapian::Database; not thread-safe (Xapian databases
// are not): give each thread its own IndexReader.
#pragma once

#include <xapian.h>

#include <filesystem>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "core/article.h"
#include "searcher/facet_counter.h"

namespace tonle {

// A problem the user can fix: no index at that path, an unknown field, a malformed query.
struct SearchError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// The search engine itself failed (a corrupt or vanished database): not the user's fault.
struct EngineError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

struct IndexStats {
  Xapian::doccount articles = 0;
  std::vector<std::pair<Facet, std::vector<FacetValueCount>>> facets;  // every facet, in order
};

class IndexReader {
 public:
  // Throws SearchError if `dir` holds no tonle index.
  explicit IndexReader(std::filesystem::path dir);

  // Re-opens the database if a new generation was published or the live one was committed to.
  // Returns true if anything changed.
  bool refresh();

  Xapian::Database& database() { return db_; }
  Xapian::doccount article_count() const { return db_.get_doccount(); }
  // The generation open now, as the stub named it when it was opened ("gen-000003").
  std::string generation() const;
  // Whether the stub names shards served by xapian-tcpsrv ("remote ..."): Xapian 1.4 then runs
  // the match on the servers, where no KeyMaker can follow.
  bool has_remote_parts() const { return stub_target_.find("remote") != std::string::npos; }
  // When `tonle index` last wrote the index, in seconds since the Unix epoch; 0 when unknown.
  int64_t written_at();
  // The directory of that generation (DIR/gen-000003).
  std::filesystem::path generation_path() const { return dir_ / generation(); }
  std::optional<Article> article(const std::string& id);
  IndexStats stats();

 private:
  std::filesystem::path dir_;
  std::string stub_target_;  // what XAPIANDB pointed at when opened
  Xapian::Database db_;
};

}  // namespace tonle
