// devset_compare.h — the comparison half of the development-set scorer: one article's extracted
// values against its gold annotation (tests/devset/ANNOTATION.md), summed over a set into
// precision / recall counts per facet and the other figures the scorer prints. Pure functions
// over plain values; safe from any thread.
#pragma once

#include <nlohmann/json.hpp>

#include <map>
#include <ostream>
#include <string>
#include <vector>

#include "core/article.h"

namespace tonle::devset {

// An article as tonle prepared it, with its gold annotation.
struct Scored {
  std::string set;
  nlohmann::json gold;
  Article article;
};

struct Counts {
  size_t gold = 0;
  size_t found = 0;
  size_t right = 0;
  double precision() const { return found ? double(right) / double(found) : 1.0; }
  double recall() const { return gold ? double(right) / double(gold) : 1.0; }
  double f1() const {
    double p = precision(), r = recall();
    return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
  }
};

struct Report {
  size_t articles = 0;
  size_t offtopic_articles = 0;
  std::map<std::string, Counts> facets;  // "spokesperson", ..., "person", "all"
  size_t spokespeople = 0;               // gold spokespeople
  size_t bodies_right = 0;               // ... found with exactly the gold bodies
  size_t titles_right = 0, dates_right = 0, sources_right = 0;
  size_t paragraphs = 0, paragraphs_kept = 0;
  size_t chrome_leaks = 0, chrome_articles = 0;
  size_t offtopic_wrong = 0;  // values extracted from off-topic articles that gold lacks
  double body_accuracy() const {
    return spokespeople ? double(bodies_right) / double(spokespeople) : 1.0;
  }
};

// How names are compared: case, curly quotes, white space, a leading "the" and a trailing
// possessive do not count.
std::string normalise(std::string_view value);

// Scores every article; when `misses` is set, writes one line per miss to it.
Report score(const std::vector<Scored>& articles, std::ostream* misses);

// The report as flat figures ("ministry_precision", "body_accuracy", "chrome_leaks_max", ...),
// the keys a floor file uses.
nlohmann::json figures(const Report& r);

}  // namespace tonle::devset
