// indexer.cc — the index run (see indexer.h), in phases. A full rebuild: every worker thread
// prepares files and writes its own partial database; articles that lost a shared id to a file
// earlier by path take their new ids; the parts are compacted into the new generation, whose
// articles are grouped into stories; it gets its spelling table and is published atomically.
// An --update: a plan (unchanged, touched, moved, changed, gone files), then the gone files' articles are removed before anything is
// written (a renamed folder's files come back under their new ids), then changed files are
// prepared a chunk ahead of the single writer, and the written articles and their neighbours in
// time are regrouped into stories, all inside one transaction.
#include "indexer/indexer.h"

#include <xapian.h>

#include <algorithm>
#include <chrono>
#include <future>
#include <memory>
#include <set>
#include <thread>

#include "core/schema.h"
#include "core/text.h"
#include "indexer/alias_table.h"
#include "indexer/index_store.h"
#include "indexer/index_writer.h"
#include "indexer/parallel.h"
#include "indexer/story_index.h"

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

double seconds_since(std::chrono::steady_clock::time_point& t) {
  auto now = std::chrono::steady_clock::now();
  double s = std::chrono::duration<double>(now - t).count();
  t = now;
  return s;
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
  auto now = std::chrono::system_clock::now().time_since_epoch();
  db.set_metadata(std::string(schema::kMetaWrittenAt),
                  std::to_string(std::chrono::duration_cast<std::chrono::seconds>(now).count()));
}

// ---- Full rebuild ---------------------------------------------------------------------------

struct Parts {
  std::vector<std::unique_ptr<Xapian::WritableDatabase>> dbs;
  std::vector<std::unique_ptr<Writer>> writers;
};

// Phase 1: every worker prepares files and writes them to its own partial database.
Parts write_parts(RunContext& ctx, const fs::path& parts_dir) {
  size_t workers = ctx.preparers.size();
  fs::create_directories(parts_dir);
  Parts parts;
  for (size_t w = 0; w < workers; ++w) {
    parts.dbs.push_back(std::make_unique<Xapian::WritableDatabase>(
        (parts_dir / ("part-" + std::to_string(w))).string(), Xapian::DB_CREATE | Xapian::DB_BACKEND_GLASS));
    parts.writers.push_back(std::make_unique<Writer>(*parts.dbs[w], /*fresh=*/true, w, ctx.log, ctx.ids));
  }
  std::vector<size_t> since_commit(workers, 0);
  parallel_for(workers, ctx.inputs.files.size(), [&](size_t w, size_t i) {
    ctx.preparers[w]->prepare_each(ctx.inputs.files[i], [&](PreparedFile&& part, bool last) {
      since_commit[w] += part.documents.size();
      parts.writers[w]->write(part, last);
      if (since_commit[w] >= kArticlesPerPartCommit) {
        parts.dbs[w]->commit();
        since_commit[w] = 0;
      }
    });
    ctx.log.file_done();
  });
  return parts;
}

// Phase 2: articles that gave up an id to a file earlier by path take their new ids.
void settle_ids(Parts& parts) {
  for (const auto& w : parts.writers) {
    for (const IdRegistry::Evicted& e : w->evicted()) {
      rename_article(*parts.dbs[e.worker], e);
    }
  }
}

void rebuild(RunContext& ctx, const Generation& gen, const fs::path& parts_dir, IndexSummary& summary) {
  auto phase_start = std::chrono::steady_clock::now();
  Parts parts = write_parts(ctx, parts_dir);
  settle_ids(parts);
  for (const auto& w : parts.writers) {
    add_summary(summary, w->summary());
  }
  AliasTable aliases(ctx.gazetteer, ctx.analyzer);
  write_run_metadata(*parts.dbs[0], aliases, parts.writers);
  for (auto& p : parts.dbs) {
    p->commit();
    p->close();
  }
  summary.phases.emplace_back("articles", seconds_since(phase_start));
  Xapian::Database merged;
  for (size_t w = 0; w < parts.dbs.size(); ++w) {
    merged.add_database(Xapian::Database((parts_dir / ("part-" + std::to_string(w))).string()));
  }
  merged.compact(gen.path.string());
  summary.phases.emplace_back("merge", seconds_since(phase_start));
  Xapian::WritableDatabase out(gen.path.string(), Xapian::DB_OPEN);
  if (ctx.opts.stories) {
    write_all_stories(out);
    out.commit();
    summary.phases.emplace_back("stories", seconds_since(phase_start));
  }
  add_vocabulary_spelling(out);
  out.commit();
  summary.phases.emplace_back("spelling", seconds_since(phase_start));
  summary.total_articles = out.get_doccount();
}

