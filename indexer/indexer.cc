// indexer.cc — the index run (see indexer.h).
#include "indexer/indexer.h"

#include <xapian.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <future>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <set>
#include <thread>

#include "core/schema.h"
#include "indexer/alias_table.h"
#include "indexer/index_store.h"
#include "indexer/prepare.h"

namespace tonle {

namespace {

using nlohmann::json;
constexpr size_t kFilesPerWorkerChunk = 32;
// Input bytes prepared at once (one chunk is written while the next is prepared): bounds memory.
constexpr uintmax_t kChunkBytes = uintmax_t{48} << 20;

struct SourceRecord {
  std::string signature;
  std::vector<std::string> ids;
};

std::string source_key(const std::string& path) {
  return std::string(schema::kMetaSourcePrefix) + path;
}

std::optional<SourceRecord> read_record(const Xapian::Database& db, const std::string& path) {
  std::string raw = db.get_metadata(source_key(path));
  json j = json::parse(raw, nullptr, false);
  if (raw.empty() || !j.is_object()) {
    return std::nullopt;
  }
  return SourceRecord{j.value("sig", ""), j.value("ids", std::vector<std::string>{})};
}

bool under_any(const std::string& path, const std::vector<std::string>& roots) {
  return std::any_of(roots.begin(), roots.end(), [&](const std::string& r) {
    return path == r || (path.starts_with(r) && path.size() > r.size() && path[r.size()] == '/');
  });
}

// State of one run's writing side.
class Writer {
 public:
  Writer(Xapian::WritableDatabase& db, const IndexOptions& opts, IndexSummary& summary,
         AliasTable& aliases)
      : db_(db), opts_(opts), summary_(summary), aliases_(aliases) {}

  void problem(const std::string& line) {
    ++summary_.problems;
    if (opts_.on_problem) {
      opts_.on_problem(line);
    }
  }

  void write(PreparedFile& f) {
    const std::string& path = f.file->path;
    for (const std::string& p : f.problems) {
      problem(path + ": " + p);
    }
    if (!f.usable()) {
      ++summary_.files_skipped;
      return;  // with --update, the file's previous articles stay indexed
    }
    std::optional<SourceRecord> old = read_record(db_, path);
    SourceRecord record{f.file->signature(), {}};
    for (BuiltDocument& d : f.documents) {
      auto [it, fresh] = written_ids_.emplace(d.id, path);
      if (!fresh) {
        problem(path + ": article id \"" + d.id + "\" was already indexed from " + it->second +
                "; this one replaces it");
      }
      if (fresh && !opts_.update) {
        db_.add_document(d.document);  // a fresh database: no old copy to look up
      } else {
        db_.replace_document(schema::id_term(d.id), d.document);
      }
      for (const std::string& w : d.spelling_words) {
        db_.add_spelling(w);
      }
      summary_.entities += d.entity_count;
      record.ids.push_back(d.id);
    }
    for (const entities::LearnedAlias& a : f.aliases) {
      aliases_.add_learned(a);
    }
    if (old) {
      std::set<std::string> now(record.ids.begin(), record.ids.end());
      for (const std::string& id : old->ids) {
        if (!now.contains(id)) {
          db_.delete_document(schema::id_term(id));
        }
      }
    }
    db_.set_metadata(source_key(path), json{{"sig", record.signature}, {"ids", record.ids}}.dump());
    summary_.articles += record.ids.size();
    ++summary_.files_indexed;
  }

  void remove_source(const std::string& path) {
    if (std::optional<SourceRecord> old = read_record(db_, path)) {
      for (const std::string& id : old->ids) {
        db_.delete_document(schema::id_term(id));
      }
    }
    db_.set_metadata(source_key(path), "");
    ++summary_.files_removed;
  }

  void finish() {
    db_.set_metadata(std::string(schema::kMetaSchemaVersion), std::string(schema::kSchemaVersion));
    db_.set_metadata(std::string(schema::kMetaAliases), schema::encode_aliases(aliases_.groups()));
  }

