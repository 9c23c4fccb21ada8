// html_furniture.cc — see html_furniture.h.
#include "indexer/parse/html_furniture.h"

#include <algorithm>
#include <array>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/text.h"
#include "indexer/parse/html_dom.h"

namespace tonle::parse::html {

namespace {

// Words of class and id names that mark page furniture.
constexpr std::array<std::string_view, 70> kChromeWords = {
    "related",   "share",     "sharing",    "sharer",     "social",     "comment",
    "comments",  "advert",    "advertisement", "ads",     "ad",         "adsbygoogle",
    "newsletter", "subscribe", "subscription", "signup",  "caption",    "credit",
    "credits",   "breadcrumb", "breadcrumbs", "menu",     "teaser",     "teasers",
    "tags",      "tag",       "tagcloud",   "byline",     "author",     "bio",
    "donate",    "donation",  "cookie",     "cookies",    "consent",    "gdpr",
    "promo",     "sidebar",   "popup",      "modal",      "banner",
    "toolbar",   "print",     "rating",     "readmore",   "trending",   "recommended",
    "popular",   "pagination", "pager",     "nav",        "navbar",     "navigation",
    "meta",      "paywall",   "footer",     "header",     "tooltip",    "badge",
    "note",      "notes",     "embed",      "tweet",
    "kicker",    "eyebrow",   // the section's label over a headline
    "contact",   "contacts",   // a release's press contacts
    "support",    // "Support our journalism" boxes
    "sharedaddy", "likes"};  // WordPress Jetpack's share and like boxes
// Adjacent word pairs that mark furniture where each word alone would be too broad.
constexpr std::array<std::pair<std::string_view, std::string_view>, 14> kChromePairs = {{
    {"read", "more"}, {"also", "read"}, {"more", "stories"}, {"you", "may"},
    {"see", "also"}, {"most", "read"}, {"sr", "only"}, {"visually", "hidden"},
    {"more", "on"}, {"screen", "reader"}, {"widget", "area"}, {"other", "news"},
    {"other", "stories"}, {"other", "articles"}}};
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

// "commentbox", "sharebar", "relatedlist": a furniture word run together with a container's.
constexpr std::array<std::string_view, 10> kContainerSuffixes = {
    "box", "bar", "list", "area", "wrap", "block", "panel", "section", "widget", "links"};

bool is_chrome_word(std::string_view w) {
  if (contains(kChromeWords, w)) {
    return true;
  }
  for (std::string_view suffix : kContainerSuffixes) {
    if (w.size() > suffix.size() && w.ends_with(suffix) &&
        contains(kChromeWords, w.substr(0, w.size() - suffix.size()))) {
      return true;
    }
  }
  return false;
}

// Words that may name a story's container: while the story is still being looked for, an
// element with one of them is never written off as furniture ("content-wrap has-sidebar").
constexpr std::array<std::string_view, 10> kMaybeStory = {
    "article", "body", "content", "entry", "main", "post", "story", "text", "column", "page"};

}  // namespace

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

bool is_story_container(const GumboNode* n) {
  const char* itemprop = attr(n, "itemprop");
  std::vector<std::string> words = name_words(n);
  return (itemprop != nullptr && std::string_view(itemprop).find("articleBody") != std::string_view::npos) ||
         has_pair(words, kBodyPairs) ||
         std::any_of(words.begin(), words.end(),
                     [](const std::string& w) { return contains(kBodyWords, w); });
}

namespace {

// True if every piece of text under `n` sits inside <i> or <em> (and there is some).
bool all_emphasis(const GumboNode* n) {
  bool text = false;
  bool plain = false;
  std::vector<std::pair<const GumboNode*, bool>> stack = {{n, false}};
  while (!stack.empty() && !plain) {
    auto [x, em] = stack.back();
    stack.pop_back();
    if (x->type == GUMBO_NODE_TEXT) {
      bool words = !trim(x->v.text.text).empty();
      text = text || words;
      plain = words && !em;
    } else if (x->type == GUMBO_NODE_ELEMENT) {
      bool inner = em || x->v.element.tag == GUMBO_TAG_I || x->v.element.tag == GUMBO_TAG_EM;
      for (const GumboNode* kid : children(x)) {
        stack.emplace_back(kid, inner);
      }
    }
  }
  return text && !plain;
}

// True if `n` holds a picture and no text.
bool only_a_picture(const GumboNode* n) {
  bool image = false;
  walk(n, [&](const GumboNode* x) {
    image = image || (x->type == GUMBO_NODE_ELEMENT && x->v.element.tag == GUMBO_TAG_IMG);
    return true;
  });
  return image && trim(text_of(n)).empty();
}

}  // namespace

// "<div><a><img></a></div><div><i>Barges at dusk, 12 May.</i></div>" (Blogger and hand-made
// pages): a short block all in italics right after a picture is the picture's caption.
bool is_picture_caption(const GumboNode* n) {
  GumboTag tag = n->v.element.tag;
  if (tag != GUMBO_TAG_DIV && tag != GUMBO_TAG_P && tag != GUMBO_TAG_CENTER) {
    return false;
  }
  const GumboNode* parent = n->parent;
  if (parent == nullptr || (parent->type != GUMBO_NODE_ELEMENT && parent->type != GUMBO_NODE_DOCUMENT)) {
    return false;
  }
  const GumboVector& kids = parent->type == GUMBO_NODE_ELEMENT ? parent->v.element.children : parent->v.document.children;
  const GumboNode* before = nullptr;
  for (unsigned i = n->index_within_parent; i-- > 0;) {
    const auto* k = static_cast<const GumboNode*>(kids.data[i]);
    if (k->type == GUMBO_NODE_ELEMENT) {
      before = k;
      break;
    }
    if (k->type == GUMBO_NODE_TEXT && !trim(k->v.text.text).empty()) {
      return false;
    }
  }
  return before != nullptr && only_a_picture(before) && text_of(n).size() <= 300 && all_emphasis(n);
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
         std::any_of(words.begin(), words.end(), [](const std::string& w) { return is_chrome_word(w); });
}

// Whether the walk leaves out `n` (never the root it started from).
bool skipped(const GumboNode* n, const GumboNode* root, bool inside) {
  return n != root && n->type == GUMBO_NODE_ELEMENT &&
         (is_skipped_tag(n->v.element.tag) || is_chrome_element(n, inside) || (inside && is_picture_caption(n)));
}

}  // namespace tonle::parse::html
