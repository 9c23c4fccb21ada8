// entity_view.cc — Searcher::entity: the entity page of one facet value (see search_types.h).
#include <algorithm>
#include <charconv>
#include <map>
#include <set>

#include "core/schema.h"
#include "searcher/ranking.h"
#include "searcher/searcher.h"

namespace tonle {

namespace {

std::vector<FacetValue> ranked(const std::map<std::string, size_t>& counts) {
  std::vector<FacetValue> out;
  for (const auto& [value, count] : counts) {
    out.push_back({value, count, false});
  }
  std::sort(out.begin(), out.end(), [](const FacetValue& a, const FacetValue& b) {
    return a.count != b.count ? a.count > b.count : a.value < b.value;
  });
  return out;
}

}  // namespace

std::optional<EntityView> Searcher::entity(Facet facet, const std::string& value, size_t latest) {
  SearchRequest r;
  r.filters[facet] = {value};
  r.sort = SortOrder::kNewest;
  r.per_page = std::clamp<size_t>(latest, 1, SearchRequest::kMaxPerPage);
  r.facet_limit = 10;
  r.with_snippets = false;
  r.autocorrect = false;
  SearchResult res = search(r);
  if (res.total == 0) {
    return std::nullopt;
  }
  EntityView view{.facet = facet, .value = value, .articles = res.total, .latest = std::move(res.hits)};
  for (auto& [f, values] : res.facets) {
    if (f == Facet::kYear) {
      // (The year facet's own counts ignore its filter; no year filter here, so they are exact.)
      for (const FacetValue& v : values) {
        int year = 0;
        auto [end, ec] = std::from_chars(v.value.data(), v.value.data() + v.value.size(), year);
        if (ec == std::errc() && end == v.value.data() + v.value.size()) {
          view.by_year.emplace_back(year, v.count);  // (a malformed year value is left out, not a 500)
        }
      }
      std::sort(view.by_year.begin(), view.by_year.end());
      continue;
    }
    // The canonical spelling when the request used an alias ("HRW") or another case: the value
    // of the facet every matching article has.
    if (f == facet) {
      std::vector<std::string> keys;
      for (const Token& t : analyzer_.analyze(value)) {
        keys.push_back(t.term);
      }
      const std::vector<std::string>* group = aliases_.group_for(keys);
      auto named = [&](const std::string& v) {
        return analyzer_.fold(v) == analyzer_.fold(value) ||
               (group != nullptr && std::any_of(group->begin(), group->end(), [&](const std::string& name) {
                  return analyzer_.fold(name) == analyzer_.fold(v);
                }));
      };
      for (const FacetValue& v : values) {
        if (v.count > 0 && named(v.value)) {
          view.value = v.value;
          break;
        }
      }
    }
    std::vector<FacetValue> others;
    for (FacetValue& v : values) {
      // (Itself under another facet, "Chin Malin" the person beside Chin Malin the spokesperson, is no other.)
      if (v.count > 0 && !v.selected && analyzer_.fold(v.value) != analyzer_.fold(view.value) &&
          !(f == facet && analyzer_.fold(v.value) == analyzer_.fold(value))) {
        others.push_back(std::move(v));
      }
    }
    if (!others.empty()) {
      view.co_occurring.emplace_back(f, std::move(others));
    }
  }
  if (facet == Facet::kSpokesperson || facet == Facet::kMinistry || facet == Facet::kNgo || facet == Facet::kParty) {
    with_retry([&] {
      count_roles(view);
      return 0;
    });
  }
  if (const std::string* khmer = aliases_.khmer_spelling(view.value)) {
    view.khmer = *khmer;
  }
  for (auto* list : {&view.spoke_for, &view.spokespeople}) {
    for (FacetValue& v : *list) {
      if (const std::string* khmer = aliases_.khmer_spelling(v.value)) {
        v.khmer = *khmer;
      }
    }
  }
  return view;
}

// Who spoke for whom, from the stored articles' entities: the newest kRolesScanned articles.
void Searcher::count_roles(EntityView& view) {
  QueryBuilder builder(analyzer_, aliases_);
  Xapian::Enquire enquire(reader_.database());
  configure(enquire, SortOrder::kNewest, options_.time_limit_seconds);
  enquire.set_query(builder.facet_filter(view.facet, {view.value}, false));
  Xapian::MSet mset = enquire.get_mset(0, EntityView::kRolesScanned);
  std::string key = analyzer_.fold(view.value);
  std::map<std::string, size_t> spoke_for, spokespeople;
  for (auto it = mset.begin(); it != mset.end(); ++it) {
    Article a = schema::decode_stored(it.get_document().get_data());
    std::set<std::string> bodies, speakers;  // one count per article
    for (const Entity& e : a.entities) {
      if (e.facet != Facet::kSpokesperson) {
        continue;
      }
      if (view.facet == Facet::kSpokesperson && analyzer_.fold(e.value) == key) {
        bodies.insert(e.affiliations.begin(), e.affiliations.end());
      } else if (view.facet != Facet::kSpokesperson &&
                 std::any_of(e.affiliations.begin(), e.affiliations.end(),
                             [&](const std::string& b) { return analyzer_.fold(b) == key; })) {
        speakers.insert(e.value);
      }
    }
    for (const std::string& b : bodies) {
      ++spoke_for[b];
    }
    for (const std::string& s : speakers) {
      ++spokespeople[s];
    }
  }
  view.roles_counted = mset.size();
  view.spoke_for = ranked(spoke_for);
  view.spokespeople = ranked(spokespeople);
}

}  // namespace tonle
