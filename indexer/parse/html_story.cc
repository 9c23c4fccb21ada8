// html_story.cc — see html_story.h.
#include "indexer/parse/html_story.h"

#include <algorithm>
#include <string>
#include <string_view>
#include <tuple>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#include "core/text.h"
#include "indexer/parse/html_dom.h"
#include "indexer/parse/html_furniture.h"

namespace tonle::parse::html {

namespace {

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

// An element that holds one short heading and nothing else (a page builder's heading widget).
bool only_a_heading(const GumboNode* n) {
  const GumboNode* heading = nullptr;
  html::walk(n, [&](const GumboNode* x) {
    if (x->type == GUMBO_NODE_ELEMENT) {
      GumboTag t = x->v.element.tag;
      if ((t == GUMBO_TAG_H2 || t == GUMBO_TAG_H3 || t == GUMBO_TAG_H4) && heading == nullptr) {
        heading = x;
      }
    }
    return true;
  });
  return heading != nullptr && html::text_of(heading).size() <= 120 &&
         html::text_of(n).size() == html::text_of(heading).size();
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

}  // namespace

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
  // Siblings that hold the story's text, and the headings between them ("Key findings").
  std::vector<const GumboNode*> kids = html::children(parent);
  std::vector<int> keep(kids.size(), 0);  // 1: story text, 2: a heading that may sit between
  for (size_t k = 0; k < kids.size(); ++k) {
    const GumboNode* kid = kids[k];
    if (kid == story) {
      keep[k] = 1;
    } else if (kid->type == GUMBO_NODE_ELEMENT && !skipped(kid, body, true)) {
      keep[k] = best_score_within(kid, score, 3) >= threshold ? 1 : only_a_heading(kid) ? 2 : 0;
    }
  }
  std::vector<const GumboNode*> roots;
  for (size_t k = 0; k < kids.size(); ++k) {
    bool before = std::any_of(keep.begin(), keep.begin() + static_cast<std::ptrdiff_t>(k), [](int v) { return v == 1; });
    bool after = std::any_of(keep.begin() + static_cast<std::ptrdiff_t>(k) + 1, keep.end(), [](int v) { return v == 1; });
    if (keep[k] == 1 || (keep[k] == 2 && before && after)) {
      roots.push_back(kids[k] == story ? best : kids[k]);
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

}  // namespace tonle::parse::html
