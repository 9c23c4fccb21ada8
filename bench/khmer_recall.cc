// khmer_recall.cc — how well tonle finds Khmer words, measured against hand segmentation
// (issue 13). Khmer is written without spaces between words, so a reader's word is found only if
// the index does not depend on where the dictionary split the passage.
//
// Sets (each printed with recall, words that find nothing, and false hits):
//   khpos-words  every gold word of the first N khPOS sentences (`_` and `~` removed);
//   khpos-parts  the parts of khPOS compounds (split at `_` and `~`), e.g. មហាផ្ទៃ in ក្រសួងមហាផ្ទៃ;
//   news-words   the ZWSP-segmented words of khmer-news-seg articles, searched in the originals.
// Sentences are indexed with their segmentation removed (one JSON Lines record each, through
// `tonle index`'s own code), then every distinct word is parsed and built as the search page would
// and its exact match set taken. For a (word, sentence) pair where the gold segmentation has the
// word, a hit is the sentence returned; a false hit is a returned sentence whose letters do not
// contain the word's letters at all.
//
//   khmer_recall [--khpos FILE] [--sentences 2000] [--news DIR] [--news-articles 200]
//                [--work DIR] [--gazetteer FILE] [--misses N] [--explain WORD] [--floor]
// --floor: exit 1 if any set's recall is under 0.95 or its false hits over 2% (issue 13's bar).
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <vector>

#include "bench/khmer_corpora.h"
#include "core/analyzer.h"
#include "core/schema.h"
#include "indexer/indexer.h"
#include "searcher/aliases.h"
#include "searcher/index_reader.h"
#include "searcher/match_set.h"
#include "searcher/query_builder.h"
#include "searcher/query_parser.h"

namespace fs = std::filesystem;

