// html_meta.cc — see html_meta.h.
#include "indexer/parse/html_meta.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <cstdlib>

#include "core/text.h"
#include "indexer/dates.h"
#include "indexer/parse/html_app_data.h"
#include "indexer/parse/html_dom.h"

namespace tonle::parse::html {

namespace {

using nlohmann::json;

// Meta names and properties that carry the publication date, most trusted first.
constexpr std::array<std::string_view, 23> kDateMetaNames = {
    "article:published_time", "og:article:published_time", "datepublished",
    "schema:datepublished",   "article.published",         "pubdate",
    "publishdate",            "publish-date",              "publish_date",
    "dc.date.issued",         "dcterms.issued",            "dcterms:issued",
    "dcterms.created",        "dcterms:created",           "dc.date.created",
    "dcterms.date",           "dcterms:date",
    "datecreated",            "schema:datecreated",        "dc.date",
    "date",                   "sailthru.date",             "parsely-pub-date"};

constexpr std::array<std::string_view, 8> kArticleTypes = {
    "NewsArticle",         "Article",    "ReportageNewsArticle", "AnalysisNewsArticle",
    "OpinionNewsArticle",  "BlogPosting", "BackgroundNewsArticle", "Report"};

// Everything collected in one walk; read_page_meta picks from it.
struct Found {
  std::string og_title, twitter_title, ld_headline, md_headline, h1, html_title;
  std::string class_title;  // <h2 class="title">: old CMSs' headline when the page has no <h1>
  std::string styled_headline;  // <span class="headline">: a hand-made page's, with no heading
  std::string app_date;     // from a script framework's page state (Next.js's __NEXT_DATA__)
  std::string og_site, app_name, ld_publisher;
  std::string canonical, og_url, ld_url;
  std::string ld_date, ld_body;
  size_t meta_date_rank = kDateMetaNames.size();
  std::string meta_date, meta_date_name;
  std::string time_date;      // the best <time datetime>
  int time_rank = 3;          // 0: marked as the publication time; 1: inside <article>; 2: other
  std::optional<Date> byline_date;  // a date line in an element named as one ("documentPublished")
  std::vector<DateLine> date_lines;  // date lines in unnamed elements, in page order
  std::string standfirst;
  unsigned standfirst_at = 0;
};

// Class words of an <abbr> whose title is the publication time (hAtom's "published").
constexpr std::array<std::string_view, 1> kPublishedWords = {"published"};

// Class words of the blocks around a story that hold no summary of it.
constexpr std::array<std::string_view, 8> kNoStandfirst = {
    "author", "bio", "comment", "comments", "related", "widget", "sidebar", "teaser"};

// Class words of elements that hold a page's date line, and of the summary under a headline.
constexpr std::array<std::string_view, 10> kDateClassWords = {
    "date", "published", "publish", "posted", "timestamp", "dateline", "byline", "pubdate", "time",
    "meta"};
constexpr std::array<std::string_view, 10> kStandfirstWords = {
    "description", "excerpt", "standfirst", "dek", "deck", "summary", "lede", "intro",
    "subtitle", "subheadline"};

bool named_as(const GumboNode* n, const auto& words) {
  for (const std::string& w : name_words(n)) {
    if (std::find(words.begin(), words.end(), w) != words.end()) {
      return true;
    }
  }
  return false;
}

// An element that holds only text and inline markup, short enough to be a date line.
bool short_text_leaf(const GumboNode* n) {
  GumboTag tag = n->v.element.tag;
  if (tag == GUMBO_TAG_A || tag == GUMBO_TAG_LI || tag == GUMBO_TAG_OPTION) {
    return false;
  }
  size_t chars = 0;
  bool digit = false;
  for (const GumboNode* kid : children(n)) {
    if (kid->type == GUMBO_NODE_ELEMENT) {
      GumboTag t = kid->v.element.tag;
      if (t != GUMBO_TAG_B && t != GUMBO_TAG_I && t != GUMBO_TAG_EM && t != GUMBO_TAG_STRONG &&
          t != GUMBO_TAG_SPAN && t != GUMBO_TAG_A && t != GUMBO_TAG_ABBR && t != GUMBO_TAG_SMALL) {
        return false;
      }
    } else if (kid->type == GUMBO_NODE_TEXT) {
      std::string_view t = kid->v.text.text;
      chars += t.size();
      digit = digit || std::any_of(t.begin(), t.end(), [](char c) { return c >= '0' && c <= '9'; });
    }
  }
  return digit && chars > 0 && chars <= 160;
}

bool is_article_type(const json& type) {
  auto one = [](const json& t) {
    return t.is_string() &&
           std::find(kArticleTypes.begin(), kArticleTypes.end(), t.get<std::string>()) !=
               kArticleTypes.end();
  };
  if (type.is_array()) {
    return std::any_of(type.begin(), type.end(), one);
  }
  return one(type);
}

// JSON-LD written by CMSs often keeps HTML entities ("&#8216;recycled&#8217;").
std::string decode_entities(std::string s) {
  if (s.find('&') == std::string::npos) {
    return s;
  }
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    size_t semi = s[i] == '&' ? s.find(';', i) : std::string::npos;
    if (semi == std::string::npos || semi - i > 10) {
      out += s[i];
      continue;
    }
    std::string_view name = std::string_view(s).substr(i + 1, semi - i - 1);
    long code = -1;
    if (name.starts_with("#x") || name.starts_with("#X")) {
      code = std::strtol(std::string(name.substr(2)).c_str(), nullptr, 16);
    } else if (name.starts_with("#")) {
      code = std::strtol(std::string(name.substr(1)).c_str(), nullptr, 10);
    } else {
      static constexpr std::array<std::pair<std::string_view, long>, 14> kNamed = {{
          {"amp", '&'}, {"quot", '"'}, {"apos", '\''}, {"lt", '<'}, {"gt", '>'}, {"nbsp", 0xA0},
          {"lsquo", 0x2018}, {"rsquo", 0x2019}, {"ldquo", 0x201C}, {"rdquo", 0x201D},
          {"ndash", 0x2013}, {"mdash", 0x2014}, {"hellip", 0x2026}, {"laquo", 0xAB}}};
      for (auto [n, c] : kNamed) {
        if (name == n) {
          code = c;
        }
      }
    }
    if (code <= 0 || code > 0x10FFFF) {
      out += s[i];
      continue;
    }
    append_utf8(static_cast<char32_t>(code), out);
    i = semi;
  }
  return out;
}

std::string string_or_name(const json& j) {
  if (j.is_string()) {
    return decode_entities(j.get<std::string>());
  }
  if (j.is_object() && j.contains("name") && j["name"].is_string()) {
    return j["name"].get<std::string>();
  }
  if (j.is_array() && !j.empty()) {
    return string_or_name(j.front());
  }
  return "";
}

// The first article-typed object of a JSON-LD document (inside @graph and arrays too).
void read_json_ld(const json& j, Found& f, int depth = 0) {
  if (depth > 8 || !f.ld_headline.empty()) {
    return;
  }
  if (j.is_array()) {
    for (const json& item : j) {
      read_json_ld(item, f, depth + 1);
    }
    return;
  }
  if (!j.is_object()) {
    return;
  }
  if (j.contains("@graph")) {
    read_json_ld(j["@graph"], f, depth + 1);
  }
  if (!j.contains("@type") || !is_article_type(j["@type"])) {
    return;
  }
  f.ld_headline = collapse_spaces(string_or_name(j.value("headline", json())));
  f.ld_date = string_or_name(j.value("datePublished", json()));
  f.ld_publisher = collapse_spaces(string_or_name(j.value("publisher", json())));
  f.ld_body = string_or_name(j.value("articleBody", json()));
  f.ld_url = string_or_name(j.value("url", json()));
  if (f.ld_url.empty() && j.contains("mainEntityOfPage")) {
    const json& main = j["mainEntityOfPage"];
    f.ld_url = main.is_object() ? main.value("@id", "") : string_or_name(main);
  }
}

void read_meta(const GumboNode* n, Found& f) {
  const char* key = attr(n, "property");
  if (key == nullptr) {
    key = attr(n, "name");
  }
  if (key == nullptr) {
    key = attr(n, "itemprop");
  }
  const char* content = attr(n, "content");
  if (key == nullptr || content == nullptr) {
    return;
  }
  std::string k = to_lower_ascii(key);
  if (k == "og:title") {
    f.og_title = collapse_spaces(content);
  } else if (k == "twitter:title") {
    f.twitter_title = collapse_spaces(content);
  } else if (k == "og:site_name") {
    f.og_site = collapse_spaces(content);
  } else if (k == "application-name") {
    f.app_name = collapse_spaces(content);
  } else if (k == "og:url") {
    f.og_url = content;
  }
  for (size_t rank = 0; rank < kDateMetaNames.size(); ++rank) {
    if (k == kDateMetaNames[rank] && rank < f.meta_date_rank && parse_date_text(content)) {
      f.meta_date_rank = rank;
      f.meta_date = content;
      f.meta_date_name = k;
    }
  }
}

bool inside_page_chrome(const std::vector<const GumboNode*>& ancestors) {
  bool in_story = false;  // an <article> or <main>: its own <header> holds the story's head
  for (const GumboNode* a : ancestors) {
    GumboTag t = a->v.element.tag;
    in_story = in_story || t == GUMBO_TAG_ARTICLE || t == GUMBO_TAG_MAIN;
    if (t == GUMBO_TAG_NAV || t == GUMBO_TAG_ASIDE || t == GUMBO_TAG_FOOTER ||
        (t == GUMBO_TAG_HEADER && !in_story)) {
      return true;  // the site's own header: its blog description is no standfirst
    }
  }
  return false;
}

// <h2 class="title">, <h3 class="entry-headline">: a heading its markup names the title.
bool names_a_title(const GumboNode* n) {
  for (const std::string& w : name_words(n)) {
    if (w == "title" || w == "headline") {
      return true;
    }
  }
  return false;
}

// <span class="headline">, <div id="story-headline">: an element other than a heading styled
// as the headline, holding a headline's words (3 to 30). "title" alone is too common on such
// elements ("site-title", "widget-title") to say so.
bool styled_as_headline(const GumboNode* n) {
  std::vector<std::string> words = name_words(n);
  if (std::find(words.begin(), words.end(), "headline") == words.end()) {
    return false;
  }
  std::string text = collapse_spaces(text_of(n));
  size_t n_words = text.empty() ? 0 : 1 + static_cast<size_t>(std::count(text.begin(), text.end(), ' '));
  return n_words >= 3 && n_words <= 30;
}

// <time datetime="...">, and the microformat's <abbr class="published" title="2026-04-18T21:05+01:00">
// (Blogger's post timestamp).
void read_time(const GumboNode* n, bool in_article, Found& f) {
  const char* dt = attr(n, n->v.element.tag == GUMBO_TAG_ABBR ? "title" : "datetime");
  if (dt == nullptr || !parse_date_text(dt)) {
    return;
  }
  std::string marks;
  for (const std::string& w : name_words(n)) {
    marks += w + " ";
  }
  const char* itemprop = attr(n, "itemprop");
  bool published = (itemprop != nullptr && std::string_view(itemprop) == "datePublished") ||
                   attr(n, "pubdate") != nullptr || marks.find("publish") != std::string::npos;
  int rank = published ? 0 : in_article ? 1 : 2;
  if (rank < f.time_rank) {
    f.time_rank = rank;
    f.time_date = dt;
  }
}

Found collect(const GumboNode* root) {
  Found f;
  // The walk keeps the chain of open elements to know whether a node sits in page chrome.
  std::vector<std::pair<const GumboNode*, bool>> stack = {{root, false}};
  std::vector<const GumboNode*> ancestors;
  while (!stack.empty()) {
    auto [n, leaving] = stack.back();
    stack.pop_back();
    if (leaving) {
      ancestors.pop_back();
      continue;
    }
    if (n->type != GUMBO_NODE_ELEMENT) {
      continue;
    }
    GumboTag tag = n->v.element.tag;
    bool in_article = std::any_of(ancestors.begin(), ancestors.end(), [](const GumboNode* a) {
      return a->v.element.tag == GUMBO_TAG_ARTICLE;
    });
    if (tag == GUMBO_TAG_SCRIPT) {
      const char* type = attr(n, "type");
      if (f.app_date.empty() && is_app_state_script(attr(n, "id"))) {
        for (const GumboNode* kid : children(n)) {
          if (kid->type == GUMBO_NODE_TEXT) {
            f.app_date = published_in_app_state(kid->v.text.text);
          }
        }
      }
      if (type != nullptr && iequals_ascii(type, "application/ld+json")) {
        for (const GumboNode* kid : children(n)) {
          if (kid->type == GUMBO_NODE_TEXT) {
            json j = json::parse(kid->v.text.text, nullptr, false);
            if (!j.is_discarded()) {
              read_json_ld(j, f);
            }
          }
        }
      }
      continue;
    }
    if (tag == GUMBO_TAG_META || (attr(n, "content") != nullptr &&
                                  (attr(n, "property") != nullptr || attr(n, "itemprop") != nullptr))) {
      read_meta(n, f);  // <meta>, and RDFa or microdata on any element (Drupal's schema:dateCreated)
    } else if (tag == GUMBO_TAG_TITLE && f.html_title.empty()) {
      f.html_title = text_of(n);
    } else if (tag == GUMBO_TAG_H1 && f.h1.empty() && !inside_page_chrome(ancestors)) {
      f.h1 = text_of(n);
      if (const char* ip = attr(n, "itemprop"); ip != nullptr && std::string_view(ip) == "headline") {
        f.md_headline = f.h1;
      }
    } else if ((tag == GUMBO_TAG_H2 || tag == GUMBO_TAG_H3) && f.class_title.empty() &&
               !inside_page_chrome(ancestors) && names_a_title(n)) {
      f.class_title = text_of(n);
    } else if ((tag == GUMBO_TAG_SPAN || tag == GUMBO_TAG_DIV || tag == GUMBO_TAG_TD || tag == GUMBO_TAG_P) &&
               f.styled_headline.empty() && !inside_page_chrome(ancestors) && styled_as_headline(n)) {
      f.styled_headline = text_of(n);
    } else if (const char* ip = attr(n, "itemprop");
               ip != nullptr && std::string_view(ip) == "headline" && f.md_headline.empty() &&
               !inside_page_chrome(ancestors)) {
      f.md_headline = text_of(n);  // microdata: Joomla's <h2 itemprop="headline">
    } else if (tag == GUMBO_TAG_LINK && f.canonical.empty()) {
      const char* rel = attr(n, "rel");
      if (rel != nullptr && iequals_ascii(rel, "canonical") && attr(n, "href") != nullptr) {
        f.canonical = attr(n, "href");
      }
    } else if (tag == GUMBO_TAG_TIME || (tag == GUMBO_TAG_ABBR && attr(n, "title") != nullptr &&
                                         (named_as(n, kPublishedWords) || attr(n, "itemprop") != nullptr))) {
      read_time(n, in_article, f);
    } else if (!inside_page_chrome(ancestors) && tag != GUMBO_TAG_BODY && tag != GUMBO_TAG_HTML) {
      if (!f.byline_date && named_as(n, kDateClassWords)) {
        f.byline_date = date_line(text_of(n));
      } else if (f.date_lines.size() < 8 && short_text_leaf(n)) {
        if (std::optional<Date> d = date_line(text_of(n))) {
          f.date_lines.push_back({n->v.element.start_pos.offset, *d});
        }
      }
      bool furniture = named_as(n, kNoStandfirst) ||
                       std::any_of(ancestors.begin(), ancestors.end(),
                                   [](const GumboNode* a) { return named_as(a, kNoStandfirst); });
      if (f.standfirst.empty() && !furniture && named_as(n, kStandfirstWords) &&
          (tag == GUMBO_TAG_P || tag == GUMBO_TAG_DIV || tag == GUMBO_TAG_H2 || tag == GUMBO_TAG_SPAN)) {
        std::string text = text_of(n);
        if (text.size() >= 30 && text.size() <= 600) {
          f.standfirst = std::move(text);
          f.standfirst_at = n->v.element.start_pos.offset;
        }
      }
    }
    stack.push_back({n, true});
    ancestors.push_back(n);
    const GumboVector& kids = n->v.element.children;
    for (unsigned i = kids.length; i > 0; --i) {
      stack.push_back({static_cast<const GumboNode*>(kids.data[i - 1]), false});
    }
  }
  return f;
}

std::string first_of(std::initializer_list<const std::string*> options) {
  for (const std::string* s : options) {
    if (!s->empty()) {
      return *s;
    }
  }
  return "";
}

}  // namespace

