// searcher.cc — see searcher.h.
#include "searcher/searcher.h"

#include <algorithm>
#include <map>

#include "core/schema.h"
#include "core/text.h"
#include "searcher/facet_counter.h"
#include "searcher/match_all.h"
#include "searcher/match_set.h"
#include "searcher/ranking.h"
#include "searcher/snippets.h"

namespace tonle {

namespace {

// One hit of a page; its snippet only when `spec` is given, its entities when `entities`.
Hit make_hit(const Xapian::MSetIterator& it, const HighlightSpec* spec, bool entities, const Analyzer& a) {
  Article art = schema::decode_stored(it.get_document().get_data(), entities);
  Hit h{.id = art.id, .title = art.title, .source = art.source, .url = art.url, .date = art.date,
        .score = it.get_weight(), .snippet = spec ? make_snippet(art.body, *spec, a) : Snippet{}};
  h.story = it.get_document().get_value(schema::kSlotStory);  // "" until the loop sees it alone
  if (entities) {
    for (const Entity& e : art.entities) {
      h.entities[e.facet].push_back(e.value);
    }
  }
  return h;
}

// The articles of story `id`, oldest first; the article alone (a story of its own) for "" or a
// story no other article still has.
StoryView story_of(const Xapian::Database& db, const std::string& id, const Article& article) {
  StoryView alone{.id = schema::story_id_for(article.id),
                  .outlets = article.source.empty() ? std::vector<std::string>{} : std::vector<std::string>{article.source},
                  .articles = {{.id = article.id, .title = article.title, .source = article.source, .url = article.url,
                                .date = article.date}}};
  if (id.empty()) {
    return alone;
  }
  StoryView story{.id = id, .outlets = {}, .articles = {}};
  for (const std::string& member : schema::decode_story_members(db.get_metadata(schema::story_key(id)))) {
    std::string term = schema::id_term(member);
    Xapian::PostingIterator p = db.postlist_begin(term);
    if (p == db.postlist_end(term)) {
      continue;  // gone since the story was written
    }
    Article a = schema::decode_stored(db.get_document(*p).get_data(), /*with_entities=*/false);
    story.articles.push_back({.id = a.id, .title = a.title, .source = a.source, .url = a.url, .date = a.date});
  }
  if (story.articles.size() < 2) {
    return alone;
  }
  std::stable_sort(story.articles.begin(), story.articles.end(),
                   [](const Hit& a, const Hit& b) { return a.date.value_or(Date{9999, 12, 31}) < b.date.value_or(Date{9999, 12, 31}); });
  for (const Hit& h : story.articles) {
    if (!h.source.empty() && std::find(story.outlets.begin(), story.outlets.end(), h.source) == story.outlets.end()) {
      story.outlets.push_back(h.source);
    }
  }
  return story;
}

// Replaces whole-word, case-insensitive occurrences of `from` in `text` by `to`, keeping an
// initial capital.
std::string replace_word(const std::string& text, const std::string& from, const std::string& to) {
  std::string lower = to_lower_ascii(text);
  std::string out;
  size_t pos = 0;
  for (size_t hit = lower.find(from); hit != std::string::npos; hit = lower.find(from, hit + 1)) {
    auto is_word = [&](size_t i) { return i < text.size() && std::isalnum(static_cast<unsigned char>(text[i])); };
    if ((hit > 0 && is_word(hit - 1)) || is_word(hit + from.size()) || hit < pos) {
      continue;
    }
    out += text.substr(pos, hit - pos);
    std::string w = to;
    if (std::isupper(static_cast<unsigned char>(text[hit])) && !w.empty()) {
      w[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(w[0])));
    }
    out += w;
    pos = hit + from.size();
  }
  return out + text.substr(pos);
}

// The request's date_from/date_to narrow the query like a date: filter in its text.
void restrict_dates(const SearchRequest& req, BuiltQuery& built) {
  if (req.date_from.empty() && req.date_to.empty()) {
    return;
  }
  std::optional<DateRange> r = date_range_from_ends(req.date_from, req.date_to);
  if (!r) {
    built.warnings.push_back("date_from " + req.date_from + " or date_to " + req.date_to +
                             " is not a date (YYYY, YYYY-MM or YYYY-MM-DD); ignored");
    return;
  }
  if (r->reversed) {
    built.warnings.push_back("date_from is after date_to; searched from " + to_iso(r->from) + " to " +
                             to_iso(r->to));
  }
  built.query = Xapian::Query(Xapian::Query::OP_FILTER, built.query, date_range_query(*r));
}

}  // namespace

