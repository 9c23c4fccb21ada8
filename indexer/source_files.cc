// source_files.cc — input discovery and bounded file reading.
#include "indexer/source_files.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>

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
  if (out.metadata.contains(dir.string()) || !fs::is_regular_file(file, ec)) {
    return;
  }
  std::ifstream in(file, std::ios::binary);
  std::ostringstream buf;
  buf << in.rdbuf();
  try {
    out.metadata.emplace(dir.string(), parse_metadata(buf.str()));
  } catch (const std::exception& e) {
    out.problems.push_back(file.string() + ": " + e.what() + "; metadata ignored");
  }
}

void add_file(const fs::path& p, InputSet& out) {
  std::error_code ec;
  fs::file_status st = fs::status(p, ec);
  if (ec || !fs::is_regular_file(st)) {
    out.problems.push_back(p.string() + ": not a regular file (or a broken link); skipped");
    return;
  }
  SourceFile f;
  f.path = p.string();
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
    out.problems.push_back(root.string() + ": cannot read directory: " + ec.message());
    return;
  }
  for (fs::recursive_directory_iterator end; it != end; it.increment(ec)) {
    if (ec) {
      out.problems.push_back(root.string() + ": " + ec.message());
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
    add_file(p, out);
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
      out.problems.push_back(input + ": does not exist");
      continue;
    }
    out.roots.push_back(p.string());
    if (fs::is_directory(p, ec)) {
      walk_directory(p, out);
    } else {
      add_file(p, out);
    }
  }
  std::sort(out.files.begin(), out.files.end(),
            [](const SourceFile& a, const SourceFile& b) { return a.path < b.path; });
  out.files.erase(std::unique(out.files.begin(), out.files.end(),
                              [](const SourceFile& a, const SourceFile& b) { return a.path == b.path; }),
                  out.files.end());
  return out;
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