std::string strip_site_name(std::string_view title, std::string_view site) {
  std::string t = collapse_spaces(title);
  if (site.empty()) {
    return t;
  }
  for (std::string_view sep : {" | ", " - ", " \xE2\x80\x93 ", " \xE2\x80\x94 ", " :: ", " \xC2\xB7 ",
                               " \xC2\xBB "}) {
    size_t last = t.rfind(sep);
    // "... | Fresh News" on the site "Fresh News Asia": the site's name or its leading words.
    std::string_view suffix = last != std::string::npos ? trim(std::string_view(t).substr(last + sep.size()))
                                                        : std::string_view();
    bool leading = suffix.size() >= 4 && site.size() > suffix.size() && site[suffix.size()] == ' ' &&
                   iequals_ascii(site.substr(0, suffix.size()), suffix);
    if (last != std::string::npos && (iequals_ascii(suffix, site) || leading)) {
      return std::string(trim(std::string_view(t).substr(0, last)));
    }
    size_t first = t.find(sep);
    if (first != std::string::npos && iequals_ascii(trim(std::string_view(t).substr(0, first)), site)) {
      return std::string(trim(std::string_view(t).substr(first + sep.size())));
    }
  }
  return t;
}

// "Sangkat Notes: New Year road deaths fall" with the headline known from og:title: the site is
// what the <title> adds before or after the headline.
std::string site_from_title(std::string_view html_title, std::string_view headline) {
  if (headline.empty() || html_title.size() <= headline.size() + 3) {
    return "";
  }
  // " :: " before ": ", which it contains ("Mekong Tribune :: Court jails ...").
  for (std::string_view sep : {" :: ", ": ", " | ", " - ", " \xE2\x80\x93 ", " \xC2\xBB "}) {
    // "Site » Section » Headline": the outermost part is the site.
    if (html_title.ends_with(headline) &&
        html_title.substr(0, html_title.size() - headline.size()).ends_with(sep)) {
      std::string_view rest = html_title.substr(0, html_title.size() - headline.size() - sep.size());
      std::string_view site = trim(rest.substr(0, rest.find(sep)));
      // ("Opinion: ...", "Analysis: ...": one word before a colon is a kicker, no site.)
      return sep == ": " && site.find(' ') == std::string_view::npos ? "" : std::string(site);
    }
    if (html_title.starts_with(headline) &&
        html_title.substr(headline.size()).starts_with(sep)) {
      std::string_view rest = html_title.substr(headline.size() + sep.size());
      size_t last = rest.rfind(sep);
      return std::string(trim(last == std::string_view::npos ? rest : rest.substr(last + sep.size())));
    }
  }
  return "";
}

