// feed.cc — see feed.h.
#include "web/feed.h"

#include <cstdio>
#include <ctime>

#include "core/text.h"
#include "searcher/snippets.h"
#include "web/url.h"

namespace tonle::web {

namespace {

std::string utc_time(int64_t seconds) {
  std::time_t t = static_cast<std::time_t>(seconds);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

std::string plain(const Snippet& s) {
  return (s.cut_before ? "…" : "") + collapse_spaces(s.text) + (s.cut_after ? "…" : "");
}

}  // namespace

std::string rfc3339(const Date& d) {
  char buf[40];
  int minute = d.minute == Date::kNoTime ? 0 : d.minute;
  int offset = d.utc_offset == Date::kNoZone ? 7 * 60 : d.utc_offset;
  int off = offset < 0 ? -offset : offset;
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:00%c%02d:%02d", d.year, d.month, d.day, minute / 60,
                minute % 60, offset < 0 ? '-' : '+', off / 60, off % 60);
  return buf;
}

std::string render_atom(const SearchRequest& request, const SearchResult& result, const FeedSite& site) {
  QueryParams params = without(search_params(request), "sort");
  std::string page_url = site.base_url + "/search?" + to_query_string(params);
  std::string self_url = site.base_url + "/feed.atom?" + to_query_string(params);
  std::string title = request.query.empty() ? "tonle: newest articles" : "tonle: " + request.query;
  std::string updated = utc_time(site.written_at);
  for (const Hit& h : result.hits) {
    if (h.date) {
      updated = rfc3339(*h.date);  // the newest entry's (hits come newest first)
      break;
    }
  }
  std::string x = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">\n";
  x += "<title>" + html_escape(title) + "</title>\n<id>" + html_escape(self_url) + "</id>\n<updated>" + updated +
       "</updated>\n<link rel=\"self\" type=\"application/atom+xml\" href=\"" + html_escape(self_url) +
       "\"/>\n<link rel=\"alternate\" type=\"text/html\" href=\"" + html_escape(page_url) +
       "\"/>\n<generator>tonle</generator>\n";
  for (const Hit& h : result.hits) {
    std::string link = site.base_url + "/articles/" + url_encode(h.id);
    x += "<entry>\n<title>" + html_escape(h.title.empty() ? h.id : h.title) + "</title>\n<id>" + html_escape(link) +
         "</id>\n<updated>" + (h.date ? rfc3339(*h.date) : utc_time(site.written_at)) +
         "</updated>\n<link rel=\"alternate\" type=\"text/html\" href=\"" + html_escape(link) + "\"/>\n";
    if (!h.url.empty()) {
      x += "<link rel=\"related\" type=\"text/html\" href=\"" + html_escape(h.url) + "\"/>\n";
    }
    x += "<author><name>" + html_escape(h.source.empty() ? "Unknown outlet" : h.source) + "</name></author>\n";
    if (!h.snippet.text.empty()) {
      x += "<summary>" + html_escape(plain(h.snippet)) + "</summary>\n";
    }
    x += "</entry>\n";
  }
  return x + "</feed>\n";
}

std::string render_opensearch(const FeedSite& site) {
  std::string base = html_escape(site.base_url);
  return "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
         "<OpenSearchDescription xmlns=\"http://a9.com/-/spec/opensearch/1.1/\">\n"
         "<ShortName>tonle</ShortName>\n"
         "<Description>Search the news archive of how the Cambodian government answers human-rights "
         "reports</Description>\n"
         "<InputEncoding>UTF-8</InputEncoding>\n"
         "<Url type=\"text/html\" method=\"get\" template=\"" + base + "/search?q={searchTerms}\"/>\n"
         "<Url type=\"application/atom+xml\" method=\"get\" template=\"" + base + "/feed.atom?q={searchTerms}\"/>\n"
         "<Url type=\"application/opensearchdescription+xml\" rel=\"self\" template=\"" + base + "/opensearch.xml\"/>\n"
         "</OpenSearchDescription>\n";
}

}  // namespace tonle::web
