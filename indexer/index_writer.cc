// index_writer.cc — see index_writer.h.
#include "indexer/index_writer.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <set>

#include "core/schema.h"
#include "core/text.h"
#include "indexer/source_files.h"

namespace tonle {

namespace {

using nlohmann::json;

// Xapian refuses metadata keys over 255 bytes: a long path is keyed by its hash, and the record
// then carries the path itself.
constexpr size_t kMaxSourceKeyBytes = 240;
constexpr std::string_view kHashedKeyMark = "#";  // absolute paths never start with it

std::string source_key(const std::string& path) {
  std::string key = std::string(schema::kMetaSourcePrefix) + path;
  if (key.size() <= kMaxSourceKeyBytes) {
    return key;
  }
  return std::string(schema::kMetaSourcePrefix) + std::string(kHashedKeyMark) + content_hash(path);
}

}  // namespace

std::optional<SourceRecord> read_record(const Xapian::Database& db, const std::string& path) {
  std::string raw = db.get_metadata(source_key(path));
  json j = json::parse(raw, nullptr, false);
  if (raw.empty() || !j.is_object()) {
    return std::nullopt;
  }
  return SourceRecord{j.value("sig", ""), j.value("hash", ""), j.value("ids", std::vector<std::string>{})};
}

void write_record(Xapian::WritableDatabase& db, const std::string& path, const SourceRecord& r) {
  json j{{"sig", r.signature}, {"hash", r.hash}, {"ids", r.ids}};
  std::string key = source_key(path);
  if (key.size() != schema::kMetaSourcePrefix.size() + path.size()) {
    j["path"] = path;  // keyed by hash: the path is here
  }
  db.set_metadata(key, j.dump());
}

std::vector<std::string> recorded_paths(const Xapian::Database& db) {
  std::string prefix(schema::kMetaSourcePrefix);
  std::vector<std::string> paths;
  for (auto it = db.metadata_keys_begin(prefix); it != db.metadata_keys_end(prefix); ++it) {
    std::string rest = (*it).substr(prefix.size());
    if (!rest.starts_with(kHashedKeyMark)) {
      paths.push_back(rest);
      continue;
    }
    json j = json::parse(db.get_metadata(*it), nullptr, false);
    if (j.is_object() && j.contains("path") && j["path"].is_string()) {
      paths.push_back(j["path"].get<std::string>());
    }
  }
  return paths;
}

void RunLog::problem(const std::string& line) {
  std::lock_guard<std::mutex> lock(mu_);
  ++problems_;
  if (opts_.on_problem) {
    opts_.on_problem(line);
  }
}

void RunLog::note(const std::string& line) {
  std::lock_guard<std::mutex> lock(mu_);
  if (opts_.on_note) {
    opts_.on_note(line);
  }
}

void RunLog::file_done() {
  std::lock_guard<std::mutex> lock(mu_);
  ++done_;
  if (opts_.on_progress) {
    opts_.on_progress(done_, total_);
  }
}

size_t RunLog::problems() const {
  std::lock_guard<std::mutex> lock(mu_);
  return problems_;
}

std::string IdRegistry::free_variant(const std::string& id, const std::string& file_id) const {
  std::string base = bounded_id(id != file_id && !file_id.empty() ? file_id + "/" + id : id + "~2");
  std::string candidate = base;
  for (int n = 2; owners_.contains(candidate); ++n) {
    candidate = bounded_id(base + "~" + std::to_string(n));
  }
  return candidate;
}

IdRegistry::Claim IdRegistry::claim(const std::string& id, size_t worker, const std::string& path,
                                    const std::string& file_id,
                                    const std::optional<std::string>& stored_origin) {
  std::lock_guard<std::mutex> lock(mu_);
  if (stored_origin && !owners_.contains(id)) {
    owners_.emplace(id, Owner{kStored, *stored_origin, ""});  // indexed before: it stays
  }
  auto it = owners_.find(id);
  if (it == owners_.end()) {
    owners_.emplace(id, Owner{worker, path, file_id});
    return Claim{id, std::nullopt, ""};
  }
  Owner owner = it->second;
  if (owner.worker != kStored && owner.path != path && path < owner.path) {
    // This file comes first by path: it keeps the id, the other's article moves.
    std::string moved = free_variant(id, owner.file_id);
    it->second = Owner{worker, path, file_id};
    owners_.emplace(moved, owner);
    return Claim{id, Evicted{owner.worker, id, moved, owner.path},
                 printable(owner.path) + ": article id \"" + id + "\" is also used by " +
                     printable(path) + "; " + printable(owner.path) + "'s article is indexed as \"" +
                     moved + "\""};
  }
  std::string mine = free_variant(id, file_id);
  owners_.emplace(mine, Owner{worker, path, file_id});
  std::string other = owner.path == path ? "another article of this file" : printable(owner.path);
  return Claim{mine, std::nullopt,
               printable(path) + ": article id \"" + id + "\" is already used by " + other +
                   "; this one is indexed as \"" + mine + "\""};
}

Writer::Writer(Xapian::WritableDatabase& db, bool fresh, size_t worker, RunLog& log, IdRegistry& ids)
    : db_(db), fresh_(fresh), worker_(worker), log_(log), ids_(ids) {}

namespace {

// The document stored under `id`, if any.
std::optional<Xapian::Document> stored(const Xapian::Database& db, const std::string& id) {
  Xapian::PostingIterator p = db.postlist_begin(schema::id_term(id));
  if (p == db.postlist_end(schema::id_term(id))) {
    return std::nullopt;
  }
  return db.get_document(*p);
}

// Where a stored article came from ("" when its record cannot be read).
std::string origin_of(const Xapian::Document& doc) {
  try {
    return schema::decode_stored(doc.get_data()).origin;
  } catch (const std::runtime_error&) {
    return std::string();
  }
}

// The origin (printable path) of the article stored under `id`, if any.
std::optional<std::string> stored_origin(const Xapian::Database& db, const std::string& id) {
  std::optional<Xapian::Document> doc = stored(db, id);
  return doc ? std::optional<std::string>(origin_of(*doc)) : std::nullopt;
}

// The story of the article stored under `id` ("" when none or no such article).
std::string stored_story(const Xapian::Database& db, const std::string& id) {
  std::optional<Xapian::Document> doc = stored(db, id);
  return doc ? doc->get_value(schema::kSlotStory) : std::string();
}

// Deletes the article stored under `id` only if `path` wrote it (or its origin cannot be read);
// returns the story it left ("" if none).
std::string delete_own(Xapian::WritableDatabase& db, const std::string& id, const std::string& path) {
  std::optional<Xapian::Document> doc = stored(db, id);
  if (!doc) {
    return "";
  }
  std::string origin = origin_of(*doc);
  if (origin != printable(path) && !origin.empty()) {
    return "";
  }
  std::string story = doc->get_value(schema::kSlotStory);
  db.delete_document(schema::id_term(id));
  return story;
}

}  // namespace

void Writer::write(PreparedFile& f, bool last) {
  const std::string& path = f.file->path;
  for (const std::string& p : f.problems) {
    log_.problem(printable(path) + ": " + p);
  }
  for (const std::string& n : f.notes) {
    log_.note(printable(path) + ": " + n);
  }
  auto [at, first] = pending_.try_emplace(path);
  Pending& pending = at->second;
  if (first) {
    pending.record.signature = f.file->signature();
    pending.old = fresh_ ? std::nullopt : read_record(db_, path);
  }
  std::string own_origin = printable(path);
  for (BuiltDocument& d : f.documents) {
    std::optional<std::string> stored;
    if (!fresh_) {
      stored = stored_origin(db_, d.id);
      if (stored && *stored == own_origin) {
        stored.reset();  // this file's own article, rewritten
      }
    }
    IdRegistry::Claim claim = ids_.claim(d.id, worker_, path, f.file->id, stored);
    if (!claim.problem.empty()) {
      log_.problem(claim.problem);
    }
    if (claim.evicted) {
      evicted_.push_back(*claim.evicted);
    }
    if (claim.id != d.id) {
      set_article_id(d, claim.id);
    }
    if (fresh_) {
      db_.add_document(d.document);  // a fresh database: no old copy to look up
    } else {
      left(stored_story(db_, d.id));  // regrouped below, perhaps into another story
      db_.replace_document(schema::id_term(d.id), d.document);
      written_.push_back(d.id);
      for (const std::string& w : d.spelling_words) {  // a rebuild adds the vocabulary at the end
        db_.add_spelling(w);
      }
    }
    summary_.entities += d.entity_count;
    pending.record.ids.push_back(d.id);
  }
  learned_.insert(learned_.end(), std::make_move_iterator(f.aliases.begin()),
                  std::make_move_iterator(f.aliases.end()));
  if (!last) {
    return;
  }
  Pending done = std::move(pending);
  pending_.erase(at);
  if (done.record.ids.empty()) {
    ++summary_.files_skipped;
    return;  // with --update, the file's previous articles stay indexed
  }
  done.record.hash = f.content_hash;
  if (done.old) {
    std::set<std::string> now(done.record.ids.begin(), done.record.ids.end());
    for (const std::string& id : done.old->ids) {
      if (!now.contains(id)) {
        left(delete_own(db_, id, path));
      }
    }
  }
  write_record(db_, path, done.record);
  summary_.articles += done.record.ids.size();
  ++summary_.files_indexed;
}

void Writer::remove_source(const std::string& path) {
  if (std::optional<SourceRecord> old = read_record(db_, path)) {
    for (const std::string& id : old->ids) {
      left(delete_own(db_, id, path));
    }
  }
  db_.set_metadata(source_key(path), "");
  ++summary_.files_removed;
}

void Writer::touch_source(const std::string& path, const SourceRecord& old, const std::string& signature) {
  SourceRecord r = old;
  r.signature = signature;
  write_record(db_, path, r);
}

void rename_article(Xapian::WritableDatabase& db, const IdRegistry::Evicted& e) {
  std::string term = schema::id_term(e.old_id);
  std::string origin = printable(e.path);
  for (auto p = db.postlist_begin(term); p != db.postlist_end(term); ++p) {
    Xapian::Document doc = db.get_document(*p);
    Article a = schema::decode_stored(doc.get_data());
    if (a.origin != origin) {
      continue;  // the article that keeps the id
    }
    a.id = e.new_id;
    doc.remove_term(term);
    doc.add_boolean_term(schema::id_term(e.new_id));
    doc.set_data(schema::encode_stored(a));
    db.replace_document(*p, doc);
    break;
  }
  if (std::optional<SourceRecord> r = read_record(db, e.path)) {
    std::replace(r->ids.begin(), r->ids.end(), e.old_id, e.new_id);
    write_record(db, e.path, *r);
  }
}

void add_vocabulary_spelling(Xapian::WritableDatabase& db) {
  for (auto it = db.allterms_begin(), end = db.allterms_end(); it != end;) {
    std::string term = *it;
    if (term[0] >= 'A' && term[0] <= 'Z') {
      it.skip_to("[");  // prefixed terms (upper-case prefixes) sort together: pass them all
      continue;
    }
    if (spelling_word(term)) {
      db.add_spelling(term, it.get_termfreq());
    }
    ++it;
  }
}

}  // namespace tonle