// "Angkor Bulletin :: Assembly Strips SRP Lawmaker ...": with nothing else to go on, the longer
// part of a <title> is the headline.
std::string longest_part(std::string_view title) {
  std::string_view best = title;
  for (std::string_view sep : {" :: ", " | ", " \xC2\xBB "}) {
    size_t at = title.find(sep);
    if (at != std::string_view::npos) {
      std::string_view a = trim(title.substr(0, at)), b = trim(title.substr(at + sep.size()));
      best = a.size() >= b.size() ? a : b;
      break;
    }
  }
  return std::string(best);
}

PageMeta read_page_meta(const GumboNode* root) {
  Found f = collect(root);
  PageMeta m;
  m.source = first_of({&f.og_site, &f.ld_publisher, &f.app_name});
  std::string title = first_of({&f.ld_headline, &f.og_title, &f.twitter_title, &f.md_headline, &f.h1,
                                &f.class_title, &f.styled_headline});
  // A shortened headline for sharing ("Greens demand vote on arms exports") whose page heading
  // goes on ("Greens Demand Vote on Arms Exports as Deal Splits Coalition"): the heading is it.
  if (f.h1.size() > title.size() + 3 && !title.empty() && f.h1[title.size()] == ' ' &&
      iequals_ascii(std::string_view(f.h1).substr(0, title.size()), title)) {
    title = f.h1;
  }
  // "Bogotá Political Notebook: Runoff countdown: ...": a blog's share title is its name, a
  // colon (or a bar or dash), then the post's own heading, which the page also shows alone.
  for (const std::string* heading : {&f.class_title, &f.md_headline, &f.h1}) {
    std::string head = collapse_spaces(*heading);
    std::string whole = collapse_spaces(title);
    if (head.size() >= 12 && whole.size() > head.size() + 3 && whole.ends_with(head)) {
      std::string_view prefix = trim(std::string_view(whole).substr(0, whole.size() - head.size()));
      for (std::string_view sep : {":", "|", "-", "\xE2\x80\x93"}) {
        if (prefix.ends_with(sep) && prefix.size() > sep.size()) {
          // (A one-word prefix is a section's or a kicker's, "Opinion: ...", no outlet.)
          std::string_view site = trim(prefix.substr(0, prefix.size() - sep.size()));
          if (m.source.empty() && site.find(' ') != std::string_view::npos && site.size() <= 60) {
            m.source = std::string(site);
          }
          title = head;
          break;
        }
      }
      break;
    }
  }
  if (m.source.empty()) {
    m.source = site_from_title(collapse_spaces(f.html_title), title);
  }
  if (title.empty()) {
    title = m.source.empty() ? longest_part(collapse_spaces(f.html_title)) : f.html_title;
  }
  m.title = strip_site_name(title, m.source);
  m.url = first_of({&f.canonical, &f.og_url, &f.ld_url});
  m.body = f.ld_body;
  if (!f.ld_date.empty() && (m.date = parse_date_text(f.ld_date))) {
    m.date_basis = "JSON-LD datePublished";
  } else if (!f.meta_date.empty() && (m.date = parse_date_text(f.meta_date))) {
    m.date_basis = "meta " + f.meta_date_name;
  } else if (!f.time_date.empty() && (m.date = parse_date_text(f.time_date))) {
    m.date_basis = "<time datetime>";
  } else if (!f.app_date.empty() && (m.date = parse_date_text(f.app_date))) {
    m.date_basis = "page state publishedAt";
  } else if (f.byline_date) {
    m.date = f.byline_date;
    m.date_basis = "date line in the page";
  }
  m.standfirst = f.standfirst;
  m.standfirst_at = f.standfirst_at;
  m.date_lines = std::move(f.date_lines);
  return m;
}

}  // namespace tonle::parse::html
