// indexer.h — one `tonle index` run: finds the input files, prepares them on worker threads
// (parse, entities, documents), and writes them with the single Xapian writer. A full rebuild
// builds a new generation aside and publishes it atomically (see index_store.h); --update edits
// the live generation inside one transaction, so readers see the old or the new index, never a
// half-updated one. Call from one thread; it starts and joins its own workers.
#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

namespace tonle {

struct IndexOptions {
  std::vector<std::string> inputs;  // files and directories
  std::filesystem::path db;         // database directory
  bool update = false;              // only new and changed files; drop deleted ones
  bool stories = true;              // group articles into stories (stories.h) after writing them
  std::string gazetteer_path;       // data/gazetteer.txt by default
  unsigned threads = 0;             // preparation threads; 0 = one per core
  uintmax_t max_file_bytes = uintmax_t{64} << 20;  // larger files are skipped with a message
  std::function<void(size_t done, size_t total)> on_progress;  // after each file
  std::function<void(const std::string& line)> on_problem;     // "PATH: reason"
  std::function<void(const std::string& line)> on_note;        // "PATH: what was done" (no problem)
};

struct IndexSummary {
  size_t files_seen = 0;
  size_t files_indexed = 0;
  size_t files_unchanged = 0;  // --update: same size and time, or only touched (same bytes)
  size_t files_skipped = 0;    // nothing usable in them
  size_t files_removed = 0;    // --update: gone since last time
  size_t files_moved = 0;      // --update: new paths with the bytes of gone ones
  size_t articles = 0;         // articles written in this run
  size_t entities = 0;         // facet values attached to those articles
  size_t problems = 0;         // problem lines reported
  size_t total_articles = 0;   // articles in the index afterwards
  double seconds = 0;
  // Where a full rebuild's time went: ("articles", s) for parsing, analysis and writing the
  // partial databases, ("merge", s) for compacting them, ("stories", s) for grouping stories,
  // ("spelling", s) for the vocabulary.
  std::vector<std::pair<std::string, double>> phases;
  // 0: everything indexed; 1: some files or lines skipped; 2: nothing usable.
  int exit_code() const;
};

// Throws IndexError (see index_store.h) or Xapian::Error for fatal problems: another run holds
// the lock, the directory is not writable, the disk is full. The previous index is then intact.
IndexSummary run_index(const IndexOptions& options);

}  // namespace tonle
