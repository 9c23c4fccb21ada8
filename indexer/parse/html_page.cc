// html_page.cc — HTML article pages, parsed with gumbo (the HTML5 parsing algorithm). The
// headline, date, outlet and URL come from the page's structured metadata (html_meta.h); the
// story from the element whose paragraphs carry the most text (a text-density score in the
// manner of Readability, with bonuses for the names CMSs give story containers), read block by
// block while navigation, asides, forms, figures, share, tag, related, newsletter, donation and
// cookie blocks and link-dense lines are left out. The shared text rules (finish_body) then drop
// the furniture that only its words betray ("Read more: …", "4 min read", bylines). Every walk
// is iterative, so deeply nested markup cannot overflow the stack.
#include <gumbo.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <memory>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#include "core/text.h"
#include "indexer/parse/article_parser.h"
#include "indexer/parse/html_dom.h"
#include "indexer/parse/html_meta.h"
#include "indexer/parse/page_text.h"

namespace tonle::parse {

namespace {

using html::attr;
using html::name_words;

// Deeper nesting than this is no article page; gumbo's tree building slows down quadratically on
// it, so such input is refused before parsing.
constexpr int kMaxHtmlDepth = 1000;

bool is_void_tag_name(std::string_view name) {
  for (std::string_view v : {"area", "base", "br", "col", "embed", "hr", "img", "input", "link",
                             "meta", "source", "track", "wbr", "p", "li", "option"}) {
    if (iequals_ascii(name, v)) {
      return true;  // void, or closed implicitly by the next sibling
    }
  }
  return false;
}

// The deepest element nesting the markup asks for, by counting start and end tags.
int max_tag_depth(std::string_view html) {
  int depth = 0;
  int deepest = 0;
  for (size_t i = html.find('<'); i != html.npos; i = html.find('<', i + 1)) {
    bool closing = i + 1 < html.size() && html[i + 1] == '/';
    size_t n = i + (closing ? 2 : 1);
    size_t e = n;
    while (e < html.size() && std::isalnum(static_cast<unsigned char>(html[e]))) {
      ++e;
    }
    if (e == n || is_void_tag_name(html.substr(n, e - n))) {
      continue;
    }
    size_t close = html.find('>', e);
    bool self_closing = close != html.npos && close > 0 && html[close - 1] == '/';
    if (closing) {
      depth = std::max(0, depth - 1);
    } else if (!self_closing) {
      deepest = std::max(deepest, ++depth);
    }
  }
  return deepest;
}

struct GumboDeleter {
  void operator()(GumboOutput* out) const { gumbo_destroy_output(&kGumboDefaultOptions, out); }
};

bool is_skipped_tag(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_NAV: case GUMBO_TAG_HEADER:
    case GUMBO_TAG_FOOTER: case GUMBO_TAG_ASIDE: case GUMBO_TAG_FORM: case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_FIGURE: case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_IFRAME: case GUMBO_TAG_SVG:
    case GUMBO_TAG_BUTTON: case GUMBO_TAG_TEMPLATE: case GUMBO_TAG_SELECT: case GUMBO_TAG_H1:
    case GUMBO_TAG_LABEL: case GUMBO_TAG_INPUT: case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_MENU: case GUMBO_TAG_OBJECT: case GUMBO_TAG_VIDEO: case GUMBO_TAG_AUDIO:
    case GUMBO_TAG_CANVAS: case GUMBO_TAG_MATH: case GUMBO_TAG_HEAD: case GUMBO_TAG_TIME:
      return true;
    default:
      return false;
  }
}

bool is_block_tag(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_P: case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4: case GUMBO_TAG_H5:
    case GUMBO_TAG_H6: case GUMBO_TAG_LI: case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_DIV:
    case GUMBO_TAG_TD: case GUMBO_TAG_PRE: case GUMBO_TAG_BR: case GUMBO_TAG_SECTION:
    case GUMBO_TAG_ARTICLE: case GUMBO_TAG_MAIN: case GUMBO_TAG_UL: case GUMBO_TAG_OL:
    case GUMBO_TAG_TABLE: case GUMBO_TAG_TR: case GUMBO_TAG_DL: case GUMBO_TAG_DT:
    case GUMBO_TAG_DD: case GUMBO_TAG_HR: case GUMBO_TAG_ADDRESS:
      return true;
    default:
      return false;
  }
}

