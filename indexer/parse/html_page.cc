// html_page.cc — HTML article pages, parsed with gumbo (the HTML5 parsing algorithm). Metadata
// comes from Open Graph / schema.org tags; the body from the <article> (or <main>, or <body>)
// element's paragraphs, skipping navigation, asides, figures, scripts and related-story blocks.
// The tree is walked iteratively, so deeply nested markup cannot overflow the stack.
#include <gumbo.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "core/text.h"
#include "indexer/parse/article_parser.h"

namespace tonle::parse {

namespace {

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

const char* attr(const GumboNode* n, const char* name) {
  if (n->type != GUMBO_NODE_ELEMENT) {
    return nullptr;
  }
  const GumboAttribute* a = gumbo_get_attribute(&n->v.element.attributes, name);
  return a ? a->value : nullptr;
}

bool is_skipped_tag(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_NAV: case GUMBO_TAG_HEADER:
    case GUMBO_TAG_FOOTER: case GUMBO_TAG_ASIDE: case GUMBO_TAG_FORM: case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_FIGURE: case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_IFRAME: case GUMBO_TAG_SVG:
    case GUMBO_TAG_BUTTON: case GUMBO_TAG_TEMPLATE: case GUMBO_TAG_SELECT: case GUMBO_TAG_H1:
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
      return true;
    default:
      return false;
  }
}

// class or id naming page furniture rather than article text.
bool is_chrome_element(const GumboNode* n) {
  constexpr std::array<std::string_view, 10> kWords = {
      "related", "share", "social", "comment", "advert", "newsletter", "caption", "breadcrumb",
      "menu",    "teaser"};
  for (const char* name : {"class", "id"}) {
    const char* v = attr(n, name);
    if (v == nullptr) {
      continue;
    }
    std::string lower = to_lower_ascii(v);
    for (std::string_view w : kWords) {
      if (lower.find(w) != std::string::npos) {
        return true;
      }
    }
  }
  return false;
}

struct PageMeta {
  std::string og_title, html_title, h1, date, source, url;
  const GumboNode* article = nullptr;
  const GumboNode* main = nullptr;
  const GumboNode* body = nullptr;
};

std::string text_of(const GumboNode* root) {
  std::string out;
  std::vector<const GumboNode*> stack = {root};
  while (!stack.empty()) {
    const GumboNode* n = stack.back();
    stack.pop_back();
    if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_WHITESPACE) {
      out += n->v.text.text;
    } else if (n->type == GUMBO_NODE_ELEMENT) {
      const GumboVector& kids = n->v.element.children;
      for (unsigned i = kids.length; i > 0; --i) {
        stack.push_back(static_cast<const GumboNode*>(kids.data[i - 1]));
      }
    }
  }
  return collapse_spaces(out);
}

void read_meta_tag(const GumboNode* n, PageMeta& m) {
  const char* prop = attr(n, "property");
  if (prop == nullptr) {
    prop = attr(n, "name");
  }
  if (prop == nullptr) {
    prop = attr(n, "itemprop");
  }
  const char* content = attr(n, "content");
  if (prop == nullptr || content == nullptr) {
    return;
  }
  std::string p = to_lower_ascii(prop);
  if (p == "og:title") {
    m.og_title = collapse_spaces(content);
  } else if (p == "og:site_name") {
    m.source = collapse_spaces(content);
  } else if (p == "og:url") {
    m.url = content;
  } else if (p == "article:published_time" || p == "datepublished" || p == "date" ||
             p == "pubdate") {
    m.date = content;
  }
}

// One iterative walk that records metadata and the candidate body roots.
PageMeta scan_page(const GumboNode* root) {
  PageMeta m;
  std::vector<const GumboNode*> stack = {root};
  while (!stack.empty()) {
    const GumboNode* n = stack.back();
    stack.pop_back();
    if (n->type != GUMBO_NODE_ELEMENT) {
      continue;
    }
    GumboTag tag = n->v.element.tag;
    if (tag == GUMBO_TAG_META) {
      read_meta_tag(n, m);
    } else if (tag == GUMBO_TAG_TITLE && m.html_title.empty()) {
      m.html_title = text_of(n);
    } else if (tag == GUMBO_TAG_H1 && m.h1.empty()) {
      m.h1 = text_of(n);
    } else if (tag == GUMBO_TAG_LINK && m.url.empty()) {
      const char* rel = attr(n, "rel");
      if (rel != nullptr && iequals_ascii(rel, "canonical") && attr(n, "href") != nullptr) {
        m.url = attr(n, "href");
      }
    } else if (tag == GUMBO_TAG_TIME && m.date.empty() && attr(n, "datetime") != nullptr) {
      m.date = attr(n, "datetime");
    } else if (tag == GUMBO_TAG_ARTICLE && m.article == nullptr) {
      m.article = n;
    } else if (tag == GUMBO_TAG_MAIN && m.main == nullptr) {
      m.main = n;
    } else if (tag == GUMBO_TAG_BODY && m.body == nullptr) {
      m.body = n;
    }
    const GumboVector& kids = n->v.element.children;
    for (unsigned i = kids.length; i > 0; --i) {
      stack.push_back(static_cast<const GumboNode*>(kids.data[i - 1]));
    }
  }
  return m;
}

// The text blocks under `root`, one paragraph per block element, chrome subtrees skipped.
std::string body_text(const GumboNode* root) {
  std::string out;
  std::string block;
  auto flush = [&] {
    std::string t = collapse_spaces(block);
    if (!t.empty()) {
      out += t;
      out += "\n\n";
    }
    block.clear();
  };
  std::vector<std::pair<const GumboNode*, bool>> stack = {{root, false}};
  while (!stack.empty()) {
    auto [n, leaving] = stack.back();
    stack.pop_back();
    if (n->type == GUMBO_NODE_TEXT) {
      block += n->v.text.text;
      continue;
    }
    if (n->type == GUMBO_NODE_WHITESPACE) {
      block += ' ';
      continue;
    }
    if (n->type != GUMBO_NODE_ELEMENT) {
      continue;
    }
    GumboTag tag = n->v.element.tag;
    if (is_block_tag(tag)) {
      flush();  // entering or leaving a block ends the current paragraph
    }
    if (leaving || (n != root && (is_skipped_tag(tag) || is_chrome_element(n)))) {
      continue;
    }
    stack.push_back({n, true});
    const GumboVector& kids = n->v.element.children;
    for (unsigned i = kids.length; i > 0; --i) {
      stack.push_back({static_cast<const GumboNode*>(kids.data[i - 1]), false});
    }
  }
  flush();
  return out;
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
  PageMeta m = scan_page(doc->root);
  Article a;
  a.id = options.default_id;
  a.origin = options.origin;
  a.title = !m.og_title.empty() ? m.og_title : !m.h1.empty() ? m.h1 : m.html_title;
  a.source = m.source;
  a.url = m.url;
  a.date = parse_iso_date(std::string_view(m.date).substr(0, 10));
  const GumboNode* root = m.article ? m.article : m.main ? m.main : m.body;
  finish_body(root ? body_text(root) : std::string(), a);
  if (a.title.empty() && a.body.empty()) {
    out.problems.push_back("no headline or article text found in the HTML");
    return;
  }
  out.articles.push_back(std::move(a));
}

}  // namespace tonle::parse
