// html_dom.cc — see html_dom.h.
#include "indexer/parse/html_dom.h"

#include <cctype>

#include "core/text.h"

namespace tonle::parse::html {

const char* attr(const GumboNode* n, const char* name) {
  if (n == nullptr || n->type != GUMBO_NODE_ELEMENT) {
    return nullptr;
  }
  const GumboAttribute* a = gumbo_get_attribute(&n->v.element.attributes, name);
  return a ? a->value : nullptr;
}

std::vector<const GumboNode*> children(const GumboNode* n) {
  std::vector<const GumboNode*> out;
  if (n != nullptr && n->type == GUMBO_NODE_ELEMENT) {
    const GumboVector& kids = n->v.element.children;
    for (unsigned i = 0; i < kids.length; ++i) {
      out.push_back(static_cast<const GumboNode*>(kids.data[i]));
    }
  }
  return out;
}

std::string text_of(const GumboNode* root) {
  std::string out;
  walk(root, [&](const GumboNode* n) {
    if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_WHITESPACE) {
      out += n->v.text.text;
    } else if (n->type == GUMBO_NODE_ELEMENT) {
      GumboTag tag = n->v.element.tag;
      if (tag == GUMBO_TAG_SCRIPT || tag == GUMBO_TAG_STYLE || tag == GUMBO_TAG_TEMPLATE) {
        return false;
      }
      out += ' ';
    }
    return true;
  });
  return collapse_spaces(out);
}

std::vector<std::string> name_words(const GumboNode* n) {
  std::vector<std::string> words;
  for (const char* name : {"class", "id", "data-testid", "data-component"}) {
    const char* v = attr(n, name);
    if (v == nullptr) {
      continue;
    }
    std::string word;
    char prev = ' ';
    auto flush = [&] {
      if (!word.empty()) {
        words.push_back(to_lower_ascii(word));
        word.clear();
      }
    };
    for (const char* p = v; *p != '\0'; ++p) {
      char c = *p;
      if (!std::isalnum(static_cast<unsigned char>(c))) {
        flush();
      } else {
        if (std::isupper(static_cast<unsigned char>(c)) &&
            std::islower(static_cast<unsigned char>(prev))) {
          flush();  // a camel-case hump: "ArticleBody" → article, body
        }
        word += c;
      }
      prev = c;
    }
    flush();
  }
  return words;
}

}  // namespace tonle::parse::html
