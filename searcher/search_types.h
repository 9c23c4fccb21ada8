// search_types.h — the plain value types between the web/CLI layers and the searcher: what a
// user asks (SearchRequest) and what comes back (SearchResult). No Xapian or ICU types appear
// here, so web/ can use them without seeing either. Values; freely copyable.
#pragma once

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/article.h"

namespace tonle {

enum class SortOrder { kRelevance, kNewest, kOldest };
enum class MatchMode { kAll, kAny };  // all words required, or BM25 over any of them

std::optional<SortOrder> sort_from_name(std::string_view name);
std::string_view sort_name(SortOrder s);
std::optional<MatchMode> mode_from_name(std::string_view name);
std::string_view mode_name(MatchMode m);

struct SearchRequest {
  std::string query;
  std::map<Facet, std::vector<std::string>> filters;  // OR within a facet, AND across facets
  SortOrder sort = SortOrder::kRelevance;
  MatchMode mode = MatchMode::kAll;
  // Published within these days, both inclusive: "YYYY", "YYYY-MM" or "YYYY-MM-DD", "" = open.
  // Undated articles fall outside any range. Checked by the request parsers (date_range.h).
  std::string date_from, date_to;
  bool exact = false;        // no acronym or alias expansion
  // When nothing matches and the "did you mean" correction does, answer with the correction's
  // results (SearchResult::corrected_from says so); false searches exactly what was typed.
  bool autocorrect = true;
  size_t page = 1;           // 1-based
  size_t per_page = 10;
  size_t facet_limit = 50;  // values listed per facet (the most frequent, plus selected ones)
  // What the answer holds beyond the page of hits: an export's pages need no facet counts or
  // "did you mean", and a CSV export no snippets.
  bool with_facets = true;
  bool with_snippets = true;
  bool with_entities = false;  // each hit's entity values (an export's facet columns)
  bool timeline_share = false;  // the page's timeline shows shares of all articles, not counts
  // One hit per story (indexer/stories.h): Xapian collapses the other articles of a hit's story
  // (Hit::collapsed); `total` and the facet counts still count articles.
  bool collapse_story = false;
  static constexpr size_t kMaxPerPage = 100;
  static constexpr size_t kMaxFacetLimit = 1000;
  static constexpr size_t kMaxPage = 10000;
};

// A byte range of Snippet::text to highlight.
struct Highlight {
  size_t begin = 0;
  size_t end = 0;
  friend bool operator==(const Highlight&, const Highlight&) = default;
};

struct Snippet {
  std::string text;                   // plain text cut from the clean body
  std::vector<Highlight> highlights;  // sorted, non-overlapping
  bool cut_before = false;            // text starts mid-body ("…")
  bool cut_after = false;             // text ends mid-body ("…")
};

struct Hit {
  std::string id, title, source, url;
  std::optional<Date> date;
  double score = 0;
  Snippet snippet;
  // The article's values of each entity facet, when the request asked for them.
  std::map<Facet, std::vector<std::string>> entities;
  std::string story;      // its story's id (an article alone is a story of its own)
  size_t story_size = 0;  // articles in that story, this one included (0: not read)
  size_t collapsed = 0;   // with collapse_story: at least this many of them left out of the list
};

struct FacetValue {
  std::string value;
  size_t count = 0;
  bool selected = false;
  std::string khmer;  // the value's Khmer spelling when the gazetteer lists one (shown beside it)
};

struct Expansion {
  std::string from;              // what the user wrote, e.g. "Human Rights Watch"
  std::vector<std::string> to;   // what it also searched, e.g. {"HRW"}
};

// Where one search's time went, in milliseconds of wall-clock time on the searching thread. When
// Xapian's matcher builds the match set while it ranks (a phrase, a range, remote shards), that
// time is all under `rank` and `match` is 0.
struct SearchTimings {
  double build = 0;    // the query parsed and turned into Xapian's query and facet filters
  double match = 0;    // the exact set of matching articles (and each chosen facet's set)
  double count = 0;    // facet counts over the set
  double rank = 0;     // BM25 (or date) ranking of the page
  double hits = 0;     // the page's stored articles read and their snippets made
  double suggest = 0;  // "did you mean"
  double total() const { return build + match + count + rank + hits + suggest; }
};

// Matching articles published in one month.
struct MonthCount {
  int year = 0;
  int month = 0;  // 1..12
  size_t count = 0;
  friend bool operator==(const MonthCount&, const MonthCount&) = default;
};

struct SearchResult {
  std::string query;
  size_t total = 0;  // number of matching articles: exact unless `exact` is false
  // False when a query's time limit stopped Xapian's matcher before it had counted every match:
  // `total` and the facet counts then count only what was matched in time (lower bounds).
  bool exact = true;
  size_t page = 1;
  size_t per_page = 10;
  std::vector<Hit> hits;
  std::vector<std::pair<Facet, std::vector<FacetValue>>> facets;  // every facet, display order
  std::vector<MonthCount> months;  // the matches per month, oldest first, months with none left out
  // With collapse_story: how many hits the collapsed list has (stories, plus articles alone).
  size_t collapsed_total = 0;
  std::string did_you_mean;                                        // "" when none
  // The query as typed when nothing matched it and these are the results of the corrected query
  // (`query`); "" otherwise.
  std::string corrected_from;
  std::vector<Expansion> expanded;
  std::vector<std::string> warnings;  // lenient parsing notes ("unknown field foo: …")
  SearchTimings timings;
};

// One facet's values over everything a search matches, optionally only those whose text holds a
// fragment: the facet browser ("show all", the filter box) of any facet, however many values it has.
struct FacetValuesRequest {
  SearchRequest search;   // the words, filters and dates the values are counted over
  Facet facet = Facet::kPerson;
  std::string contains;   // case- and accent-insensitive fragment, anywhere in the value; "" = all
  size_t limit = 100;     // values returned, the most frequent first
  static constexpr size_t kMaxLimit = 10000;
};

struct FacetValuesResult {
  Facet facet = Facet::kPerson;
  std::vector<FacetValue> values;  // most frequent first (ties by value); selected ones included
  size_t total_values = 0;         // values holding `contains`, before the limit
  size_t articles = 0;             // articles the search matched
  bool exact = true;               // as SearchResult::exact
  std::vector<std::string> warnings;
};

// One response to a report: a story (or an article alone) with who answered and who covered it.
struct ReportResponse {
  std::string story;                      // its story's id, "" for an article alone
  std::optional<Date> date;               // its earliest article's
  std::vector<Hit> articles;              // oldest first
  std::vector<std::string> outlets;       // distinct, in the order of the articles
  std::vector<std::string> bodies;        // the bodies its spokespeople spoke for
  std::vector<std::string> spokespeople;
};

// A report's thread (/reports/{value}): every response to it in date order.
struct ReportThread {
  static constexpr size_t kMaxArticles = 100;  // the oldest this many are read
  std::string value;   // the canonical report value
  std::string issuer;  // from the value's brackets ("US Department of State"), "" if none
  size_t articles = 0;  // articles answering it (all of them, however many were read)
  std::vector<ReportResponse> responses;  // oldest first
};

// Everything the archive says about one facet value (an entity page): how many articles name
// it and when, whom a spokesperson spoke for or who spoke for a body, what else those articles
// name, and the newest of them.
struct EntityView {
  Facet facet = Facet::kPerson;
  std::string value;
  std::string khmer;  // the value's Khmer spelling when the gazetteer lists one
  size_t articles = 0;
  std::vector<std::pair<int, size_t>> by_year;  // (year, articles), oldest first; undated left out
  // A spokesperson: the bodies spoken for, by articles. A ministry, NGO or party: its
  // spokespeople, by articles. Read from the stored articles (at most kRolesScanned of them,
  // the newest; roles_counted says how many were read).
  std::vector<FacetValue> spoke_for;
  std::vector<FacetValue> spokespeople;
  size_t roles_counted = 0;
  std::vector<std::pair<Facet, std::vector<FacetValue>>> co_occurring;  // other values, most frequent first
  std::vector<Hit> latest;  // newest first
  static constexpr size_t kRolesScanned = 2000;
};

// An article page: the stored article plus related articles.
// The story an article belongs to: every article that reports it, this one included.
struct StoryView {
  std::string id;
  std::vector<std::string> outlets;  // distinct, in the order of the articles
  std::vector<Hit> articles;         // oldest first (id, title, source, url, date)
};

struct ArticleView {
  Article article;
  StoryView story;  // its story: the articles reporting the same event (itself alone, if none)
  std::vector<Hit> related;
  std::map<std::string, std::string> khmer;  // entity value → its Khmer spelling, where listed
  std::vector<Highlight> highlights;  // byte ranges in article.body that the query matched
};

}  // namespace tonle
