// searcher.cc — see searcher.h.
#include "searcher/searcher.h"

#include <algorithm>
#include <map>

#include "core/schema.h"
#include "core/text.h"
#include "searcher/facet_counter.h"
#include "searcher/snippets.h"

namespace tonle {

namespace {

Xapian::Query and_filters(const std::vector<Xapian::Query>& fs) {
  return Xapian::Query(Xapian::Query::OP_AND, fs.begin(), fs.end());
}

Xapian::Query filtered(const Xapian::Query& q, const std::vector<Xapian::Query>& fs) {
  return fs.empty() ? q : Xapian::Query(Xapian::Query::OP_FILTER, q, and_filters(fs));
}

// BM25 parameters (Xapian's defaults are k1 = 1, b = 0.5). Measured with bench/cranfield.py:
// k1 = 2.0, b = 0.75 give MAP 0.316 against 0.306 at the textbook k1 = 1.2.
constexpr double kBm25K1 = 2.0;
constexpr double kBm25B = 0.75;

void configure(Xapian::Enquire& e, SortOrder sort, double time_limit) {
  e.set_weighting_scheme(Xapian::BM25Weight(kBm25K1, 0, 1, kBm25B, 0.5));
  if (sort != SortOrder::kRelevance) {
    e.set_sort_by_value_then_relevance(schema::kSlotDate, sort == SortOrder::kNewest);
  }
  e.set_time_limit(time_limit);
}

Hit make_hit(const Xapian::MSetIterator& it, const HighlightSpec& spec, const Analyzer& a) {
  Article art = schema::decode_stored(it.get_document().get_data());
  Hit h{.id = art.id, .title = art.title, .source = art.source, .url = art.url, .date = art.date,
        .score = it.get_weight(), .snippet = make_snippet(art.body, spec, a)};
  return h;
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

template <class F>
auto Searcher::with_retry(F f) -> decltype(f()) {
  try {
    try {
      return f();
    } catch (const Xapian::DatabaseModifiedError&) {
      reader_.database().reopen();  // a writer committed under us: read the new revision
      return f();
    }
  } catch (const Xapian::Error& e) {
    throw EngineError(e.get_description());
  }
}

SearchResult Searcher::search(const SearchRequest& req) {
  return with_retry([&] { return search_once(req); });
}

std::optional<ArticleView> Searcher::article(const std::string& id) {
  return with_retry([&] { return article_once(id); });
}

SearchResult Searcher::search_once(const SearchRequest& req) {
  SearchResult out;
  out.query = req.query;
  out.per_page = std::clamp<size_t>(req.per_page, 1, SearchRequest::kMaxPerPage);
  out.page = std::clamp<size_t>(req.page, 1, SearchRequest::kMaxPage);

  QueryBuilder builder(analyzer_, aliases_);
  BuiltQuery built = builder.build(parse_query(req.query), {.mode = req.mode, .exact = req.exact});
  std::map<Facet, Xapian::Query> facet_filters;
  for (const auto& [facet, values] : req.filters) {
    if (!values.empty()) {
      facet_filters.emplace(facet, builder.facet_filter(facet, values, req.exact));
    }
  }
  auto filters_except = [&](std::optional<Facet> skip) {
    std::vector<Xapian::Query> fs;
    for (const auto& [f, q] : facet_filters) {
      if (f != skip) {
        fs.push_back(q);
      }
    }
    return fs;
  };

  Xapian::Database& db = reader_.database();
  Xapian::doccount all = db.get_doccount();
  Xapian::Enquire enquire(db);
  configure(enquire, req.sort, options_.time_limit_seconds);
  enquire.set_query(filtered(built.query, filters_except(std::nullopt)));
  std::vector<Facet> facets(kAllFacets.begin(), kAllFacets.end());
  FacetCounter counter(db, facets);
  counter.attach(enquire);
  Xapian::MSet mset = enquire.get_mset((out.page - 1) * out.per_page, out.per_page, all);
  out.total = mset.get_matches_estimated();
  for (auto it = mset.begin(); it != mset.end(); ++it) {
    out.hits.push_back(make_hit(it, built.highlight, analyzer_));
  }

  size_t limit = std::clamp<size_t>(req.facet_limit, 1, SearchRequest::kMaxFacetLimit);
  for (Facet f : facets) {
    std::vector<FacetValueCount> counts;
    auto selected_it = req.filters.find(f);
    bool selected = selected_it != req.filters.end() && !selected_it->second.empty();
    if (selected) {
      // Multi-select: this facet's counts as if none of its own values were chosen.
      Xapian::Enquire own(db);
      configure(own, SortOrder::kRelevance, options_.time_limit_seconds);
      own.set_query(filtered(built.query, filters_except(f)));
      FacetCounter one(db, {f});
      one.attach(own);
      own.get_mset(0, 0, all);
      counts = one.counts(f, limit);
    } else {
      counts = counter.counts(f, limit);
    }
    std::vector<FacetValue> values;
    for (FacetValueCount& c : counts) {
      bool is_selected = selected && std::any_of(selected_it->second.begin(), selected_it->second.end(),
                                                 [&](const std::string& v) { return analyzer_.fold(v) == analyzer_.fold(c.value); });
      values.push_back({std::move(c.value), c.count, is_selected});
    }
    if (selected) {
      for (const std::string& v : selected_it->second) {
        bool present = std::any_of(values.begin(), values.end(), [&](const FacetValue& fv) { return fv.selected && analyzer_.fold(fv.value) == analyzer_.fold(v); });
        if (!present) {
          values.push_back({v, 0, true});  // keep a chosen value visible so it can be unticked
        }
      }
    }
    out.facets.emplace_back(f, std::move(values));
  }
  out.expanded = std::move(built.expanded);
  out.warnings = std::move(built.warnings);
  out.did_you_mean = did_you_mean(req, built);
  return out;
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
    std::string suggestion = db.get_spelling_suggestion(w, 2);
    if (!suggestion.empty() && suggestion != w) {
      std::string next = replace_word(corrected, w, suggestion);
      changed = changed || next != corrected;
      corrected = std::move(next);
    }
  }
  return changed ? corrected : std::string();
}

std::optional<ArticleView> Searcher::article_once(const std::string& id) {
  Xapian::Database& db = reader_.database();
  std::string id_term = schema::id_term(id);
  Xapian::PostingIterator p = db.postlist_begin(id_term);
  if (p == db.postlist_end(id_term)) {
    return std::nullopt;
  }
  ArticleView view{schema::decode_stored(db.get_document(*p).get_data()), {}};
  // More like this: the article's most telling unprefixed words, searched with BM25.
  Xapian::RSet rset;
  rset.add_document(*p);
  Xapian::Enquire enquire(db);
  enquire.set_query(Xapian::Query::MatchAll);
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
    view.related.push_back(make_hit(it, none, analyzer_));
  }
  return view;
}

}  // namespace tonle
