// source_files.h — finds the input files of an index run (files and directories given on the
// command line, directories walked recursively without following symlinked directories, hidden
// files and metadata.json skipped) and reads one file with a size limit. Plain values; the
// functions are safe from any thread.
#pragma once

#include <cstdint>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "indexer/metadata.h"

namespace tonle {

struct SourceFile {
  std::string path;       // absolute, lexically normal, the bytes the file system gives
  std::string rel;        // relative to the input it was found under: "business/001.txt"
  // The article id of a one-article file, unique in the run: `rel` without its extension, bytes
  // that are no UTF-8, control characters, '%' and '\' percent-encoded ("business/001",
  // "caf%E9-report"). A JSON Lines file's records keep their own ids.
  std::string id;
  uintmax_t size = 0;
  int64_t mtime_ns = 0;
  std::string signature() const;  // changes when the file does: "size:mtime"
};

struct InputSet {
  std::vector<SourceFile> files;          // sorted by path
  std::vector<std::string> roots;         // absolute forms of the given inputs
  std::vector<std::string> problems;      // "PATH: does not exist", unreadable directories, ...
  std::map<std::string, DirectoryMetadata> metadata;  // directory → its metadata.json
};

// Walks the inputs. Two files whose ids would be the same ("a.txt" and "a.html", "001.txt" in two
// inputs) keep both: the first by path keeps the id, the other takes its name with extension,
// then its input's name before it ("more/001"), and each such choice is reported in `problems`.
InputSet find_inputs(const std::vector<std::string>& inputs);

// An id made from a file name: unsafe bytes percent-encoded (see SourceFile::id), bounded.
std::string id_from_name(std::string_view name);

// `id` if it fits schema::kMaxArticleIdBytes, else its head cut at a character boundary with "~"
// and a hash of the whole id appended, so two long ids stay apart.
std::string bounded_id(std::string id);

// A fingerprint of a file's bytes (64-bit FNV-1a, hex): --update tells a touched or moved file
// from a changed one by it.
std::string content_hash(std::string_view bytes);
// The same, a part at a time: start from kContentHashSeed, update with each part, then hex.
inline constexpr uint64_t kContentHashSeed = 1469598103934665603ULL;
uint64_t content_hash_update(uint64_t hash, std::string_view part);
std::string content_hash_hex(uint64_t hash);

// Reads a whole file. On failure returns nullopt and sets *problem (unreadable, too large, a
// directory, ...).
std::optional<std::string> read_source(const SourceFile& file, uintmax_t max_bytes,
                                       std::string* problem);

}  // namespace tonle
