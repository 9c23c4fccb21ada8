// indexer.cc — the index run (see indexer.h). A full rebuild gives every worker thread its own
// partial database (preparation and writing both run in parallel) and merges them with Xapian's
// compactor into the new generation, which is then published atomically. An --update edits the
// live generation inside one transaction: workers prepare one chunk ahead of the single writer.
#include "indexer/indexer.h"

#include <xapian.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <exception>
#include <future>
#include <memory>
#include <set>
#include <thread>

#include "core/schema.h"
#include "indexer/alias_table.h"
#include "indexer/index_store.h"
#include "indexer/index_writer.h"

namespace tonle {

namespace {

namespace fs = std::filesystem;

constexpr size_t kFilesPerWorkerChunk = 32;
// Input bytes prepared at once in an update (one chunk is written while the next is prepared).
constexpr uintmax_t kChunkBytes = uintmax_t{48} << 20;
// A worker commits its partial database this often, which bounds the writer's buffered memory.
constexpr size_t kArticlesPerPartCommit = 4000;

bool under_any(const std::string& path, const std::vector<std::string>& roots) {
  return std::any_of(roots.begin(), roots.end(), [&](const std::string& r) {
    return path == r || (path.starts_with(r) && path.size() > r.size() && path[r.size()] == '/');
  });
}

void add_summary(IndexSummary& into, const IndexSummary& s) {
  into.files_indexed += s.files_indexed;
  into.files_skipped += s.files_skipped;
  into.files_removed += s.files_removed;
  into.articles += s.articles;
  into.entities += s.entities;
}

// What every kind of run needs: the inputs, the gazetteer and one Preparer per worker.
struct RunContext {
  const IndexOptions& opts;
  Analyzer& analyzer;
  const entities::Gazetteer& gazetteer;
  const InputSet& inputs;
  std::vector<std::unique_ptr<Preparer>> preparers;
  RunLog log;
  IdRegistry ids;
};

void write_run_metadata(Xapian::WritableDatabase& db, AliasTable& aliases,
                        const std::vector<std::unique_ptr<Writer>>& writers) {
  for (const auto& w : writers) {
    for (const entities::LearnedAlias& a : w->learned()) {
      aliases.add_learned(a);
    }
  }
  db.set_metadata(std::string(schema::kMetaSchemaVersion), std::string(schema::kSchemaVersion));
  db.set_metadata(std::string(schema::kMetaAliases), schema::encode_aliases(aliases.groups()));
}

// Full rebuild: parallel partial databases, compacted into `gen`.
double seconds_since(std::chrono::steady_clock::time_point& t) {
  auto now = std::chrono::steady_clock::now();
  double s = std::chrono::duration<double>(now - t).count();
  t = now;
  return s;
}

void rebuild(RunContext& ctx, const Generation& gen, const fs::path& parts_dir, IndexSummary& summary) {
  auto phase_start = std::chrono::steady_clock::now();
  size_t workers = ctx.preparers.size();
  fs::create_directories(parts_dir);
  std::vector<std::unique_ptr<Xapian::WritableDatabase>> parts;
  std::vector<std::unique_ptr<Writer>> writers;
  for (size_t w = 0; w < workers; ++w) {
    parts.push_back(std::make_unique<Xapian::WritableDatabase>(
        (parts_dir / ("part-" + std::to_string(w))).string(), Xapian::DB_CREATE | Xapian::DB_BACKEND_GLASS));
    writers.push_back(std::make_unique<Writer>(*parts[w], /*fresh=*/true, w, ctx.log, ctx.ids));
  }
  std::atomic<size_t> next{0};
  std::atomic<bool> failed{false};
  std::vector<std::exception_ptr> errors(workers);
  auto work = [&](size_t w) {
    try {
      size_t since_commit = 0;
      for (size_t i = next++; i < ctx.inputs.files.size() && !failed; i = next++) {
        PreparedFile f = ctx.preparers[w]->prepare(ctx.inputs.files[i]);
        since_commit += f.documents.size();
        writers[w]->write(f);
        ctx.log.file_done();
        if (since_commit >= kArticlesPerPartCommit) {
          parts[w]->commit();
          since_commit = 0;
        }
      }
    } catch (...) {
      errors[w] = std::current_exception();
      failed = true;
    }
  };
  std::vector<std::thread> threads;
  for (size_t w = 1; w < workers; ++w) {
    threads.emplace_back(work, w);
  }
  work(0);
  for (std::thread& t : threads) {
    t.join();
  }
  for (std::exception_ptr& e : errors) {
    if (e) {
      std::rethrow_exception(e);
    }
  }
  for (const auto& w : writers) {
    for (const auto& [worker, id] : w->superseded()) {
      parts[worker]->delete_document(schema::id_term(id));
    }
    add_summary(summary, w->summary());
  }
  AliasTable aliases(ctx.gazetteer, ctx.analyzer);
  write_run_metadata(*parts[0], aliases, writers);
  Xapian::Database merged;
  for (auto& p : parts) {
    p->commit();
    p->close();
  }
  summary.phases.emplace_back("articles", seconds_since(phase_start));
  for (size_t w = 0; w < workers; ++w) {
    merged.add_database(Xapian::Database((parts_dir / ("part-" + std::to_string(w))).string()));
  }
  merged.compact(gen.path.string());
  summary.phases.emplace_back("merge", seconds_since(phase_start));
  Xapian::WritableDatabase out(gen.path.string(), Xapian::DB_OPEN);
  add_vocabulary_spelling(out);
  out.commit();
  summary.phases.emplace_back("spelling", seconds_since(phase_start));
  summary.total_articles = out.get_doccount();
}

size_t chunk_end(const std::vector<const SourceFile*>& todo, size_t begin, size_t workers) {
  size_t end = begin;
  uintmax_t bytes = 0;
  while (end < todo.size() && end - begin < kFilesPerWorkerChunk * workers &&
         (end == begin || bytes + todo[end]->size <= kChunkBytes)) {
    bytes += todo[end++]->size;
  }
  return end;
}

std::vector<PreparedFile> prepare_chunk(RunContext& ctx, const std::vector<const SourceFile*>& todo,
                                        size_t begin, size_t end) {
  std::vector<PreparedFile> out(end - begin);
  std::atomic<size_t> next{begin};
  auto work = [&](const Preparer& p) {
    for (size_t i = next++; i < end; i = next++) {
      out[i - begin] = p.prepare(*todo[i]);
    }
  };
  std::vector<std::thread> threads;
  for (size_t t = 1; t < ctx.preparers.size(); ++t) {
    threads.emplace_back(work, std::cref(*ctx.preparers[t]));
  }
  work(*ctx.preparers[0]);
  for (std::thread& t : threads) {
    t.join();
  }
  return out;
}

// --update: only new and changed files, in one transaction on the live generation.
void update(RunContext& ctx, const Generation& live, IndexSummary& summary) {
  Xapian::WritableDatabase db(live.path.string(), Xapian::DB_OPEN);
  db.begin_transaction(true);
  std::vector<std::unique_ptr<Writer>> writers;
  writers.push_back(std::make_unique<Writer>(db, /*fresh=*/false, 0, ctx.log, ctx.ids));
  Writer& writer = *writers[0];
  std::vector<const SourceFile*> todo;
  std::set<std::string> present;
  for (const SourceFile& f : ctx.inputs.files) {
    present.insert(f.path);
    std::optional<SourceRecord> old = read_record(db, f.path);
    if (old && old->signature == f.signature()) {
      ++summary.files_unchanged;
      ctx.log.file_done();
    } else {
      todo.push_back(&f);
    }
  }
  size_t begin = 0;
  size_t end = chunk_end(todo, 0, ctx.preparers.size());
  std::future<std::vector<PreparedFile>> pending;
  if (begin < end) {
    pending = std::async(std::launch::async, prepare_chunk, std::ref(ctx), std::cref(todo), begin, end);
  }
  while (begin < end) {
    std::vector<PreparedFile> ready = pending.get();
    size_t next_end = chunk_end(todo, end, ctx.preparers.size());
    if (end < next_end) {
      pending = std::async(std::launch::async, prepare_chunk, std::ref(ctx), std::cref(todo), end, next_end);
    }
    for (PreparedFile& f : ready) {
      writer.write(f);
      ctx.log.file_done();
    }
    begin = end;
    end = next_end;
  }
  std::string prefix(schema::kMetaSourcePrefix);
  std::vector<std::string> gone;
  for (auto it = db.metadata_keys_begin(prefix); it != db.metadata_keys_end(prefix); ++it) {
    std::string path = (*it).substr(prefix.size());
    if (!present.contains(path) && under_any(path, ctx.inputs.roots)) {
      gone.push_back(path);
    }
  }
  for (const std::string& path : gone) {
    writer.remove_source(path);
  }
  AliasTable aliases(ctx.gazetteer, ctx.analyzer);
  aliases.merge_stored(schema::decode_aliases(db.get_metadata(std::string(schema::kMetaAliases))));
  write_run_metadata(db, aliases, writers);
  db.commit_transaction();
  add_summary(summary, writer.summary());
  summary.total_articles = db.get_doccount();
  db.close();
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
  Analyzer analyzer;
  entities::Gazetteer gazetteer = [&] {
    try {
      return entities::Gazetteer::load(opts.gazetteer_path, analyzer);
    } catch (const std::runtime_error& e) {
      throw IndexError(e.what());
    }
  }();
  InputSet inputs = find_inputs(opts.inputs);
  IndexLock lock(opts.db);
  remove_stale_generations(opts.db);

  RunContext ctx{opts, analyzer, gazetteer, inputs, {}, RunLog(opts, inputs.files.size()), {}};
  unsigned threads = opts.threads ? opts.threads : std::max(1u, std::thread::hardware_concurrency());
  for (unsigned t = 0; t < threads; ++t) {
    ctx.preparers.push_back(std::make_unique<Preparer>(gazetteer, inputs, opts.max_file_bytes));
  }
  for (const std::string& p : inputs.problems) {
    ctx.log.problem(p);
  }
  IndexSummary summary;
  summary.files_seen = inputs.files.size();
  std::optional<Generation> live = current_generation(opts.db);
  if (opts.update && live) {
    try {
      update(ctx, *live, summary);
    } catch (const Xapian::Error& e) {
      throw IndexError("cannot update the index in " + opts.db.string() + ": " +
                       e.get_description() + "; the index is unchanged");
    }
  } else {
    Generation gen = next_generation(opts.db);
    fs::path parts_dir = opts.db / ("build-" + gen.path.filename().string());
    auto clean = [&](bool also_gen) {
      std::error_code ec;
      fs::remove_all(parts_dir, ec);
      if (also_gen) {
        fs::remove_all(gen.path, ec);
      }
    };
    try {
      rebuild(ctx, gen, parts_dir, summary);
    } catch (const Xapian::Error& e) {
      clean(true);  // never leave a half-built generation behind
      throw IndexError("cannot write the new index in " + opts.db.string() + ": " +
                       e.get_description() + "; the previous index is unchanged");
    } catch (...) {
      clean(true);
      throw;
    }
    clean(summary.files_indexed == 0);  // nothing usable: keep serving the previous index
    if (summary.files_indexed > 0) {
      publish_generation(opts.db, gen);
      remove_stale_generations(opts.db);
    }
  }
  summary.problems = ctx.log.problems();
  summary.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  return summary;
}

}  // namespace tonle