namespace {

using tonle::bench::KhmerDoc;
using tonle::bench::letters;
using Doc = KhmerDoc;

struct Options {
  std::string khpos = TONLE_SHARED_DATA "/khmer-khpos/train.all2";
  size_t sentences = 2000;
  std::string news = TONLE_SHARED_DATA "/khmer-news-seg/kh_data_1000";
  size_t news_articles = 200;
  fs::path work = fs::temp_directory_path() / "tonle-khmer-recall";
  std::string gazetteer = TONLE_DEFAULT_GAZETTEER;
  size_t misses = 0;
  std::string explain;  // a word: print its query, and the sentences it missed or wrongly found
  bool floor = false;   // exit 1 when a set's recall is under 0.95 or its false hits over 2%
};

struct Indexed {
  std::vector<size_t> doc_of_docid;  // docid → index into the docs, or SIZE_MAX
  double seconds = 0;
  uintmax_t bytes = 0;
  size_t articles = 0;
};

Indexed build_index(const std::vector<Doc>& docs, const fs::path& dir, const std::string& name,
                    const Options& o) {
  fs::create_directories(dir / "in");
  fs::path db = dir / (name + ".db");
  fs::remove_all(db);
  {
    std::ofstream out(dir / "in" / (name + ".jsonl"));
    for (size_t i = 0; i < docs.size(); ++i) {
      nlohmann::json j = {{"id", name + "-" + std::to_string(i)}, {"title", name + " " + std::to_string(i)},
                          {"body", docs[i].text}, {"date", "2020-01-01"}};
      out << j.dump() << "\n";
    }
  }
  tonle::IndexOptions io;
  io.inputs = {(dir / "in" / (name + ".jsonl")).string()};
  io.db = db;
  io.gazetteer_path = o.gazetteer;
  auto t0 = std::chrono::steady_clock::now();
  tonle::IndexSummary summary = tonle::run_index(io);
  Indexed ix;
  ix.articles = summary.total_articles;
  ix.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  for (const auto& e : fs::recursive_directory_iterator(db)) {
    if (e.is_regular_file()) {
      ix.bytes += e.file_size();
    }
  }
  fs::remove(dir / "in" / (name + ".jsonl"));
  tonle::IndexReader reader(db);
  Xapian::Database& xdb = reader.database();
  ix.doc_of_docid.assign(xdb.get_lastdocid() + 1, SIZE_MAX);
  for (size_t i = 0; i < docs.size(); ++i) {
    std::string id = tonle::schema::id_term(name + "-" + std::to_string(i));
    for (auto p = xdb.postlist_begin(id); p != xdb.postlist_end(id); ++p) {
      ix.doc_of_docid[*p] = i;
    }
  }
  return ix;
}

struct Score {
  size_t words = 0, pairs = 0, found = 0, silent_words = 0, returned = 0, false_hits = 0;
  double query_seconds = 0;  // building and matching every word's query (its exact set)
  std::vector<std::string> misses;
  std::vector<std::pair<size_t, std::string>> false_by_word;  // (false hits, word)
};

void show(const char* what, const std::string& text, const tonle::Analyzer& a) {
  std::string words;
  for (const tonle::Token& t : a.analyze(text)) {
    words += t.term + "|";
  }
  std::string syl;
  for (const tonle::KhmerSyllable& s : a.syllables(text)) {
    syl += s.key + "·";
  }
  std::printf("  %s: %s\n    words %s\n    syllables %s\n", what, text.c_str(), words.c_str(), syl.c_str());
}

void explain(const std::string& word, const tonle::BuiltQuery& q, const std::vector<Doc>& docs,
             const std::vector<size_t>& rel, const std::vector<bool>& got,
             const std::vector<std::string>& doc_letters, const tonle::Analyzer& a) {
  std::printf("explain %s\n  query %s\n", word.c_str(), q.query.get_description().c_str());
  show("word", word, a);
  size_t shown = 0;
  for (size_t i : rel) {
    if (!got[i] && shown++ < 3) {
      show("missed", docs[i].text, a);
    }
  }
  std::string wl = a.fold(letters(word));
  shown = 0;
  for (size_t i = 0; i < docs.size(); ++i) {
    if (got[i] && doc_letters[i].find(wl) == std::string::npos && shown++ < 3) {
      show("false hit", docs[i].text, a);
    }
  }
}

// Searches every distinct word of `which` (words or parts) and scores the answers.
Score score(const std::vector<Doc>& docs, const Indexed& ix, const fs::path& db,
            std::set<std::string> Doc::*which, const Options& o) {
  std::map<std::string, std::vector<size_t>> relevant;
  for (size_t i = 0; i < docs.size(); ++i) {
    for (const std::string& w : docs[i].*which) {
      relevant[w].push_back(i);
    }
  }
  tonle::Analyzer analyzer;
  // Letters compared as the analyzer folds them (case, NFKC and Khmer normalisation).
  std::vector<std::string> doc_letters;
  for (const Doc& d : docs) {
    doc_letters.push_back(analyzer.fold(letters(d.text)));
  }
  tonle::IndexReader reader(db);
  tonle::AliasIndex aliases;
  tonle::QueryBuilder builder(analyzer, aliases);
  Score s;
  s.misses.reserve(o.misses);
  for (const auto& [word, rel] : relevant) {
    auto t0 = std::chrono::steady_clock::now();
    tonle::BuiltQuery q = builder.build(tonle::parse_query(word), {});
    tonle::DocSet set = tonle::match_set(reader.database(), q.query);
    s.query_seconds += std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    std::vector<bool> got(docs.size(), false);
    std::string wl = analyzer.fold(letters(word));
    size_t false_before = s.false_hits;
    set.for_each([&](Xapian::docid did) {
      if (did >= ix.doc_of_docid.size() || ix.doc_of_docid[did] == SIZE_MAX) {
        return;
      }
      size_t i = ix.doc_of_docid[did];
      got[i] = true;
      ++s.returned;
      if (doc_letters[i].find(wl) == std::string::npos) {
        ++s.false_hits;
      }
    });
    size_t found = 0;
    for (size_t i : rel) {
      found += got[i] ? 1 : 0;
    }
    if (s.false_hits > false_before) {
      s.false_by_word.emplace_back(s.false_hits - false_before, word);
    }
    if (word == o.explain) {
      explain(word, q, docs, rel, got, doc_letters, analyzer);
    }
    s.words += 1;
    s.pairs += rel.size();
    s.found += found;
    s.silent_words += set.empty() ? 1 : 0;
    if (found < rel.size() && s.misses.size() < o.misses) {
      s.misses.push_back(word + "  found " + std::to_string(found) + " of " + std::to_string(rel.size()));
    }
  }
  return s;
}

bool below_floor(const Score& s) {
  double recall = s.pairs ? static_cast<double>(s.found) / static_cast<double>(s.pairs) : 1.0;
  double false_rate = s.returned ? static_cast<double>(s.false_hits) / static_cast<double>(s.returned) : 0.0;
  return recall < 0.95 || false_rate > 0.02;
}

void print(const std::string& name, const Score& s) {
  std::printf("%-12s %7zu words %8zu pairs  recall %.3f  find-nothing %5.1f%%  false hits %zu of %zu (%.2f%%)"
              "  %.3f ms a query\n",
              name.c_str(), s.words, s.pairs, s.pairs ? static_cast<double>(s.found) / s.pairs : 0.0,
              s.words ? 100.0 * s.silent_words / s.words : 0.0, s.false_hits, s.returned,
              s.returned ? 100.0 * s.false_hits / s.returned : 0.0,
              s.words ? 1000.0 * s.query_seconds / static_cast<double>(s.words) : 0.0);
  for (const std::string& m : s.misses) {
    std::printf("    missed %s\n", m.c_str());
  }
  std::vector<std::pair<size_t, std::string>> worst = s.false_by_word;
  std::sort(worst.rbegin(), worst.rend());
  for (size_t i = 0; i < worst.size() && i < s.misses.size(); ++i) {
    std::printf("    false hits %zu for %s\n", worst[i].first, worst[i].second.c_str());
  }
}

Options parse_args(int argc, char** argv) {
  Options o;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    auto value = [&]() -> std::string {
      if (i + 1 >= argc) {
        throw std::runtime_error(a + " needs a value");
      }
      return argv[++i];
    };
    if (a == "--khpos") {
      o.khpos = value();
    } else if (a == "--sentences") {
      o.sentences = std::stoul(value());
    } else if (a == "--news") {
      o.news = value();
    } else if (a == "--news-articles") {
      o.news_articles = std::stoul(value());
    } else if (a == "--work") {
      o.work = value();
    } else if (a == "--gazetteer") {
      o.gazetteer = value();
    } else if (a == "--floor") {
      o.floor = true;
    } else if (a == "--explain") {
      o.explain = value();
    } else if (a == "--misses") {
      o.misses = std::stoul(value());
    } else {
      throw std::runtime_error("unknown option " + a +
                               " (--khpos FILE --sentences N --news DIR --news-articles N --work DIR --gazetteer FILE --misses N --explain WORD --floor)");
    }
  }
  return o;
}

}  // namespace

