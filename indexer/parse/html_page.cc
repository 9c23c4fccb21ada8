// html_page.cc — HTML article pages, parsed with gumbo (the HTML5 parsing algorithm). The
// headline, date, outlet and URL come from the page's structured metadata (html_meta.h); the
// story from the elements whose paragraphs carry the most text (html_story.h), furniture left
// out (html_furniture.h). The shared text rules (finish_body) then drop the furniture that only
// its words betray ("Read more: …", "4 min read", bylines). Absurdly deep markup is refused
// before parsing; every walk is iterative.
#include <gumbo.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <climits>
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
#include "indexer/parse/html_story.h"
#include "indexer/parse/page_text.h"

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
void date_near_story(const std::vector<html::DateLine>& lines, const std::vector<const GumboNode*>& roots,
                     Article& a) {
  // The story's span runs from its first part to the end of its last (a table page's headline
  // row, date row and text cell are parts of one story).
  unsigned start = UINT_MAX, end = 0;
  for (const GumboNode* r : roots) {
    if (r->type == GUMBO_NODE_ELEMENT) {
      start = std::min(start, r->v.element.start_pos.offset);
      end = std::max(end, r->v.element.end_pos.offset);
    }
  }
  if (lines.empty() || start == UINT_MAX) {
    return;
  }
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
  std::vector<const GumboNode*> roots = html::story_roots(find_body(doc->root));
  const GumboNode* root = roots.front();
  std::string text;
  for (const GumboNode* r : roots) {
    text += html::body_text(r);
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
  // The headline read from a heading inside the story ("<h2 class=title>") is not its first paragraph.
  if (!a.title.empty() && a.body.starts_with(a.title) &&
      (a.body.size() == a.title.size() || a.body.compare(a.title.size(), 2, "\n\n") == 0)) {
    a.body.erase(0, std::min(a.body.size(), a.title.size() + 2));
  }
  if (!a.date) {
    date_near_story(m.date_lines, roots, a);
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
