// khmer_corpora.cc — reading khPOS and khmer-news-seg (khmer_corpora.h).
#include "bench/khmer_corpora.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <stdexcept>

#include "core/khmer.h"
#include "core/text.h"

namespace tonle::bench {

namespace fs = std::filesystem;

namespace {

char32_t decode(std::string_view s, size_t i, size_t* len) { return tonle::utf8_code_point_at(s, i, len); }

// A segmented word as a reader types it: without the punctuation glued to its ends ("(ក", "»មាន").
std::string bare_word(std::string_view w) {
  auto wordlike = [&](size_t i) {
    size_t len = 0;
    char32_t c = decode(w, i, &len);
    return (c >= 0x1780 && c <= 0x17D3) || (c >= 0x17E0 && c <= 0x17E9) || (c >= '0' && c <= '9') ||
           (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  };
  size_t b = 0;
  size_t len = 0;
  while (b < w.size() && !wordlike(b)) {
    decode(w, b, &len);
    b += len;
  }
  size_t e = b;
  for (size_t i = b; i < w.size(); i += len) {
    decode(w, i, &len);
    if (wordlike(i)) {
      e = i + len;
    }
  }
  return std::string(w.substr(b, e - b));
}

std::vector<std::string> split(std::string_view s, std::string_view seps) {
  std::vector<std::string> out;
  size_t start = 0;
  for (size_t i = 0; i <= s.size(); ++i) {
    if (i == s.size() || seps.find(s[i]) != std::string_view::npos) {
      if (i > start) {
        out.emplace_back(s.substr(start, i - start));
      }
      start = i + 1;
    }
  }
  return out;
}

std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

}  // namespace

std::string letters(std::string_view s) {
  std::string out;
  for (size_t i = 0, len = 0; i < s.size(); i += len) {
    char32_t c = decode(s, i, &len);
    if (c == ' ' || c == '\n' || c == '\t' || (c >= 0x200B && c <= 0x200D) || c == 0xFEFF) {
      continue;
    }
    out.append(s.substr(i, len));
  }
  return out;
}

std::vector<KhmerDoc> read_khpos(const std::string& path, size_t sentences) {
  std::ifstream in(path);
  if (!in) {
    throw std::runtime_error(path + ": cannot read");
  }
  std::vector<KhmerDoc> docs;
  std::map<std::string, size_t> index;
  size_t read = 0;
  for (std::string line; read < sentences && std::getline(in, line); ++read) {
    KhmerDoc d;
    for (const std::string& tagged : split(line, " ")) {
      std::string word = tagged.substr(0, tagged.rfind('/'));
      std::string whole;
      for (char c : word) {
        if (c != '_' && c != '~') {
          whole += c;
        }
      }
      d.text += whole;
      if (tonle::has_khmer_letter(whole)) {
        d.words.insert(whole);
      }
      std::vector<std::string> parts = split(word, "_~");
      for (size_t i = 0; parts.size() > 1 && i < parts.size(); ++i) {
        if (tonle::has_khmer_letter(parts[i])) {
          d.parts.insert(parts[i]);
        }
      }
    }
    if (d.words.empty()) {
      continue;
    }
    // The indexer keeps one copy of repeated text, so a repeated sentence is one document.
    auto [seen, fresh] = index.emplace(d.text, docs.size());
    if (fresh) {
      docs.push_back(std::move(d));
    } else {
      docs[seen->second].words.insert(d.words.begin(), d.words.end());
      docs[seen->second].parts.insert(d.parts.begin(), d.parts.end());
    }
  }
  return docs;
}

std::vector<KhmerDoc> read_khmer_news(const std::string& dir, size_t articles) {
  std::vector<fs::path> origs;
  for (const auto& e : fs::directory_iterator(dir)) {
    std::string name = e.path().filename().string();
    if (name.ends_with("_orig.txt")) {
      origs.push_back(e.path());
    }
  }
  std::sort(origs.begin(), origs.end());
  std::vector<KhmerDoc> docs;
  for (const fs::path& orig : origs) {
    if (docs.size() >= articles) {
      break;
    }
    std::string stem = orig.filename().string();
    stem.resize(stem.size() - std::string("_orig.txt").size());
    fs::path seg = orig.parent_path() / (stem + "_seg_200b.txt");
    if (!fs::exists(seg)) {
      continue;
    }
    KhmerDoc d;
    d.text = slurp(orig);
    std::string segmented = slurp(seg);
    std::string zwsp = "\xE2\x80\x8B";
    for (size_t p = segmented.find(zwsp); p != std::string::npos; p = segmented.find(zwsp)) {
      segmented.replace(p, zwsp.size(), " ");
    }
    for (const std::string& w : split(segmented, " \n\r\t")) {
      if (std::string bare = bare_word(w); tonle::has_khmer_letter(bare) && bare.find_first_of("()[]{}\"'") == std::string::npos) {
        d.words.insert(bare);
      }
    }
    docs.push_back(std::move(d));
  }
  return docs;
}

}  // namespace tonle::bench