// Words of class and id names that mark page furniture.
constexpr std::array<std::string_view, 64> kChromeWords = {
    "related",   "share",     "sharing",    "sharer",     "social",     "comment",
    "comments",  "advert",    "advertisement", "ads",     "ad",         "adsbygoogle",
    "newsletter", "subscribe", "subscription", "signup",  "caption",    "credit",
    "credits",   "breadcrumb", "breadcrumbs", "menu",     "teaser",     "teasers",
    "tags",      "tag",       "tagcloud",   "byline",     "author",     "bio",
    "donate",    "donation",  "cookie",     "cookies",    "consent",    "gdpr",
    "promo",     "sidebar",   "widget",     "popup",      "modal",      "banner",
    "toolbar",   "print",     "rating",     "readmore",   "trending",   "recommended",
    "popular",   "pagination", "pager",     "nav",        "navbar",     "navigation",
    "meta",      "paywall",   "footer",     "header",     "tooltip",    "badge",
    "note",      "notes",     "embed",      "tweet"};
// Adjacent word pairs that mark furniture where each word alone would be too broad.
constexpr std::array<std::pair<std::string_view, std::string_view>, 10> kChromePairs = {{
    {"read", "more"}, {"also", "read"}, {"more", "stories"}, {"you", "may"},
    {"see", "also"}, {"most", "read"}, {"sr", "only"}, {"visually", "hidden"},
    {"more", "on"}, {"screen", "reader"}}};
// Names CMSs give the story container: they win over any furniture word beside them.
constexpr std::array<std::pair<std::string_view, std::string_view>, 10> kBodyPairs = {{
    {"article", "body"}, {"entry", "content"}, {"post", "content"}, {"story", "body"},
    {"article", "content"}, {"post", "body"}, {"content", "body"}, {"article", "text"},
    {"story", "content"}, {"main", "content"}}};
constexpr std::array<std::string_view, 4> kBodyWords = {"articlebody", "storybody", "entrytext",
                                                        "bodytext"};

template <class Pairs>
bool has_pair(const std::vector<std::string>& w, const Pairs& pairs) {
  for (size_t i = 0; i + 1 < w.size(); ++i) {
    for (const auto& [a, b] : pairs) {
      if (w[i] == a && w[i + 1] == b) {
        return true;
      }
    }
  }
  return false;
}

bool contains(const auto& list, std::string_view word) {
  return std::find(list.begin(), list.end(), word) != list.end();
}

// Words that may name a story's container: while the story is still being looked for, an
// element with one of them is never written off as furniture ("content-wrap has-sidebar").
constexpr std::array<std::string_view, 10> kMaybeStory = {
    "article", "body", "content", "entry", "main", "post", "story", "text", "column", "page"};

bool is_story_container(const GumboNode* n) {
  const char* itemprop = attr(n, "itemprop");
  std::vector<std::string> words = name_words(n);
  return (itemprop != nullptr && std::string_view(itemprop).find("articleBody") != std::string_view::npos) ||
         has_pair(words, kBodyPairs) ||
         std::any_of(words.begin(), words.end(),
                     [](const std::string& w) { return contains(kBodyWords, w); });
}

// Furniture by its markup. Inside the story (`inside`), any furniture word counts unless the
// element is named as the story container; while the story is still being looked for, only
// elements with no word that may name a story container.
bool is_chrome_element(const GumboNode* n, bool inside) {
  const char* hidden = attr(n, "hidden");
  const char* aria = attr(n, "aria-hidden");
  const char* role = attr(n, "role");
  if (hidden != nullptr || (aria != nullptr && std::string_view(aria) == "true") ||
      (role != nullptr && (std::string_view(role) == "navigation" ||
                           std::string_view(role) == "complementary" ||
                           std::string_view(role) == "banner" ||
                           std::string_view(role) == "contentinfo"))) {
    return true;
  }
  std::vector<std::string> words = name_words(n);
  GumboTag tag = n->v.element.tag;
  if (tag == GUMBO_TAG_H2 || tag == GUMBO_TAG_H3 || tag == GUMBO_TAG_H4 || tag == GUMBO_TAG_H5) {
    std::erase(words, "header");  // Substack's <h2 class="header-anchor-post"> is a heading
  }
  if (words.empty() || is_story_container(n)) {
    return false;
  }
  if (!inside && std::any_of(words.begin(), words.end(),
                             [](const std::string& w) { return contains(kMaybeStory, w); })) {
    return false;
  }
  return has_pair(words, kChromePairs) ||
         std::any_of(words.begin(), words.end(),
                     [](const std::string& w) { return contains(kChromeWords, w); });
}

