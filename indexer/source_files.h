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
  std::string path;       // absolute, lexically normal
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

InputSet find_inputs(const std::vector<std::string>& inputs);

// Reads a whole file. On failure returns nullopt and sets *problem (unreadable, too large, a
// directory, ...).
std::optional<std::string> read_source(const SourceFile& file, uintmax_t max_bytes,
                                       std::string* problem);

}  // namespace tonle
