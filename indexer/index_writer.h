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
#include <set>
#include <string>
#include <vector>

#include "indexer/entities/scan.h"
#include "indexer/indexer.h"
#include "indexer/prepare.h"

namespace tonle {

struct SourceRecord {
  std::string signature;  // SourceFile::signature() when it was indexed
  std::string hash;       // content_hash() of its bytes
  std::vector<std::string> ids;
};
std::optional<SourceRecord> read_record(const Xapian::Database& db, const std::string& path);
void write_record(Xapian::WritableDatabase& db, const std::string& path, const SourceRecord& r);
// Every source path the database has a record of.
std::vector<std::string> recorded_paths(const Xapian::Database& db);

// Problems and progress of a run, reported through the caller's callbacks one at a time.
class RunLog {
 public:
  RunLog(const IndexOptions& opts, size_t total_files) : opts_(opts), total_(total_files) {}
  void problem(const std::string& line);
  void note(const std::string& line);  // worth telling, not a problem ("read as windows-1252")
  void file_done();
  size_t problems() const;

 private:
  const IndexOptions& opts_;
  mutable std::mutex mu_;
  size_t total_;
  size_t done_ = 0;
  size_t problems_ = 0;
};

// Which file holds each article id in a run. Two files never share one and nothing is replaced
// silently: the file first by path keeps an id, the other's article takes another one
// (`file id/record id` for a JSON Lines record, `id~2` otherwise) and both paths are reported.
// An article already in the database (--update) keeps its id. Thread-safe.
class IdRegistry {
 public:
  static constexpr size_t kStored = static_cast<size_t>(-1);  // "worker" of an article in the database

  // An article that another now holds the id of, to be given `new_id` where its worker wrote it.
  struct Evicted {
    size_t worker = 0;
    std::string old_id, new_id, path;
  };
  struct Claim {
    std::string id;                  // the id to write this article under
    std::optional<Evicted> evicted;  // an earlier article of a later path that must move
    std::string problem;             // what to report ("" if the id was free)
  };
  // `file_id` is SourceFile::id of `path`. `stored_origin`: the origin (printable path) of an
  // article the database already holds under `id`, if any and not `path`'s own.
  Claim claim(const std::string& id, size_t worker, const std::string& path, const std::string& file_id,
              const std::optional<std::string>& stored_origin = std::nullopt);

 private:
  struct Owner {
    size_t worker;
    std::string path, file_id;
  };
  std::string free_variant(const std::string& id, const std::string& file_id) const;  // mu_ held
  std::mutex mu_;
  std::map<std::string, Owner> owners_;
};

// Adds every unprefixed word of `db` worth suggesting (spelling_word) to its spelling table,
// weighted by the number of articles that use it: one call per distinct word, where adding each
// article's words cost a third of a full rebuild's time.
void add_vocabulary_spelling(Xapian::WritableDatabase& db);

class Writer {
 public:
  // `fresh`: the database is new, so documents are added without looking up old copies.
  Writer(Xapian::WritableDatabase& db, bool fresh, size_t worker, RunLog& log, IdRegistry& ids);

  // Writes a prepared file, or a part of one (a JSON Lines file comes in parts: `last` on the
  // final one, which completes the file's record).
  void write(PreparedFile& file, bool last = true);
  // --update: forget a file that is gone, and its articles.
  void remove_source(const std::string& path);
  // A file whose bytes did not change since its record was written (only touched): its record
  // takes the new signature.
  void touch_source(const std::string& path, const SourceRecord& old, const std::string& signature);
  IndexSummary& summary() { return summary_; }
  std::vector<entities::LearnedAlias>& learned() { return learned_; }
  // Articles written elsewhere that must take another id, for the caller to rename where their
  // worker wrote them (rename_article).
  std::vector<IdRegistry::Evicted>& evicted() { return evicted_; }
  // --update: the ids of the articles this writer wrote, in order (their stories are regrouped).
  const std::vector<std::string>& written() const { return written_; }
  // --update: the stories that articles this writer removed or rewrote belonged to (their member
  // lists are checked once the run has regrouped).
  const std::set<std::string>& stories_left() const { return stories_left_; }

 private:
  Xapian::WritableDatabase& db_;
  bool fresh_;
  size_t worker_;
  RunLog& log_;
  IdRegistry& ids_;
  IndexSummary summary_;
  std::vector<entities::LearnedAlias> learned_;
  std::vector<IdRegistry::Evicted> evicted_;
  std::vector<std::string> written_;
  std::set<std::string> stories_left_;
  void left(std::string story) {
    if (!story.empty()) {
      stories_left_.insert(std::move(story));
    }
  }
  struct Pending {  // a file whose parts are being written
    SourceRecord record;
    std::optional<SourceRecord> old;
  };
  std::map<std::string, Pending> pending_;
};

// Gives the article that `path` wrote under `old_id` the id `new_id` (document, stored data and
// the file's record). Does nothing if no such article is there.
void rename_article(Xapian::WritableDatabase& db, const IdRegistry::Evicted& e);

}  // namespace tonle
