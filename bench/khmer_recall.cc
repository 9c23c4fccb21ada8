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
#include <sstream>
#include <string>
#include <vector>

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

// One searchable text with the words a reader could look for in it.
struct Doc {
  std::string text;
  std::set<std::string> words;
  std::set<std::string> parts;
};

// The first code point of `s` at byte `i`, and its length in bytes.
char32_t decode(std::string_view s, size_t i, size_t* len) {
  auto b = static_cast<unsigned char>(s[i]);
  if (b < 0x80 || i + 1 >= s.size()) {
    *len = 1;
    return b;
  }
  if (b < 0xE0) {
    *len = 2;
    return ((b & 0x1F) << 6) | (s[i + 1] & 0x3F);
  }
  if (b < 0xF0 && i + 2 < s.size()) {
    *len = 3;
    return ((b & 0x0F) << 12) | ((s[i + 1] & 0x3F) << 6) | (s[i + 2] & 0x3F);
  }
  *len = std::min<size_t>(4, s.size() - i);
  return 0xFFFD;
}

bool has_khmer_letter(std::string_view s) {
  for (size_t i = 0, len = 0; i < s.size(); i += len) {
    char32_t c = decode(s, i, &len);
    if (c >= 0x1780 && c <= 0x17B3) {
      return true;
    }
  }
  return false;
}

// The letters of `s` as a reader compares them: no spaces or zero-width characters, and COENG DA
// written as COENG TA (they look alike).
std::string letters(std::string_view s) {
  std::string out;
  for (size_t i = 0, len = 0; i < s.size(); i += len) {
    char32_t c = decode(s, i, &len);
    if (c == ' ' || c == '\n' || c == '\t' || (c >= 0x200B && c <= 0x200D) || c == 0xFEFF) {
      continue;
    }
    out.append(s.substr(i, len));
  }
  const std::string da = "\xE1\x9F\x92\xE1\x9E\x8A";
  const std::string ta = "\xE1\x9F\x92\xE1\x9E\x8F";
  for (size_t p = out.find(da); p != std::string::npos; p = out.find(da, p + ta.size())) {
    out.replace(p, da.size(), ta);
  }
  return out;
}

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

std::vector<Doc> read_khpos(const Options& o) {
  std::ifstream in(o.khpos);
  if (!in) {
    throw std::runtime_error(o.khpos + ": cannot read");
  }
  std::vector<Doc> docs;
  std::map<std::string, size_t> index;
  size_t read = 0;
  for (std::string line; read < o.sentences && std::getline(in, line); ++read) {
    Doc d;
    for (const std::string& tagged : split(line, " ")) {
      std::string word = tagged.substr(0, tagged.rfind('/'));
      std::string whole;
      for (char c : word) {
        if (c != '_' && c != '~') {
          whole += c;
        }
      }
      d.text += whole;
      if (has_khmer_letter(whole)) {
        d.words.insert(whole);
      }
      std::vector<std::string> parts = split(word, "_~");
      for (size_t i = 0; parts.size() > 1 && i < parts.size(); ++i) {
        if (has_khmer_letter(parts[i])) {
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

std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

std::vector<Doc> read_news(const Options& o) {
  std::vector<fs::path> origs;
  for (const auto& e : fs::directory_iterator(o.news)) {
    std::string name = e.path().filename().string();
    if (name.ends_with("_orig.txt")) {
      origs.push_back(e.path());
    }
  }
  std::sort(origs.begin(), origs.end());
  std::vector<Doc> docs;
  for (const fs::path& orig : origs) {
    if (docs.size() >= o.news_articles) {
      break;
    }
    std::string stem = orig.filename().string();
    stem.resize(stem.size() - std::string("_orig.txt").size());
    fs::path seg = orig.parent_path() / (stem + "_seg_200b.txt");
    if (!fs::exists(seg)) {
      continue;
    }
    Doc d;
    d.text = slurp(orig);
    std::string segmented = slurp(seg);
    std::string zwsp = "\xE2\x80\x8B";
    for (size_t p = segmented.find(zwsp); p != std::string::npos; p = segmented.find(zwsp)) {
      segmented.replace(p, zwsp.size(), " ");
    }
    for (const std::string& w : split(segmented, " \n\r\t")) {
      if (std::string bare = bare_word(w); has_khmer_letter(bare) && bare.find_first_of("()[]{}\"'") == std::string::npos) {
        d.words.insert(bare);
      }
    }
    docs.push_back(std::move(d));
  }
  return docs;
}

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
    std::vector<Doc> khpos = o.sentences > 0 ? read_khpos(o) : std::vector<Doc>{};
    std::vector<Doc> news = o.news_articles > 0 ? read_news(o) : std::vector<Doc>{};
    if (!khpos.empty()) {
      Indexed kx = build_index(khpos, o.work, "khpos", o);
      std::printf("khPOS: %zu distinct sentences, %zu articles indexed in %.2f s, index %.1f MB\n", khpos.size(),
                  kx.articles, kx.seconds, kx.bytes / 1e6);
      for (auto [name, which] : {std::pair{"khpos-words", &Doc::words}, std::pair{"khpos-parts", &Doc::parts}}) {
        Score s = score(khpos, kx, o.work / "khpos.db", which, o);
        print(name, s);
        failed = failed || below_floor(s);
      }
    }
    if (!news.empty()) {
      Indexed nx = build_index(news, o.work, "news", o);
      std::printf("khmer-news-seg: %zu texts, %zu articles indexed in %.2f s, index %.1f MB\n", news.size(),
                  nx.articles, nx.seconds, nx.bytes / 1e6);
      Score s = score(news, nx, o.work / "news.db", &Doc::words, o);
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