// ---- Update ---------------------------------------------------------------------------------

struct UpdatePlan {
  std::vector<const SourceFile*> todo;  // new or changed
  std::vector<std::pair<const SourceFile*, SourceRecord>> touched;  // same bytes, new time
  std::vector<std::string> gone;        // recorded under the inputs, no longer there
  size_t moved = 0;                     // of `gone`, those whose bytes are now at a new path
};

std::optional<std::string> hash_of(const SourceFile& f, uintmax_t max_bytes) {
  std::string problem;
  std::optional<std::string> bytes = read_source(f, max_bytes, &problem);
  return bytes ? std::optional<std::string>(content_hash(*bytes)) : std::nullopt;
}

// Phase 1: what changed since the last run. A file whose size and time are unchanged is
// unchanged; one whose bytes are (a copy, a `touch`) only gets its new time; a new file with the
// bytes of a gone one was moved (and is indexed under its new path's id).
UpdatePlan plan_update(RunContext& ctx, const Xapian::Database& db, IndexSummary& summary) {
  UpdatePlan plan;
  std::set<std::string> present;
  for (const SourceFile& f : ctx.inputs.files) {
    present.insert(f.path);
    std::optional<SourceRecord> old = read_record(db, f.path);
    if (old && old->signature == f.signature()) {
      ++summary.files_unchanged;
      ctx.log.file_done();
    } else if (old && !old->hash.empty() && old->signature.starts_with(std::to_string(f.size) + ":") &&
               hash_of(f, ctx.opts.max_file_bytes) == old->hash) {
      plan.touched.emplace_back(&f, *old);
      ++summary.files_unchanged;
      ctx.log.file_done();
    } else {
      plan.todo.push_back(&f);
    }
  }
  std::map<std::string, std::string> gone_by_hash;  // content hash → the gone path
  for (const std::string& path : recorded_paths(db)) {
    if (!present.contains(path) && under_any(path, ctx.inputs.roots)) {
      plan.gone.push_back(path);
      if (std::optional<SourceRecord> r = read_record(db, path); r && !r->hash.empty()) {
        gone_by_hash.emplace(r->hash, path);
      }
    }
  }
  if (!gone_by_hash.empty()) {
    for (const SourceFile* f : plan.todo) {
      std::optional<std::string> h = hash_of(*f, ctx.opts.max_file_bytes);
      auto gone = h ? gone_by_hash.find(*h) : gone_by_hash.end();
      if (gone != gone_by_hash.end()) {
        ++plan.moved;
        ctx.log.note(printable(f->path) + ": moved from " + printable(gone->second) +
                     " (same content); indexed under its new id");
        gone_by_hash.erase(gone);  // a second copy of the same bytes is a new file
      }
    }
  }
  return plan;
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

// One chunk's files prepared on the workers; a JSON Lines file's parts in order.
using PreparedChunk = std::vector<std::vector<std::pair<PreparedFile, bool>>>;

PreparedChunk prepare_chunk(RunContext& ctx, const std::vector<const SourceFile*>& todo, size_t begin,
                            size_t end) {
  PreparedChunk out(end - begin);
  parallel_for(ctx.preparers.size(), end - begin, [&](size_t w, size_t i) {
    ctx.preparers[w]->prepare_each(*todo[begin + i], [&](PreparedFile&& part, bool last) {
      out[i].emplace_back(std::move(part), last);
    });
  });
  return out;
}

// Phase 3: changed files, a chunk prepared while the one before is written; a file that comes
// in parts (a large JSON Lines file) is written part by part as it is prepared, so that its size
// bounds no memory.
void write_changes(RunContext& ctx, const std::vector<const SourceFile*>& changed, Writer& writer) {
  std::vector<const SourceFile*> todo;
  for (const SourceFile* f : changed) {
    if (Preparer::in_parts(*f)) {
      ctx.preparers[0]->prepare_each(*f, [&](PreparedFile&& part, bool last) { writer.write(part, last); });
      ctx.log.file_done();
    } else {
      todo.push_back(f);
    }
  }
  size_t begin = 0;
  size_t end = chunk_end(todo, 0, ctx.preparers.size());
  std::future<PreparedChunk> pending;
  if (begin < end) {
    pending = std::async(std::launch::async, prepare_chunk, std::ref(ctx), std::cref(todo), begin, end);
  }
  while (begin < end) {
    PreparedChunk ready = pending.get();
    size_t next_end = chunk_end(todo, end, ctx.preparers.size());
    if (end < next_end) {
      pending = std::async(std::launch::async, prepare_chunk, std::ref(ctx), std::cref(todo), end, next_end);
    }
    for (auto& parts : ready) {
      for (auto& [part, last] : parts) {
        writer.write(part, last);
      }
      ctx.log.file_done();
    }
    begin = end;
    end = next_end;
  }
}

void update(RunContext& ctx, const Generation& live, IndexSummary& summary) {
  Xapian::WritableDatabase db(live.path.string(), Xapian::DB_OPEN);
  db.begin_transaction(true);
  std::vector<std::unique_ptr<Writer>> writers;
  writers.push_back(std::make_unique<Writer>(db, /*fresh=*/false, 0, ctx.log, ctx.ids));
  Writer& writer = *writers[0];
  UpdatePlan plan = plan_update(ctx, db, summary);
  for (const auto& [file, record] : plan.touched) {
    writer.touch_source(file->path, record, file->signature());
  }
  for (const std::string& path : plan.gone) {  // before any write: their ids may be taken again
    writer.remove_source(path);
  }
  write_changes(ctx, plan.todo, writer);
  for (const IdRegistry::Evicted& e : writer.evicted()) {
    rename_article(db, e);
  }
  if (ctx.opts.stories) {
    write_stories_near(db, writer.written());
    prune_stories(db, writer.stories_left());
  }
  AliasTable aliases(ctx.gazetteer, ctx.analyzer);
  aliases.merge_stored(schema::decode_aliases(db.get_metadata(std::string(schema::kMetaAliases))));
  write_run_metadata(db, aliases, writers);
  db.commit_transaction();
  add_summary(summary, writer.summary());
  summary.files_moved = plan.moved;
  summary.files_removed -= plan.moved;  // a moved file is counted once, as moved
  summary.total_articles = db.get_doccount();
  db.close();
}

// An index written by an older tonle cannot be updated in place (its ids were file names).
bool current_schema(const Generation& live) {
  try {
    Xapian::Database db(live.path.string());
    return db.get_metadata(std::string(schema::kMetaSchemaVersion)) == schema::kSchemaVersion;
  } catch (const Xapian::Error&) {
    return false;
  }
}

void run_rebuild(RunContext& ctx, IndexSummary& summary) {
  const IndexOptions& opts = ctx.opts;
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
    throw IndexError("cannot write the new index in " + opts.db.string() + ": " + e.get_description() +
                     "; the previous index is unchanged");
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
  bool in_place = opts.update && live && current_schema(*live);
  if (opts.update && live && !in_place) {
    ctx.log.note(opts.db.string() + ": the index was written by an older tonle (article ids were "
                 "file names); rebuilding it in full");
  }
  if (in_place) {
    try {
      update(ctx, *live, summary);
    } catch (const Xapian::Error& e) {
      throw IndexError("cannot update the index in " + opts.db.string() + ": " + e.get_description() +
                       "; the index is unchanged");
    }
  } else {
    run_rebuild(ctx, summary);
  }
  summary.problems = ctx.log.problems();
  summary.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  return summary;
}

}  // namespace tonle