 private:
  Xapian::WritableDatabase& db_;
  const IndexOptions& opts_;
  IndexSummary& summary_;
  AliasTable& aliases_;
  std::map<std::string, std::string> written_ids_;
};

std::vector<PreparedFile> prepare_chunk(const std::vector<const SourceFile*>& files, size_t begin,
                                        size_t end,
                                        const std::vector<std::unique_ptr<Preparer>>& workers) {
  std::vector<PreparedFile> out(end - begin);
  std::atomic<size_t> next{begin};
  auto work = [&](const Preparer& p) {
    for (size_t i = next++; i < end; i = next++) {
      out[i - begin] = p.prepare(*files[i]);
    }
  };
  std::vector<std::thread> threads;
  for (size_t t = 1; t < workers.size(); ++t) {
    threads.emplace_back(work, std::cref(*workers[t]));
  }
  work(*workers[0]);
  for (std::thread& t : threads) {
    t.join();
  }
  return out;
}

// The end of the chunk that starts at `begin`: at most kFilesPerWorkerChunk files per worker
// and kChunkBytes of input (always at least one file).
size_t chunk_end(const std::vector<const SourceFile*>& todo, size_t begin, size_t workers) {
  size_t end = begin;
  uintmax_t bytes = 0;
  while (end < todo.size() && end - begin < kFilesPerWorkerChunk * workers &&
         (end == begin || bytes + todo[end]->size <= kChunkBytes)) {
    bytes += todo[end++]->size;
  }
  return end;
}

// Prepares `todo` on worker threads, one chunk ahead of the writer.
void prepare_and_write(const std::vector<const SourceFile*>& todo,
                       const std::vector<std::unique_ptr<Preparer>>& workers, Writer& writer,
                       const IndexOptions& opts, size_t done_before, size_t total) {
  size_t done = done_before;
  std::future<std::vector<PreparedFile>> pending;
  size_t begin = 0;
  size_t end = chunk_end(todo, 0, workers.size());
  if (begin < end) {
    pending = std::async(std::launch::async, prepare_chunk, std::cref(todo), begin, end, std::cref(workers));
  }
  while (begin < end) {
    std::vector<PreparedFile> ready = pending.get();
    size_t next_end = chunk_end(todo, end, workers.size());
    if (end < next_end) {
      pending = std::async(std::launch::async, prepare_chunk, std::cref(todo), end, next_end, std::cref(workers));
    }
    for (PreparedFile& f : ready) {
      writer.write(f);
      if (opts.on_progress) {
        opts.on_progress(++done, total);
      }
    }
    begin = end;
    end = next_end;
  }
}

}  // namespace

int IndexSummary::exit_code() const {
  if (files_indexed + files_unchanged == 0) {
    return 2;
  }
  return files_skipped > 0 || problems > 0 ? 1 : 0;
}

IndexSummary run_index(const IndexOptions& opts) {
  auto started = std::chrono::steady_clock::now();
  IndexSummary summary;
  Analyzer analyzer;
  entities::Gazetteer gazetteer = [&] {
    try {
      return entities::Gazetteer::load(opts.gazetteer_path, analyzer);
    } catch (const std::runtime_error& e) {
      throw IndexError(e.what());
    }
  }();
  InputSet inputs = find_inputs(opts.inputs);
  summary.files_seen = inputs.files.size();
  IndexLock lock(opts.db);
  remove_stale_generations(opts.db);

  std::optional<Generation> live = current_generation(opts.db);
  bool update = opts.update && live.has_value();
  Generation gen = update ? *live : next_generation(opts.db);
  try {
    Xapian::WritableDatabase db(gen.path.string(), update ? Xapian::DB_OPEN
                                                          : Xapian::DB_CREATE | Xapian::DB_BACKEND_GLASS);
    AliasTable aliases(gazetteer, analyzer);
    if (update) {
      db.begin_transaction(true);
      aliases.merge_stored(schema::decode_aliases(db.get_metadata(std::string(schema::kMetaAliases))));
    }
    Writer writer(db, opts, summary, aliases);
    for (const std::string& p : inputs.problems) {
      writer.problem(p);
    }
    std::vector<const SourceFile*> todo;
    for (const SourceFile& f : inputs.files) {
      std::optional<SourceRecord> old = update ? read_record(db, f.path) : std::nullopt;
      if (old && old->signature == f.signature()) {
        ++summary.files_unchanged;
      } else {
        todo.push_back(&f);
      }
    }
    unsigned threads = opts.threads ? opts.threads : std::max(1u, std::thread::hardware_concurrency());
    std::vector<std::unique_ptr<Preparer>> workers;
    for (unsigned t = 0; t < threads; ++t) {
      workers.push_back(std::make_unique<Preparer>(gazetteer, inputs, opts.max_file_bytes));
    }
    prepare_and_write(todo, workers, writer, opts, summary.files_unchanged, inputs.files.size());
    if (update) {
      std::set<std::string> present;
      for (const SourceFile& f : inputs.files) {
        present.insert(f.path);
      }
      std::string prefix(schema::kMetaSourcePrefix);
      std::vector<std::string> gone;
      for (auto it = db.metadata_keys_begin(prefix); it != db.metadata_keys_end(prefix); ++it) {
        std::string path = (*it).substr(prefix.size());
        if (!present.contains(path) && under_any(path, inputs.roots)) {
          gone.push_back(path);
        }
      }
      for (const std::string& path : gone) {
        writer.remove_source(path);
      }
    }
    writer.finish();
    if (update) {
      db.commit_transaction();
    } else {
      db.commit();
    }
    summary.total_articles = db.get_doccount();
    db.close();
  } catch (...) {
    if (!update) {
      std::error_code ec;
      std::filesystem::remove_all(gen.path, ec);  // never leave a half-built generation behind
    }
    throw;
  }
  if (!update) {
    if (summary.files_indexed == 0) {
      std::error_code ec;
      std::filesystem::remove_all(gen.path, ec);  // keep serving the previous index
    } else {
      publish_generation(opts.db, gen);
      remove_stale_generations(opts.db);
    }
  }
  summary.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  return summary;
}

}  // namespace tonle