Searcher::Searcher(std::filesystem::path db_dir, SearcherOptions options)
    : options_(options), reader_(std::move(db_dir)) {
  load_aliases();
}

void Searcher::load_aliases() {
  aliases_ = AliasIndex(
      schema::decode_aliases(reader_.database().get_metadata(std::string(schema::kMetaAliases))),
      analyzer_);
}

bool Searcher::refresh() {
  if (!reader_.refresh()) {
    return false;
  }
  load_aliases();
  return true;
}

void Searcher::warm_up() {
  if (options_.facet_tables) {
    with_retry([&] { return options_.facet_tables->get(reader_.database()); });
  }
}

SearchResult Searcher::search(const SearchRequest& req) {
  size_t limit = std::clamp<size_t>(req.facet_limit, 1, SearchRequest::kMaxFacetLimit);
  SearchResult typed = with_retry([&] { return search_once(req, limit); });
  if (typed.total > 0 || typed.did_you_mean.empty() || !req.autocorrect) {
    return typed;
  }
  // Nothing matched as typed: show what the correction finds, and say so.
  SearchRequest fixed = req;
  fixed.query = typed.did_you_mean;
  SearchResult corrected = with_retry([&] { return search_once(fixed, limit); });
  if (corrected.total == 0) {
    return typed;
  }
  corrected.did_you_mean.clear();
  corrected.corrected_from = req.query;
  return corrected;
}

FacetValuesResult Searcher::facet_values(const FacetValuesRequest& q) {
  SearchRequest req = q.search;
  req.page = 1;
  req.per_page = 1;  // the values are the answer; one hit is the least a page can hold
  req.with_snippets = false;
  req.with_facets = true;
  SearchResult res = with_retry([&] { return search_once(req, 0); });
  FacetValuesResult out{.facet = q.facet, .articles = res.total, .exact = res.exact,
                        .warnings = std::move(res.warnings)};
  std::string needle = analyzer_.strip_accents(analyzer_.fold(trim(q.contains)));
  for (auto& [facet, values] : res.facets) {
    if (facet != q.facet) {
      continue;
    }
    for (FacetValue& v : values) {
      if (needle.empty() || analyzer_.strip_accents(analyzer_.fold(v.value)).find(needle) != std::string::npos) {
        ++out.total_values;
        if (out.values.size() < std::clamp<size_t>(q.limit, 1, FacetValuesRequest::kMaxLimit) || v.selected) {
          out.values.push_back(std::move(v));
        }
      }
    }
  }
  return out;
}

std::optional<ArticleView> Searcher::article(const std::string& id, const std::string& query) {
  return with_retry([&] { return article_once(id, query); });
}

