// index_writer.h — the writing half of an index run. A Writer puts prepared files into one
// WritableDatabase: their documents, spelling words (--update only: a full rebuild adds the
// whole vocabulary once at the end, add_vocabulary_spelling), and a per-file record (signature
// and article ids, in metadata) that --update uses to skip unchanged files and drop deleted ones.
// A full rebuild runs one Writer per worker thread, each on its own partial database; an update
// runs one Writer on the live database.
//
// Threads: a Writer is used by one thread. RunLog and IdRegistry are shared by all of a run's
// Writers and are thread-safe.
#pragma once

#include <xapian.h>

#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "indexer/entities/scan.h"
#include "indexer/indexer.h"
#include "indexer/prepare.h"

namespace tonle {

struct SourceRecord {
  std::string signature;
  std::vector<std::string> ids;
};
std::optional<SourceRecord> read_record(const Xapian::Database& db, const std::string& path);

// Problems and progress of a run, reported through the caller's callbacks one at a time.
class RunLog {
 public:
  RunLog(const IndexOptions& opts, size_t total_files) : opts_(opts), total_(total_files) {}
  void problem(const std::string& line);
  void file_done();
  size_t problems() const;

 private:
  const IndexOptions& opts_;
  mutable std::mutex mu_;
  size_t total_;
  size_t done_ = 0;
  size_t problems_ = 0;
};

// Which worker wrote each article id, so that an id seen twice keeps only its last copy.
class IdRegistry {
 public:
  // Records that `worker` writes `id` from `path`; returns the earlier writer and path if any.
  std::optional<std::pair<size_t, std::string>> claim(const std::string& id, size_t worker,
                                                      const std::string& path);

 private:
  std::mutex mu_;
  std::map<std::string, std::pair<size_t, std::string>> owners_;
};

// Adds every unprefixed word of `db` worth suggesting (spelling_word) to its spelling table,
// weighted by the number of articles that use it: one call per distinct word, where adding each
// article's words cost a third of a full rebuild's time.
void add_vocabulary_spelling(Xapian::WritableDatabase& db);

class Writer {
 public:
  // `fresh`: the database is new, so documents are added without looking up old copies.
  Writer(Xapian::WritableDatabase& db, bool fresh, size_t worker, RunLog& log, IdRegistry& ids);

  void write(PreparedFile& file);
  // --update: forget a file that is gone, and its articles.
  void remove_source(const std::string& path);
  IndexSummary& summary() { return summary_; }
  std::vector<entities::LearnedAlias>& learned() { return learned_; }
  // Ids written here that a later copy elsewhere replaced, for the caller to drop.
  std::vector<std::pair<size_t, std::string>>& superseded() { return superseded_; }

 private:
  Xapian::WritableDatabase& db_;
  bool fresh_;
  size_t worker_;
  RunLog& log_;
  IdRegistry& ids_;
  IndexSummary summary_;
  std::vector<entities::LearnedAlias> learned_;
  std::vector<std::pair<size_t, std::string>> superseded_;  // (worker, id) to delete
};

}  // namespace tonle
