// pull_quotes.cc — see pull_quotes.h.
#include "indexer/parse/pull_quotes.h"

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/hash.h"

namespace tonle::parse {

namespace {

constexpr size_t kRun = 4;            // words in one run
constexpr size_t kMinWords = 6;       // shorter paragraphs are headings and credits, not quotes
constexpr size_t kMaxWords = 60;
constexpr double kRepeated = 0.7;     // share of a paragraph's runs found in one other paragraph
constexpr size_t kMaxHolders = 4;     // paragraphs a run may be in and still tell a repeat

// Hashes of the paragraph's words, letters and digits lower-cased, everything else a break
// (curly and straight quotes, dashes and punctuation compare alike).
std::vector<uint64_t> word_hashes(std::string_view text) {
  std::vector<uint64_t> out;
  uint64_t h = kFnvOffsetBasis;
  bool in_word = false;
  for (size_t i = 0; i < text.size(); ++i) {
    auto u = static_cast<unsigned char>(text[i]);
    bool letter = std::isalnum(u) != 0 || u >= 0x80;
    // Characters U+2000..U+2FFF (curly quotes, dashes, bullets) are breaks: skip all three bytes.
    if (u == 0xE2) {
      letter = false;
      i += 2;
    }
    if (letter) {
      h = fnv1a_step(h, static_cast<unsigned char>(std::tolower(u)));
      in_word = true;
    } else if (in_word) {
      out.push_back(h);
      h = kFnvOffsetBasis;
      in_word = false;
    }
  }
  if (in_word) {
    out.push_back(h);
  }
  return out;
}

std::vector<uint64_t> runs_of(const std::vector<uint64_t>& words) {
  std::vector<uint64_t> runs;
  for (size_t i = 0; i + kRun <= words.size(); ++i) {
    uint64_t h = 0;
    for (size_t k = 0; k < kRun; ++k) {
      h = h * 0x9E3779B97F4A7C15ULL + words[i + k];
    }
    runs.push_back(h);
  }
  return runs;
}

}  // namespace

namespace {

// "“We arrest the small ...”", "\"They write it ...\"": a paragraph that opens with a quotation mark.
bool opens_quote(std::string_view p) {
  return p.starts_with("\"") || p.starts_with("\xE2\x80\x9C") || p.starts_with("\xE2\x80\x98") ||
         p.starts_with("'") || p.starts_with("\xC2\xAB");
}

}  // namespace

void drop_pull_quotes(std::string& body, bool any_paragraph) {
  std::vector<std::string_view> paras;
  for (size_t start = 0; start <= body.size();) {
    size_t end = body.find("\n\n", start);
    if (end == std::string::npos) {
      end = body.size();
    }
    paras.emplace_back(std::string_view(body).substr(start, end - start));
    start = end + 2;
  }
  if (paras.size() < 3) {
    return;
  }
  std::vector<size_t> sizes(paras.size());
  std::vector<std::vector<uint64_t>> runs(paras.size());
  std::unordered_map<uint64_t, std::vector<size_t>> where;  // run → the paragraphs holding it
  for (size_t p = 0; p < paras.size(); ++p) {
    std::vector<uint64_t> words = word_hashes(paras[p]);
    sizes[p] = words.size();
    runs[p] = runs_of(words);
    for (uint64_t r : runs[p]) {
      std::vector<size_t>& in = where[r];
      // A run in many paragraphs is the page's formula ("of the report"), no quotation's: its
      // list stops growing, and it counts for none (which keeps this linear on any page).
      if (in.size() <= kMaxHolders && (in.empty() || in.back() != p)) {
        in.push_back(p);
      }
    }
  }
  std::vector<bool> drop(paras.size(), false);
  for (size_t p = 1; p < paras.size(); ++p) {
    if (sizes[p] < kMinWords || sizes[p] > kMaxWords || (!any_paragraph && !opens_quote(paras[p]))) {
      continue;
    }
    std::unordered_map<size_t, size_t> shared;  // other paragraph → runs of p found in it
    for (uint64_t r : runs[p]) {
      const std::vector<size_t>& in = where[r];
      if (in.size() > kMaxHolders) {
        continue;
      }
      for (size_t q : in) {
        if (q != p && !drop[q] && sizes[q] > sizes[p]) {
          ++shared[q];
        }
      }
    }
    for (const auto& [q, n] : shared) {
      if (static_cast<double>(n) >= kRepeated * static_cast<double>(runs[p].size())) {
        drop[p] = true;
        break;
      }
    }
  }
  std::string out;
  for (size_t p = 0; p < paras.size(); ++p) {
    if (!drop[p]) {
      out += out.empty() ? "" : "\n\n";
      out += paras[p];
    }
  }
  body = std::move(out);
}

}  // namespace tonle::parse
