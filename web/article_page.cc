// article_page.cc — one article: clean text with paragraph anchors, how to cite it, its entities
// as links to their pages and filtered searches, and related articles.
#include "core/text.h"
#include "web/pages.h"
#include "web/url.h"

namespace tonle::web {

namespace {

// Why a value was tagged: the sentences it was found in and the rule that found it, from the
// evidence the indexer stored (offsets into the title, a paragraph break, then the body).
std::string evidence_html(const Article& a, const Entity& e) {
  if (e.evidence.empty()) {
    return "";
  }
  std::string text = a.title + "\n\n" + a.body;
  std::string items;
  for (const Evidence& ev : e.evidence) {
    if (ev.begin >= ev.end || ev.end > text.size()) {
      continue;  // an index from before the text changed: show nothing rather than garbage
    }
    std::string sentence = collapse_spaces(std::string_view(text).substr(ev.begin, ev.end - ev.begin));
    items += "<li><span class=\"rule\">" + html_escape(ev.rule) + "</span> <q>" +
             html_escape(sentence) + "</q></li>";
  }
  return items.empty() ? "" : "<details class=\"why\"><summary>why</summary><ul>" + items + "</ul></details>";
}

std::string entity_links(const Article& a, const std::map<std::string, std::string>& khmer) {
  std::string h;
  for (Facet f : kAllFacets) {
    std::string items;
    for (const Entity& e : a.entities) {
      if (e.facet != f) {
        continue;
      }
      // The value's own page, and the search for every article that names it.
      auto spelling = khmer.find(e.value);
      items += "<li><a href=\"" + html_escape(entity_href(f, e.value)) + "\">" + html_escape(e.value) + "</a>" +
               khmer_beside(spelling == khmer.end() ? "" : spelling->second) + " <a class=\"filter\" href=\"/search?" +
               html_escape(to_query_string({{"q", ""}, {std::string(facet_name(f)), e.value}})) +
               "\" aria-label=\"Articles naming " + html_escape(e.value) + "\">articles</a>";
      if (!e.role.empty()) {
        items += " <span class=\"role\">" + html_escape(e.role) + "</span>";
      }
      if (!e.affiliations.empty()) {
        items += " <span class=\"aff\">for " + html_escape(join(e.affiliations, ", ")) + "</span>";
      }
      items += evidence_html(a, e) + "</li>";
    }
    if (!items.empty()) {
      h += "<h3>" + html_escape(facet_label(f)) + "</h3><ul>" + items + "</ul>";
    }
  }
  return h.empty() ? "" : "<section class=\"entities\" aria-label=\"Named in this article\"><h2>Named in this article</h2>" + h + "</section>";
}

// The body's paragraphs, numbered as anchors (id="p1", ...), each query match in <mark> (a match across a paragraph break is cut
// at it).
std::string marked_paragraphs(std::string_view body, const std::vector<Highlight>& marks) {
  std::string h;
  size_t m = 0;
  size_t paragraphs = 0;
  for (size_t start = 0; start <= body.size();) {
    size_t end = std::min(body.find('\n', start), body.size());
    std::string para;
    size_t at = start;
    for (; m < marks.size() && marks[m].begin < end; ++m) {
      size_t b = std::max(marks[m].begin, at);
      size_t e = std::min(marks[m].end, end);
      if (e <= b) {
        continue;
      }
      para += html_escape(body.substr(at, b - at)) + "<mark>" + html_escape(body.substr(b, e - b)) + "</mark>";
      at = e;
      if (marks[m].end > end) {
        break;  // the rest of this match opens the next paragraph
      }
    }
    para += html_escape(body.substr(at, end - at));
    if (!trim(para).empty()) {
      // Each paragraph can be linked to: "#p3", with a ¶ link that shows on hover or focus.
      std::string n = std::to_string(++paragraphs);
      h += "<p id=\"p" + n + "\">" + para + " <a class=\"anchor\" href=\"#p" + n +
           "\" aria-label=\"Link to paragraph " + n + "\">¶</a></p>";
    }
    start = end + 1;
  }
  return h;
}

// A date the indexer worked out from the story's words (a lead's "on Monday, 3 March", a
// dateline's day) rather than read from the page's metadata.
bool date_from_text(const Article& a) { return a.date_basis == "lead paragraph" || a.date_basis == "dateline"; }

// How to cite the article: outlet, title, date, the original's URL and this archive's permalink,
// in a box the reader can copy from.
std::string cite_block(const Article& a, const std::string& permalink) {
  std::string cite = (a.source.empty() ? "" : a.source + ". ") + "\u201C" + a.title + ".\u201D";
  if (a.date) {
    cite += " " + human_date(a.date) + ".";
  }
  bool original = a.url.starts_with("https://") || a.url.starts_with("http://");
  if (original) {
    cite += " " + a.url + ".";
  }
  cite += " Archived at " + permalink + ".";
  std::string h = "<section class=\"cite\" aria-label=\"Cite this article\"><h2>Cite</h2><dl>";
  if (!a.source.empty()) {
    h += "<dt>Outlet</dt><dd>" + html_escape(a.source) + "</dd>";
  }
  h += "<dt>Date</dt><dd>" + (a.date ? to_iso(*a.date) + (date_from_text(a) ? " (read from the text)" : "") : "undated") +
       "</dd>";
  if (original) {
    h += "<dt>Original</dt><dd><a href=\"" + html_escape(a.url) + "\" rel=\"noopener noreferrer nofollow\">" +
         html_escape(a.url) + "</a></dd>";
  }
  h += "<dt>Permalink</dt><dd><a href=\"" + html_escape(permalink) + "\">" + html_escape(permalink) + "</a></dd></dl>";
  return h + "<textarea readonly rows=\"3\" aria-label=\"Citation to copy\">" + html_escape(cite) +
         "</textarea></section>";
}

}  // namespace

std::string render_article_page(const ArticleView& v, const std::string& base_url) {
  const Article& a = v.article;
  std::string h = page_open({.title = a.title, .query = "", .request = {}});
  h += "<div class=\"layout article-layout\"><article class=\"story\"><h1>" + html_escape(a.title) +
       "</h1><p class=\"meta\">";
  if (!a.source.empty()) {
    h += "<a href=\"/search?" + html_escape(to_query_string({{"q", ""}, {"source", a.source}})) + "\">" +
         html_escape(a.source) + "</a>";
  }
  if (a.date) {
    h += " · <time datetime=\"" + to_iso(*a.date) + "\">" + human_date(a.date) + "</time>";
    if (date_from_text(a)) {
      h += " <span class=\"inferred\" title=\"No date in the page's metadata: worked out from the " +
           html_escape(a.date_basis) + "\">(date from the text)</span>";
    }
  }
  if (!a.dateline.empty()) {
    h += " · " + html_escape(a.dateline);
  }
  if (a.url.starts_with("https://") || a.url.starts_with("http://")) {
    h += " · <a href=\"" + html_escape(a.url) + "\" rel=\"noopener noreferrer nofollow\">Original</a>";
  }
  h += "</p>";
  h += marked_paragraphs(a.body, v.highlights);
  h += "</article><aside class=\"side\">" + cite_block(a, base_url + "/articles/" + url_encode(a.id)) +
       entity_links(a, v.khmer);
  if (v.story.articles.size() > 1) {
    h += "<section class=\"story-outlets\" id=\"story\"><h2>Same story</h2><p>Also covered by ";
    std::vector<std::string> others;
    for (const std::string& outlet : v.story.outlets) {
      if (outlet != a.source) {
        others.push_back(html_escape(outlet));
      }
    }
    h += others.empty() ? std::string("this outlet again") : join(others, ", ");
    h += "</p><ul>";
    for (const Hit& s : v.story.articles) {
      if (s.id == a.id) {
        continue;
      }
      h += "<li><a href=\"/articles/" + html_escape(url_encode(s.id)) + "\">" +
           html_escape(s.title.empty() ? s.id : s.title) + "</a> <span class=\"meta\">" + html_escape(s.source) +
           (s.date ? " · " + human_date(s.date) : "") + "</span></li>";
    }
    h += "</ul></section>";
  }
  if (!v.related.empty()) {
    h += "<section class=\"related\"><h2>Related articles</h2><ul>";
    for (const Hit& r : v.related) {
      h += "<li><a href=\"/articles/" + html_escape(url_encode(r.id)) + "\">" + html_escape(r.title) +
           "</a> <span class=\"meta\">" + html_escape(r.source) + (r.date ? " · " + human_date(r.date) : "") +
           "</span></li>";
    }
    h += "</ul></section>";
  }
  return h + "</aside></div>" + page_close();
}

}  // namespace tonle::web