SearchResult Searcher::search_once(const SearchRequest& req, size_t facet_limit) {
  SearchResult out;
  out.query = req.query;
  out.per_page = std::clamp<size_t>(req.per_page, 1, SearchRequest::kMaxPerPage);
  out.page = std::clamp<size_t>(req.page, 1, SearchRequest::kMaxPage);

  Stopwatch clock;
  QueryBuilder builder(analyzer_, aliases_);
  BuiltQuery built = builder.build(parse_query(req.query), {.mode = req.mode, .exact = req.exact});
  restrict_dates(req, built);
  FacetFilters filters;
  for (const auto& [facet, values] : req.filters) {
    if (!values.empty()) {
      filters.emplace(facet, builder.facet_filter(facet, values, req.exact));
    }
  }
  Xapian::Database& db = reader_.database();
  Xapian::Enquire enquire(db);
  // Browsing without words lists the newest first: relevance has nothing to rank by.
  SortOrder sort = req.sort == SortOrder::kRelevance && !built.has_terms ? SortOrder::kNewest : req.sort;
  configure(enquire, sort, options_.time_limit_seconds, !reader_.has_remote_parts());
  enquire.set_query(filtered(built.query, filters_except(filters, std::nullopt)));
  if (req.collapse_story) {
    enquire.set_collapse_key(schema::kSlotStory);  // articles alone have no key: never collapsed
  }
  std::shared_ptr<const FacetTable> table = options_.facet_tables ? options_.facet_tables->get(db) : nullptr;
  Page page{.first = static_cast<Xapian::doccount>((out.page - 1) * out.per_page),
            .size = static_cast<Xapian::doccount>(out.per_page),
            .facet_limit = facet_limit,
            .time_limit = options_.time_limit_seconds,
            .facets = req.with_facets,
            .collapse = req.collapse_story};
  double build_ms = clock.lap();
  Ranked ranked = !table                                          ? rank_with_spies(db, enquire, built.query, filters, page)
                  : filters.empty() && needs_matcher(built.query) ? rank_collecting(db, enquire, table, page)
                                                                  : rank_from_sets(db, enquire, table, built.query, filters, page);
  out.total = ranked.total;
  out.exact = ranked.exact;
  clock.lap();  // the ranking timed its own stages
  out.timings = ranked.timings;
  out.timings.build = build_ms;
  for (auto it = ranked.mset.begin(); it != ranked.mset.end(); ++it) {
    out.hits.push_back(make_hit(it, req.with_snippets ? &built.highlight : nullptr, req.with_entities, analyzer_));
    Hit& hit = out.hits.back();
    if (!hit.story.empty()) {
      hit.story_size = schema::decode_story_members(db.get_metadata(schema::story_key(hit.story))).size();
      hit.collapsed = req.collapse_story ? it.get_collapse_count() : 0;
    }
    if (hit.story_size < 2) {  // an article alone is a story of its own
      hit.story = schema::story_id_for(hit.id);
      hit.story_size = 1;
    }
  }
  if (req.collapse_story) {
    out.collapsed_total = ranked.mset.get_matches_estimated();
  }
  out.timings.hits = clock.lap();
  for (Facet f : kAllFacets) {
    if (!req.with_facets) {
      break;  // an export's page: hits only
    }
    out.facets.emplace_back(f, facet_values(std::move(ranked.counts[f]), req.filters, f));
  }
  for (const auto& [yyyymm, count] : ranked.months) {
    out.months.push_back({.year = static_cast<int>(yyyymm / 100), .month = static_cast<int>(yyyymm % 100), .count = count});
  }
  out.expanded = std::move(built.expanded);
  out.warnings = std::move(built.warnings);
  out.did_you_mean = req.with_facets ? did_you_mean(req, built) : std::string();
  out.timings.suggest = clock.lap();
  return out;
}

// Marks the chosen values of facet f, and keeps a chosen value with no matches visible so it
// can be unticked.
std::vector<FacetValue> Searcher::facet_values(std::vector<FacetValueCount> counts,
                                               const std::map<Facet, std::vector<std::string>>& chosen,
                                               Facet f) const {
  auto it = chosen.find(f);
  std::vector<std::string> folded;
  if (it != chosen.end()) {
    for (const std::string& v : it->second) {
      folded.push_back(analyzer_.fold(v));
    }
  }
  auto is_chosen = [&](const std::string& v) {
    return !folded.empty() && std::find(folded.begin(), folded.end(), analyzer_.fold(v)) != folded.end();
  };
  std::vector<FacetValue> values;
  for (FacetValueCount& c : counts) {
    bool selected = is_chosen(c.value);
    values.push_back({std::move(c.value), c.count, selected});
  }
  if (it != chosen.end()) {
    for (size_t i = 0; i < it->second.size(); ++i) {
      bool present = std::any_of(values.begin(), values.end(), [&](const FacetValue& fv) {
        return fv.selected && analyzer_.fold(fv.value) == folded[i];
      });
      if (!present) {
        values.push_back({it->second[i], 0, true});
      }
    }
  }
  for (FacetValue& v : values) {
    if (const std::string* khmer = aliases_.khmer_spelling(v.value)) {
      v.khmer = *khmer;
    }
  }
  return values;
}

