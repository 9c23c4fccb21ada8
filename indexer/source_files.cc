// source_files.cc — input discovery and bounded file reading.
#include "indexer/source_files.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <map>
#include <sstream>

#include "core/schema.h"
#include "core/hash.h"
#include "core/text.h"

namespace tonle {

namespace fs = std::filesystem;

namespace {

bool hidden(const fs::path& p) {
  std::string name = p.filename().string();
  return name.starts_with('.');
}

void load_metadata(const fs::path& dir, InputSet& out) {
  fs::path file = dir / kMetadataFileName;
  std::error_code ec;
  if (out.metadata.contains(dir.string()) || !fs::exists(fs::symlink_status(file, ec))) {
    return;
  }
  std::string name = printable(file.string());
  SourceFile source{.path = file.string()};
  if (!fs::is_regular_file(fs::status(file, ec)) || ec) {
    out.problems.push_back(name + ": not a regular file; metadata ignored");
    return;
  }
  source.size = fs::file_size(file, ec);
  if (!ec && source.size > kMaxMetadataBytes) {
    out.problems.push_back(name + ": too large (" + std::to_string(source.size >> 20) + " MiB; the limit is " +
                           std::to_string(kMaxMetadataBytes >> 20) + " MiB); metadata ignored");
    return;
  }
  std::string problem;
  std::optional<std::string> text = ec ? std::nullopt : read_source(source, kMaxMetadataBytes, &problem);
  if (!text) {
    out.problems.push_back(name + ": " + (ec ? ec.message() : problem) + "; metadata ignored");
    return;
  }
  try {
    DirectoryMetadata meta = parse_metadata(*text);
    for (const std::string& p : meta.problems) {
      out.problems.push_back(name + ": " + printable(p));
    }
    out.metadata.emplace(dir.string(), std::move(meta));
  } catch (const std::exception& e) {
    out.problems.push_back(name + ": " + e.what() + "; metadata ignored");
  }
}

void add_file(const fs::path& p, const fs::path& root, InputSet& out) {
  std::error_code ec;
  fs::file_status st = fs::status(p, ec);
  if (ec || !fs::is_regular_file(st)) {
    out.problems.push_back(printable(p.string()) + ": not a regular file (or a broken link); skipped");
    return;
  }
  SourceFile f;
  f.path = p.string();
  f.rel = p.lexically_relative(root).string();
  f.size = fs::file_size(p, ec);
  auto mtime = fs::last_write_time(p, ec);
  f.mtime_ns = ec ? 0 : static_cast<int64_t>(mtime.time_since_epoch().count());
  load_metadata(p.parent_path(), out);
  out.files.push_back(std::move(f));
}

void walk_directory(const fs::path& root, InputSet& out) {
  std::error_code ec;
  fs::recursive_directory_iterator it(root, fs::directory_options::skip_permission_denied, ec);
  if (ec) {
    out.problems.push_back(printable(root.string()) + ": cannot read directory: " + ec.message());
    return;
  }
  for (fs::recursive_directory_iterator end; it != end; it.increment(ec)) {
    if (ec) {
      out.problems.push_back(printable(root.string()) + ": " + ec.message());
      break;
    }
    const fs::path& p = it->path();
    if (hidden(p)) {
      if (it->is_directory(ec)) {
        it.disable_recursion_pending();
      }
      continue;
    }
    if (it->is_directory(ec) || p.filename() == kMetadataFileName) {
      continue;
    }
    add_file(p, root, out);
  }
}

std::string without_extension(std::string_view rel) {
  size_t slash = rel.rfind('/');
  size_t dot = rel.rfind('.');
  bool has = dot != std::string_view::npos && dot > 0 && (slash == std::string_view::npos || dot > slash + 1);
  return std::string(has ? rel.substr(0, dot) : rel);
}

// Gives every file its id; the first by path keeps a shared one (see find_inputs).
void assign_ids(InputSet& out) {
  std::map<std::string, const SourceFile*> taken;
  for (SourceFile& f : out.files) {
    std::string base = id_from_name(without_extension(f.rel));
    std::string root_name = fs::path(f.path.substr(0, f.path.size() - f.rel.size())).parent_path().filename().string();
    std::vector<std::string> tries = {base, id_from_name(f.rel), bounded_id(id_from_name(root_name) + "/" + base)};
    std::string id;
    for (const std::string& t : tries) {
      if (!taken.contains(t)) {
        id = t;
        break;
      }
    }
    for (int n = 2; id.empty(); ++n) {
      if (std::string t = bounded_id(base + "~" + std::to_string(n)); !taken.contains(t)) {
        id = t;
      }
    }
    if (id != base) {
      out.problems.push_back(printable(f.path) + ": article id \"" + base + "\" is already " +
                             printable(taken[base]->path) + "'s; this file's article is indexed as \"" +
                             id + "\"");
    }
    f.id = id;
    taken.emplace(id, &f);
  }
}

}  // namespace

std::string SourceFile::signature() const {
  return std::to_string(size) + ":" + std::to_string(mtime_ns);
}

InputSet find_inputs(const std::vector<std::string>& inputs) {
  InputSet out;
  for (const std::string& input : inputs) {
    std::error_code ec;
    fs::path p = fs::absolute(input, ec).lexically_normal();
    if (p.has_filename() == false && p.has_parent_path()) {
      p = p.parent_path();
    }
    if (!fs::exists(p, ec)) {
      out.problems.push_back(printable(input) + ": does not exist");
      continue;
    }
    out.roots.push_back(p.string());
    if (fs::is_directory(p, ec)) {
      walk_directory(p, out);
    } else {
      add_file(p, p.parent_path(), out);
    }
  }
  std::sort(out.files.begin(), out.files.end(),
            [](const SourceFile& a, const SourceFile& b) { return a.path < b.path; });
  out.files.erase(std::unique(out.files.begin(), out.files.end(),
                              [](const SourceFile& a, const SourceFile& b) { return a.path == b.path; }),
                  out.files.end());
  assign_ids(out);
  return out;
}

uint64_t content_hash_update(uint64_t hash, std::string_view part) { return fnv1a_update(hash, part); }

std::string content_hash_hex(uint64_t hash) {
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out(16, '0');
  for (int i = 15; i >= 0; --i, hash >>= 4) {
    out[static_cast<size_t>(i)] = kHex[hash & 15];
  }
  return out;
}

std::string content_hash(std::string_view bytes) {
  return content_hash_hex(content_hash_update(kContentHashSeed, bytes));
}

std::string id_from_name(std::string_view name) { return bounded_id(percent_escape_unsafe(name, "\\")); }

std::string bounded_id(std::string id) {
  if (id.size() <= schema::kMaxArticleIdBytes) {
    return id;
  }
  std::string hash = content_hash(id);
  size_t keep = schema::kMaxArticleIdBytes - hash.size() - 1;
  size_t cut = 0;
  while (cut < id.size()) {
    size_t next = cut + std::max<size_t>(1, utf8_sequence_at(id, cut));
    if (next > keep) {
      break;
    }
    cut = next;
  }
  return id.substr(0, cut) + "~" + hash;
}

std::optional<std::string> read_source(const SourceFile& file, uintmax_t max_bytes,
                                       std::string* problem) {
  if (file.size > max_bytes) {
    *problem = "too large (" + std::to_string(file.size >> 20) + " MiB; the limit is " +
               std::to_string(max_bytes >> 20) + " MiB, see --max-file-mb)";
    return std::nullopt;
  }
  std::ifstream in(file.path, std::ios::binary);
  if (!in) {
    *problem = std::string("cannot read: ") + std::strerror(errno);
    return std::nullopt;
  }
  std::string bytes;
  bytes.resize(static_cast<size_t>(file.size));
  in.read(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  bytes.resize(static_cast<size_t>(in.gcount()));
  if (in.bad()) {
    *problem = "read error";
    return std::nullopt;
  }
  return bytes;
}

}  // namespace tonle
