// searcher.h — answers SearchRequests against one tonle index: builds the query with the shared
// analyzer, ranks with BM25 (title words weigh more through their indexed wdf), sorts by
// relevance or date, counts every facet exactly over all matches (multi-select: a selected
// facet's own counts ignore its own filter), cuts highlighted snippets, suggests spellings and
// finds related articles.
//
// Ownership and threads: owns an IndexReader (one Xapian::Database) and an Analyzer, neither of
// which is thread-safe, so a Searcher serves one thread at a time; servers keep one per worker.
#pragma once

#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <string>

#include "core/analyzer.h"
#include "searcher/aliases.h"
#include "searcher/facet_table.h"
#include "searcher/index_check.h"
#include "searcher/index_reader.h"
#include "searcher/query_builder.h"
#include "searcher/search_types.h"

namespace tonle {

struct SearcherOptions {
  double time_limit_seconds = 2.0;  // per Xapian match; a runaway query stops with what it has
  size_t related_articles = 5;
  // Shared by every Searcher of a process (servers, benchmarks): facets are then counted from an
  // in-memory table per index revision instead of from stored values. A one-off search leaves it
  // empty: building the table would cost more than it saves.
  std::shared_ptr<FacetTableCache> facet_tables;
};

class Searcher {
 public:
  // Throws SearchError if `db_dir` holds no tonle index.
  explicit Searcher(std::filesystem::path db_dir, SearcherOptions options = {});

  // Both throw SearchError (index gone) or EngineError (Xapian failed); a database modified
  // under the reader is reopened and the request retried once.
  SearchResult search(const SearchRequest& request);
  // Every value of one facet over the search's matches (see FacetValuesRequest); same errors.
  FacetValuesResult facet_values(const FacetValuesRequest& request);
  // One article; with a query, the body's matches of it too (ArticleView::highlights).
  std::optional<ArticleView> article(const std::string& id, const std::string& query = "");
  // The entity page of facet value `value` (aliases included); nullopt if no article names it.
  std::optional<EntityView> entity(Facet facet, const std::string& value, size_t latest = 10);
  // A report's thread: the responses to report value `value` (aliases and case as for a facet
  // filter), oldest first, grouped by story; nullopt when no article answers it.
  std::optional<ReportThread> report_thread(const std::string& value);
  IndexStats stats() { return reader_.stats(); }
  size_t article_count() const { return reader_.article_count(); }
  // The index generation being served ("gen-000003").
  std::string generation() const { return reader_.generation(); }
  int64_t written_at() { return reader_.written_at(); }
  // What of the open index cannot be read, or nullopt when it is whole (see probe_index).
  std::optional<std::string> probe() { return probe_index(reader_); }
  // Picks up a newly published or updated index; returns true if it changed.
  bool refresh();
  // Builds (or finds) the shared facet table of the open index now rather than on the first
  // search; does nothing without SearcherOptions::facet_tables.
  void warm_up();

 private:
  // facet_limit: values kept per facet, 0 for all of them.
  SearchResult search_once(const SearchRequest& request, size_t facet_limit);
  std::optional<ArticleView> article_once(const std::string& id, const std::string& query);
  void count_roles(EntityView& view);  // entity_view.cc
  // Runs f; a database modified under the reader is reopened and f run again once; Xapian's
  // errors become EngineError.
  template <class F>
  auto with_retry(F f) -> decltype(f()) {
    try {
      try {
        return f();
      } catch (const Xapian::DatabaseModifiedError&) {
        reader_.database().reopen();  // a writer committed under us: read the new revision
        return f();
      }
    } catch (const Xapian::Error& e) {
      throw EngineError(e.get_description());
    }
  }
  void load_aliases();
  std::string did_you_mean(const SearchRequest& request, const BuiltQuery& built);
  std::vector<FacetValue> facet_values(std::vector<FacetValueCount> counts,
                                       const std::map<Facet, std::vector<std::string>>& chosen, Facet f) const;

  SearcherOptions options_;
  IndexReader reader_;
  Analyzer analyzer_;
  AliasIndex aliases_;
};

}  // namespace tonle