// Whether the walk leaves out `n` (never the root it started from).
bool skipped(const GumboNode* n, const GumboNode* root, bool inside) {
  return n != root && n->type == GUMBO_NODE_ELEMENT &&
         (is_skipped_tag(n->v.element.tag) || is_chrome_element(n, inside));
}

// The elements that hold markup declaring the story (itemprop="articleBody"): a Blogger post
// sits in <div class="widget Blog">, which no furniture word may write off.
std::unordered_set<const GumboNode*> declared_story_path(const GumboNode* body) {
  std::unordered_set<const GumboNode*> path;
  html::walk(body, [&](const GumboNode* n) {
    const char* itemprop = n->type == GUMBO_NODE_ELEMENT ? attr(n, "itemprop") : nullptr;
    if (itemprop != nullptr && std::string_view(itemprop).find("articleBody") != std::string_view::npos) {
      for (const GumboNode* up = n->parent; up != nullptr && path.insert(up).second; up = up->parent) {
      }
    }
    return true;
  });
  return path;
}

// Text length of a paragraph-like element and of the links inside it.
struct TextStats {
  size_t chars = 0;
  size_t link_chars = 0;
  size_t commas = 0;
};

TextStats stats_of(const GumboNode* root) {
  TextStats s;
  std::vector<std::pair<const GumboNode*, bool>> stack = {{root, false}};
  while (!stack.empty()) {
    auto [n, in_link] = stack.back();
    stack.pop_back();
    if (n->type == GUMBO_NODE_TEXT) {
      std::string_view t = trim(n->v.text.text);
      s.chars += t.size();
      s.link_chars += in_link ? t.size() : 0;
      s.commas += static_cast<size_t>(std::count(t.begin(), t.end(), ','));
      continue;
    }
    if (n->type != GUMBO_NODE_ELEMENT || skipped(n, root, true)) {
      continue;
    }
    bool link = in_link || n->v.element.tag == GUMBO_TAG_A;
    for (const GumboNode* kid : html::children(n)) {
      stack.push_back({kid, link});
    }
  }
  return s;
}

// A paragraph for scoring: <p>, <pre>, <blockquote>, or an element that holds text but no block
// (the <div>s of Blogger posts, the <font> of old table layouts), as Readability does.
bool paragraph_like(const GumboNode* n) {
  GumboTag tag = n->v.element.tag;
  if (tag == GUMBO_TAG_P || tag == GUMBO_TAG_PRE || tag == GUMBO_TAG_BLOCKQUOTE) {
    return true;
  }
  if (tag != GUMBO_TAG_DIV && tag != GUMBO_TAG_TD && tag != GUMBO_TAG_FONT && tag != GUMBO_TAG_SPAN) {
    return false;
  }
  bool text = false;
  for (const GumboNode* kid : html::children(n)) {
    if (kid->type == GUMBO_NODE_TEXT) {
      text = text || trim(kid->v.text.text).size() >= 20;
    } else if (kid->type == GUMBO_NODE_ELEMENT && kid->v.element.tag != GUMBO_TAG_BR &&
               is_block_tag(kid->v.element.tag)) {
      return false;
    }
  }
  return text;
}

size_t element_children(const GumboNode* n) {
  size_t count = 0;
  for (const GumboNode* kid : html::children(n)) {
    count += kid->type == GUMBO_NODE_ELEMENT ? 1 : 0;
  }
  return count;
}

// The highest score of `n` or an element up to `depth` levels below it (0 if none).
double best_score_within(const GumboNode* n, const std::unordered_map<const GumboNode*, double>& score,
                         int depth) {
  auto it = score.find(n);
  double best = it == score.end() ? 0.0 : it->second;
  if (depth > 0) {
    for (const GumboNode* kid : html::children(n)) {
      if (kid->type == GUMBO_NODE_ELEMENT) {
        best = std::max(best, best_score_within(kid, score, depth - 1));
      }
    }
  }
  return best;
}

const GumboNode* repeated_blocks_container(const GumboNode* best, const GumboNode* body,
                                           const std::unordered_map<const GumboNode*, double>& score) {
  const GumboNode* a = best;
  for (int up = 0; up < 3 && a != body && a->parent != nullptr && a->parent != body; ++up) {
    const char* own = attr(a, "class");  // the class, not the id: "live-post" of "p1", "p2", ...
    size_t alike = 0;
    for (const GumboNode* sib : html::children(a->parent)) {
      const char* cls = sib != a && sib->type == GUMBO_NODE_ELEMENT ? attr(sib, "class") : nullptr;
      alike += own != nullptr && cls != nullptr && std::string_view(cls) == own &&
                       sib->v.element.tag == a->v.element.tag && best_score_within(sib, score, 3) >= 1.5
                   ? 1
                   : 0;
    }
    if (alike >= 2) {
      return a->parent;
    }
    a = a->parent;
  }
  return nullptr;
}

