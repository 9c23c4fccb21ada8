// index_writer.cc — see index_writer.h.
#include "indexer/index_writer.h"

#include <nlohmann/json.hpp>
#include <set>

#include "core/schema.h"

namespace tonle {

namespace {

using nlohmann::json;

std::string source_key(const std::string& path) {
  return std::string(schema::kMetaSourcePrefix) + path;
}

}  // namespace

std::optional<SourceRecord> read_record(const Xapian::Database& db, const std::string& path) {
  std::string raw = db.get_metadata(source_key(path));
  json j = json::parse(raw, nullptr, false);
  if (raw.empty() || !j.is_object()) {
    return std::nullopt;
  }
  return SourceRecord{j.value("sig", ""), j.value("ids", std::vector<std::string>{})};
}

void RunLog::problem(const std::string& line) {
  std::lock_guard<std::mutex> lock(mu_);
  ++problems_;
  if (opts_.on_problem) {
    opts_.on_problem(line);
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

std::optional<std::pair<size_t, std::string>> IdRegistry::claim(const std::string& id,
                                                                 size_t worker,
                                                                 const std::string& path) {
  std::lock_guard<std::mutex> lock(mu_);
  auto [it, fresh] = owners_.emplace(id, std::make_pair(worker, path));
  if (fresh) {
    return std::nullopt;
  }
  auto earlier = it->second;
  it->second = {worker, path};
  return earlier;
}

Writer::Writer(Xapian::WritableDatabase& db, bool fresh, size_t worker, RunLog& log, IdRegistry& ids)
    : db_(db), fresh_(fresh), worker_(worker), log_(log), ids_(ids) {}

void Writer::write(PreparedFile& f) {
  const std::string& path = f.file->path;
  for (const std::string& p : f.problems) {
    log_.problem(path + ": " + p);
  }
  if (!f.usable()) {
    ++summary_.files_skipped;
    return;  // with --update, the file's previous articles stay indexed
  }
  std::optional<SourceRecord> old = fresh_ ? std::nullopt : read_record(db_, path);
  SourceRecord record{f.file->signature(), {}};
  for (BuiltDocument& d : f.documents) {
    std::optional<std::pair<size_t, std::string>> earlier = ids_.claim(d.id, worker_, path);
    if (earlier) {
      log_.problem(path + ": article id \"" + d.id + "\" was already indexed from " +
                   earlier->second + "; this one replaces it");
      if (earlier->first != worker_) {
        superseded_.emplace_back(earlier->first, d.id);  // the other worker's copy must go
      }
    }
    if (fresh_ && !(earlier && earlier->first == worker_)) {
      db_.add_document(d.document);  // a fresh database: no old copy to look up
    } else {
      db_.replace_document(schema::id_term(d.id), d.document);
    }
    if (!fresh_) {  // a rebuild adds the vocabulary once, at the end
      for (const std::string& w : d.spelling_words) {
        db_.add_spelling(w);
      }
    }
    summary_.entities += d.entity_count;
    record.ids.push_back(d.id);
  }
  learned_.insert(learned_.end(), std::make_move_iterator(f.aliases.begin()),
                  std::make_move_iterator(f.aliases.end()));
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

void Writer::remove_source(const std::string& path) {
  if (std::optional<SourceRecord> old = read_record(db_, path)) {
    for (const std::string& id : old->ids) {
      db_.delete_document(schema::id_term(id));
    }
  }
  db_.set_metadata(source_key(path), "");
  ++summary_.files_removed;
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
