// khmer_corpora.h — the hand-segmented Khmer corpora bench/khmer_recall measures with, read as
// texts with the words a reader could search for in them: khPOS sentences (word/TAG tokens, `_`
// and `~` joining the parts of compounds) and khmer-news-seg articles (each original beside a
// copy segmented with zero-width spaces). Pure functions of the files; thread-safe.
#pragma once

#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace tonle::bench {

// One searchable text with the words a reader could look for in it.
struct KhmerDoc {
  std::string text;
  std::set<std::string> words;
  std::set<std::string> parts;
};

// The first `sentences` lines of khPOS as texts without their segmentation, a repeated sentence
// once (the indexer keeps one copy of repeated text); words are whole gold words, parts the
// pieces of compounds. Throws std::runtime_error if the file cannot be read.
std::vector<KhmerDoc> read_khpos(const std::string& path, size_t sentences);

// The first `articles` *_orig.txt texts of a khmer-news-seg folder, each with the words of its
// *_seg_200b.txt copy as a reader types them (punctuation at their ends left out).
std::vector<KhmerDoc> read_khmer_news(const std::string& dir, size_t articles);

// The letters of `s` without spaces or zero-width characters (the scorer then folds them as the
// analyzer does: case, NFKC and Khmer normalisation).
std::string letters(std::string_view s);

}  // namespace tonle::bench
