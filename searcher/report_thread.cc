// report_thread.cc — Searcher::report_thread: every response to one report (see search_types.h).
#include <algorithm>

#include "core/schema.h"
#include "searcher/searcher.h"

namespace tonle {

namespace {

void add_once(std::vector<std::string>& list, const std::string& v) {
  if (!v.empty() && std::find(list.begin(), list.end(), v) == list.end()) {
    list.push_back(v);
  }
}

// "US Department of State" from "Country Reports ... for 2022 (US Department of State)".
std::string issuer_of(const std::string& value) {
  size_t open = value.rfind(" (");
  return open != std::string::npos && value.ends_with(')') ? value.substr(open + 2, value.size() - open - 3) : "";
}

}  // namespace

std::optional<ReportThread> Searcher::report_thread(const std::string& value) {
  SearchRequest r;
  r.filters[Facet::kReport] = {value};
  r.sort = SortOrder::kOldest;
  r.per_page = ReportThread::kMaxArticles;
  r.with_snippets = false;
  r.with_facets = false;
  r.with_entities = true;
  r.autocorrect = false;
  SearchResult res = search(r);
  if (res.total == 0) {
    return std::nullopt;
  }
  ReportThread thread;
  thread.articles = res.total;
  Xapian::Database& db = reader_.database();
  for (Hit& hit : res.hits) {
    // The canonical spelling, as the articles have it (the request may use another case).
    for (const std::string& v : hit.entities[Facet::kReport]) {
      if (thread.value.empty() && analyzer_.fold(v) == analyzer_.fold(value)) {
        thread.value = v;
      }
    }
    auto same = std::find_if(thread.responses.begin(), thread.responses.end(), [&](const ReportResponse& resp) {
      return !hit.story.empty() && resp.story == hit.story;
    });
    ReportResponse& response = same != thread.responses.end() ? *same : thread.responses.emplace_back();
    if (response.articles.empty()) {
      response.story = hit.story;
      response.date = hit.date;
    }
    add_once(response.outlets, hit.source);
    // Who answered: the spokespeople and the bodies they spoke for, from the stored entities.
    std::string term = schema::id_term(hit.id);
    if (Xapian::PostingIterator p = db.postlist_begin(term); p != db.postlist_end(term)) {
      for (const Entity& e : schema::decode_stored(db.get_document(*p).get_data()).entities) {
        if (e.facet == Facet::kSpokesperson) {
          add_once(response.spokespeople, e.value);
          for (const std::string& body : e.affiliations) {
            add_once(response.bodies, body);
          }
        }
      }
    }
    hit.entities.clear();
    response.articles.push_back(std::move(hit));
  }
  if (thread.value.empty()) {
    thread.value = value;
  }
  thread.issuer = issuer_of(thread.value);
  return thread;
}

}  // namespace tonle
