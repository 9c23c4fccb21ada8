// html_dom.h — small read-only helpers over a gumbo parse tree shared by the HTML metadata reader
// (html_meta.cc) and the article-body extractor (html_page.cc): attributes, text content, the
// words of class and id names, and an iterative pre-order walk (deep markup cannot overflow the
// stack). The tree is owned by the caller's GumboOutput; nothing here allocates nodes.
// Pure functions; safe from any thread for distinct trees.
#pragma once

#include <gumbo.h>

#include <string>
#include <string_view>
#include <vector>

namespace tonle::parse::html {

// The attribute's value, or nullptr when the node is no element or lacks it.
const char* attr(const GumboNode* n, const char* name);
// The children of an element (empty for other nodes).
std::vector<const GumboNode*> children(const GumboNode* n);
// All text under `root`, white space collapsed.
std::string text_of(const GumboNode* root);
// The words of an element's class, id, data-testid and data-component attributes, lower case, split at punctuation and at
// camel-case humps: "ArticleBody_content__x2Yz post-meta" → article body content x2yz post meta.
std::vector<std::string> name_words(const GumboNode* n);

// Calls visit(node) for every node under root in document order; when visit returns false the
// node's subtree is skipped.
template <class Visit>
void walk(const GumboNode* root, Visit visit) {
  std::vector<const GumboNode*> stack = {root};
  while (!stack.empty()) {
    const GumboNode* n = stack.back();
    stack.pop_back();
    if (!visit(n) || n->type != GUMBO_NODE_ELEMENT) {
      continue;
    }
    const GumboVector& kids = n->v.element.children;
    for (unsigned i = kids.length; i > 0; --i) {
      stack.push_back(static_cast<const GumboNode*>(kids.data[i - 1]));
    }
  }
}

}  // namespace tonle::parse::html