int main(int argc, char** argv) {
  try {
    Options o = parse_args(argc, argv);
    bool failed = false;
    std::vector<Doc> khpos = o.sentences > 0 ? tonle::bench::read_khpos(o.khpos, o.sentences) : std::vector<Doc>{};
    std::vector<Doc> news = o.news_articles > 0 ? tonle::bench::read_khmer_news(o.news, o.news_articles) : std::vector<Doc>{};
    if (!khpos.empty()) {
      Indexed kx = build_index(khpos, o.work, "khpos", o);
      std::printf("khPOS: %zu distinct sentences, %zu articles indexed in %.2f s, index %.1f MB\n", khpos.size(),
                  kx.articles, kx.seconds, kx.bytes / 1e6);
      for (auto [name, which] : {std::pair{"khpos-words", &KhmerDoc::words}, std::pair{"khpos-parts", &KhmerDoc::parts}}) {
        Score s = score(khpos, kx, o.work / "khpos.db", which, o);
        print(name, s);
        failed = failed || below_floor(s);
      }
    }
    if (!news.empty()) {
      Indexed nx = build_index(news, o.work, "news", o);
      std::printf("khmer-news-seg: %zu texts, %zu articles indexed in %.2f s, index %.1f MB\n", news.size(),
                  nx.articles, nx.seconds, nx.bytes / 1e6);
      Score s = score(news, nx, o.work / "news.db", &KhmerDoc::words, o);
      print("news-words", s);
      failed = failed || below_floor(s);
    }
    fs::remove_all(o.work);
    if (o.floor && failed) {
      std::printf("below the floor: recall under 0.95 or false hits over 2%%\n");
      return 1;
    }
  } catch (const std::exception& e) {
    std::cerr << "khmer_recall: " << e.what() << "\n";
    return 1;
  }
  return 0;
}