std::string Searcher::did_you_mean(const SearchRequest& req, const BuiltQuery& built) {
  Xapian::Database& db = reader_.database();
  std::string corrected = req.query;
  bool changed = false;
  // Each suggestion walks the spelling table: bound the work a long query can cause.
  size_t lookups = 0;
  constexpr size_t kMaxLookups = 8;
  for (const std::string& w : built.spell_words) {
    if (w.size() < 3 || db.term_exists(w) ||
        db.term_exists(std::string(schema::kStemPrefix) + analyzer_.stem(w))) {
      continue;  // known as typed, or as another form of the same word
    }
    if (++lookups > kMaxLookups) {
      break;
    }
    // Two edits turn short words into other words ("penh" → "open"): one for words under six
    // letters.
    std::string suggestion = db.get_spelling_suggestion(w, w.size() < 6 ? 1 : 2);
    if (!suggestion.empty() && suggestion != w) {
      std::string next = replace_word(corrected, w, suggestion);
      changed = changed || next != corrected;
      corrected = std::move(next);
    }
  }
  return changed ? corrected : std::string();
}

std::optional<ArticleView> Searcher::article_once(const std::string& id, const std::string& query) {
  Xapian::Database& db = reader_.database();
  std::string id_term = schema::id_term(id);
  Xapian::PostingIterator p = db.postlist_begin(id_term);
  if (p == db.postlist_end(id_term)) {
    return std::nullopt;
  }
  Xapian::Document doc = db.get_document(*p);
  ArticleView view{schema::decode_stored(doc.get_data()), {}, {}, {}, {}};
  view.story = story_of(db, doc.get_value(schema::kSlotStory), view.article);
  for (const Entity& e : view.article.entities) {
    if (const std::string* khmer = aliases_.khmer_spelling(e.value)) {
      view.khmer.emplace(e.value, *khmer);
    }
  }
  if (!trim(query).empty()) {
    BuiltQuery built = QueryBuilder(analyzer_, aliases_).build(parse_query(query), {});
    view.highlights = highlight_ranges(view.article.body, built.highlight, analyzer_);
  }
  // More like this: the article's most telling unprefixed words, searched with BM25.
  Xapian::RSet rset;
  rset.add_document(*p);
  Xapian::Enquire enquire(db);
  enquire.set_query(match_all());
  // Unprefixed words that other articles share (a word only this article has relates nothing).
  struct SharedWords : Xapian::ExpandDecider {
    const Xapian::Database& db;
    explicit SharedWords(const Xapian::Database& d) : db(d) {}
    bool operator()(const std::string& t) const override {
      return t.size() >= 4 && !(t[0] >= 'A' && t[0] <= 'Z') && !(t[0] >= '0' && t[0] <= '9') &&
             db.get_termfreq(t) >= 2;
    }
  } decider(db);
  Xapian::ESet eset = enquire.get_eset(25, rset, &decider);
  std::vector<Xapian::Query> terms;
  for (auto it = eset.begin(); it != eset.end(); ++it) {
    terms.emplace_back(*it);
  }
  if (terms.empty()) {
    return view;
  }
  Xapian::Query q(Xapian::Query::OP_AND_NOT, Xapian::Query(Xapian::Query::OP_OR, terms.begin(), terms.end()),
                  Xapian::Query(id_term));
  configure(enquire, SortOrder::kRelevance, options_.time_limit_seconds);
  enquire.set_query(q);
  Xapian::MSet related = enquire.get_mset(0, options_.related_articles);
  HighlightSpec none;
  for (auto it = related.begin(); it != related.end(); ++it) {
    view.related.push_back(make_hit(it, &none, false, analyzer_));
  }
  return view;
}

}  // namespace tonle