// The elements whose paragraphs hold the story: every paragraph scores by its length and commas,
// credited in full to its parent and by half to its grandparent; story container names add. The
// best element comes with its siblings that hold scored paragraphs too.
std::vector<const GumboNode*> story_roots(const GumboNode* body) {
  std::unordered_map<const GumboNode*, double> score;
  std::vector<const GumboNode*> order;
  std::unordered_set<const GumboNode*> declared = declared_story_path(body);
  std::vector<std::pair<const GumboNode*, std::vector<const GumboNode*>>> stack = {{body, {}}};
  while (!stack.empty()) {
    auto [n, ancestors] = std::move(stack.back());
    stack.pop_back();
    if (n->type != GUMBO_NODE_ELEMENT || (skipped(n, body, false) && !declared.contains(n))) {
      continue;
    }
    GumboTag tag = n->v.element.tag;
    if (is_story_container(n) && !score.contains(n)) {
      score[n] += 40;
      order.push_back(n);
    }
    if (paragraph_like(n)) {
      TextStats s = stats_of(n);
      size_t least = tag == GUMBO_TAG_P || tag == GUMBO_TAG_BLOCKQUOTE ? 25 : 80;
      if (s.chars >= least && s.link_chars * 2 < s.chars && !ancestors.empty()) {
        double points = 1.0 + static_cast<double>(s.commas) +
                        std::min(3.0, static_cast<double>(s.chars) / 100.0);
        for (size_t up = 0; up < 2 && up < ancestors.size(); ++up) {
          const GumboNode* a = ancestors[ancestors.size() - 1 - up];
          if (!score.contains(a)) {
            order.push_back(a);
          }
          score[a] += up == 0 ? points : points / 2;
        }
      }
      continue;
    }
    std::vector<const GumboNode*> chain = ancestors;
    chain.push_back(n);
    for (const GumboNode* kid : html::children(n)) {
      stack.push_back({kid, chain});
    }
  }
  const GumboNode* best = nullptr;
  for (const GumboNode* n : order) {
    if (best == nullptr || score[n] > score[best]) {
      best = n;
    }
  }
  if (best == nullptr) {
    return {body};
  }
  // A story split into sibling blocks ("gallery-intro", slides, "gallery-outro"): siblings
  // holding scored paragraphs of their own join it, in page order (as Readability does).
  // A story made of repeated blocks (a live blog's posts, each with its own paragraphs): when
  // an ancestor of the best element has two or more siblings of its own class holding scored
  // paragraphs, the story is all of them.
  if (const GumboNode* feed = repeated_blocks_container(best, body, score)) {
    return {feed};
  }
  // Wrappers of one child each (Squarespace's block → block-content → html-content) are the
  // story's too: its siblings are those of the outermost one.
  const GumboNode* story = best;
  for (int up = 0; up < 3 && story != body && story->parent != nullptr &&
                   story->parent != body && element_children(story->parent) == 1;
       ++up) {
    story = story->parent;
  }
  const GumboNode* parent = story->parent;
  if (story == body || parent == nullptr || parent->type != GUMBO_NODE_ELEMENT) {
    return {best};
  }
  double threshold = std::max(1.5, score[best] * 0.05);
  std::vector<const GumboNode*> roots;
  for (const GumboNode* kid : html::children(parent)) {
    if (kid == story) {
      roots.push_back(best);
    } else if (kid->type == GUMBO_NODE_ELEMENT && !skipped(kid, body, true) &&
               best_score_within(kid, score, 3) >= threshold) {
      roots.push_back(kid);
    }
  }
  return roots;
}

// The text blocks under `root`, one paragraph per block element; furniture subtrees and blocks
// that are mostly links are left out.
std::string body_text(const GumboNode* root) {
  std::string out;
  std::string block;
  size_t link_chars = 0;
  auto flush = [&] {
    std::string t = collapse_spaces(block);
    bool link_list = link_chars * 10 >= t.size() * 6 && t.size() < 300;
    if (!t.empty() && !link_list) {
      out += t;
      out += "\n\n";
    }
    block.clear();
    link_chars = 0;
  };
  std::vector<std::tuple<const GumboNode*, bool, bool>> stack = {{root, false, false}};
  while (!stack.empty()) {
    auto [n, leaving, in_link] = stack.back();
    stack.pop_back();
    if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_WHITESPACE) {
      block += n->v.text.text;
      link_chars += in_link ? trim(n->v.text.text).size() : 0;
      continue;
    }
    if (n->type != GUMBO_NODE_ELEMENT) {
      continue;
    }
    GumboTag tag = n->v.element.tag;
    if (is_block_tag(tag)) {
      flush();  // entering or leaving a block ends the current paragraph
    }
    if (leaving || skipped(n, root, true)) {
      continue;
    }
    stack.push_back({n, true, in_link});
    bool link = in_link || tag == GUMBO_TAG_A;
    const GumboVector& kids = n->v.element.children;
    for (unsigned i = kids.length; i > 0; --i) {
      stack.push_back({static_cast<const GumboNode*>(kids.data[i - 1]), false, link});
    }
  }
  flush();
  return out;
}

const GumboNode* find_body(const GumboNode* root) {
  const GumboNode* body = nullptr;
  html::walk(root, [&](const GumboNode* n) {
    if (body == nullptr && n->type == GUMBO_NODE_ELEMENT && n->v.element.tag == GUMBO_TAG_BODY) {
      body = n;
    }
    return body == nullptr;
  });
  return body ? body : root;
}

size_t paragraph_count(std::string_view text) {
  size_t n = 0;
  for (size_t pos = text.find("\n\n"); pos != text.npos; pos = text.find("\n\n", pos + 2)) {
    ++n;
  }
  return n;
}

// With no date in the metadata, the date line nearest above the story (a blog's date header, a
// byline's "Tuesday, January 14, 2025 at 10:20 AM"), else the first inside it.
void date_near_story(const std::vector<html::DateLine>& lines, const GumboNode* root, Article& a) {
  if (lines.empty() || root->type != GUMBO_NODE_ELEMENT) {
    return;
  }
  unsigned start = root->v.element.start_pos.offset;
  unsigned end = root->v.element.end_pos.offset;
  const html::DateLine* pick = nullptr;
  for (const html::DateLine& l : lines) {
    if (l.at < start) {
      pick = &l;  // the last one above the story
    } else if (pick == nullptr && l.at < end) {
      pick = &l;  // none above: the first inside
    }
  }
  if (pick == nullptr) {
    return;
  }
  a.date = pick->date;
  a.date_basis = "date line in the page";
}

}  // namespace

void parse_html_page(std::string_view html, const ParseOptions& options, ParseOutcome& out) {
  if (int depth = max_tag_depth(html); depth > kMaxHtmlDepth) {
    out.problems.push_back("HTML nested " + std::to_string(depth) + " elements deep (the limit is " +
                           std::to_string(kMaxHtmlDepth) + ")");
    return;
  }
  std::unique_ptr<GumboOutput, GumboDeleter> doc(
      gumbo_parse_with_options(&kGumboDefaultOptions, html.data(), html.size()));
  if (!doc) {
    out.problems.push_back("the HTML parser gave up on this file");
    return;
  }
  html::PageMeta m = html::read_page_meta(doc->root);
  Article a;
  a.id = options.default_id;
  a.origin = options.origin;
  a.title = m.title;
  a.source = m.source;
  a.url = m.url;
  a.date = m.date;
  a.date_basis = m.date_basis;
  std::vector<const GumboNode*> roots = story_roots(find_body(doc->root));
  const GumboNode* root = roots.front();
  std::string text;
  for (const GumboNode* r : roots) {
    text += body_text(r);
  }
  if (paragraph_count(text) < 2 && m.body.size() > text.size()) {
    text = m.body;  // the markup holds no story (rendered by script): JSON-LD articleBody
  }
  // The summary under the headline opens the story unless the story already holds it.
  bool before_story = root->type == GUMBO_NODE_ELEMENT &&
                      m.standfirst_at < root->v.element.start_pos.offset;
  if (!m.standfirst.empty() && before_story &&
      text.find(m.standfirst.substr(0, 60)) == std::string::npos) {
    text = m.standfirst + "\n\n" + text;
  }
  finish_body(text, a);
  if (!a.date) {
    date_near_story(m.date_lines, root, a);
  }
  if (a.source.empty()) {
    a.source = copyright_holder(html::text_of(find_body(doc->root)));  // the footer's "©"
  }
  if (a.title.empty() && a.body.empty()) {
    out.problems.push_back("no headline or article text found in the HTML");
    return;
  }
  out.articles.push_back(std::move(a));
}

}  // namespace tonle::parse
