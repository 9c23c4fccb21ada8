// page_trailer.cc — what ends a story on a page (is_trailer_heading, drop_trailer, the end marks
// and teaser bullets declared in page_text.h): "Related", "Most read", comments, a teaser list,
// and the "Read more" box a page sets inside a story, which does not end it.
#include <algorithm>
#include <array>

#include "core/text.h"
#include "indexer/parse/page_text.h"

namespace tonle::parse {

namespace {

constexpr auto kTrailerHeadings = std::to_array<std::string_view>({
    "most popular",     "most viewed",     "editor's picks",     "editors' picks",
    "related news",     "related stories", "related articles",   "read more",
    "latest news",      "more news",       "you may also like",  "recommended",
    "most read",        "more from this section", "you might also like", "trending",
    "related posts",    "more stories",    "also in the news",   "popular stories",
    "further reading",  "related topics",  "more on this story", "read next",
    "top stories",      "latest stories",  "read also",          "also read",
    "more topic",       "more topics",     "trending now",       "popular now",
    "don't miss",       "you may have missed", "also worth reading"});

constexpr std::array<std::string_view, 10> kCommentHeadings = {
    "comments", "comment", "reader comments", "leave a reply", "leave a comment", "post a comment",
    "add a comment", "responses", "join the discussion", "comments are closed"};

constexpr std::string_view kBullet = "\xE2\x80\xA2";  // U+2022 BULLET

// "About CPFN", "**About the Mekong Rights Network**": a release's boilerplate about its
// publisher follows; "About 2,000 workers walked out", "About half of them" are story.
bool about_heading(std::string_view line) {
  while (line.starts_with('*')) {
    line.remove_prefix(1);
  }
  while (line.ends_with('*')) {
    line.remove_suffix(1);
  }
  line = trim(line);
  if (!starts_with_ci(line, "about ") || line.size() > 64 || words_in(line) > 6 ||
      std::any_of(line.begin(), line.end(), [](char c) { return (c >= '0' && c <= '9') || c == '|'; })) {
    return false;
  }
  std::string_view name = trim(line.substr(6));
  if (name.starts_with("the ")) {
    name = trim(name.substr(4));
  }
  return !name.empty() && name[0] >= 'A' && name[0] <= 'Z' && !name.ends_with('.');
}

}  // namespace

bool is_trailer_heading(std::string_view line) {
  line = trim(line);
  if (about_heading(line)) {
    return true;
  }
  if (line.size() > 32) {
    return false;  // headings are short; most paragraphs are not
  }
  std::string lower = to_lower_ascii(line);
  while (!lower.empty() && (lower.back() == ':' || lower.back() == '.')) {
    lower.pop_back();
  }
  for (std::string_view heading : kTrailerHeadings) {
    if (lower == heading) {
      return true;
    }
  }
  // A press release's or a wire's end mark: what follows is notes to editors and contacts.
  if (line == "ENDS" || line == "-ENDS-" || line == "- ENDS -" || line == "***ENDS***" ||
      line == "/ENDS/" || lower == "enditem" || line == "(END)" || line == "[END]") {
    return true;
  }
  // "Related publications", "Related reports", "Media contacts".
  size_t words = words_in(lower);
  // "MORE FROM CAMBODIA", "More from Business", "ALSO ON BERLIN BRIEF": other stories follow.
  // "More racing news", "More news": a list of other stories.
  if ((lower.starts_with("more ") && lower.ends_with(" news") && words <= 4) || lower == "more news") {
    return true;
  }
  // "More in Elections": other stories of the section.
  if (lower.starts_with("more in ") && words <= 4) {
    return true;
  }
  if (lower == "related" || (lower.starts_with("related ") && words <= 3) ||
      ((lower.starts_with("more from ") || lower.starts_with("also on ")) && words <= 5) ||
      lower == "media contacts" ||
      lower == "media contact" || lower == "press contacts" || lower == "contacts") {
    return true;
  }
  // The comments under a story: "Comments (2)", "3 comments", "Leave a Reply".
  std::string bare;
  for (char c : lower) {
    if (!(c >= '0' && c <= '9') && c != '(' && c != ')') {
      bare += c;
    }
  }
  std::string_view b = trim(bare);
  for (std::string_view heading : kCommentHeadings) {
    if (b == heading) {
      return true;
    }
  }
  return false;
}

std::string_view without_end_mark(std::string_view text) {
  std::string_view t = trim(text);
  for (std::string_view mark : {"Enditem", "ENDITEM", "(END)", "-ENDS-", "- ENDS -", "[END]"}) {
    if (t.ends_with(mark) && (t.size() == mark.size() || t[t.size() - mark.size() - 1] == ' ')) {
      return trim(t.substr(0, t.size() - mark.size()));
    }
  }
  return text;
}

bool is_bullet_line(std::string_view line) {
  // "• Headline", and the guillemet or arrow some sites set before a teaser ("» Headline").
  line = trim(line);
  return line.starts_with(kBullet) || line.starts_with("\xC2\xBB ") || line.starts_with("\xE2\x86\x92 ");
}

namespace {

// "Read more", "Read next", "Related": headings a page also sets inside a story, over one teaser
// link, before the story goes on.
bool is_inline_box_heading(std::string_view line) {
  std::string lower = to_lower_ascii(trim(line));
  while (!lower.empty() && (lower.back() == ':' || lower.back() == '.')) {
    lower.pop_back();
  }
  for (std::string_view h : {"read more", "read next", "read also", "also read", "see also", "related",
                             "related news", "related stories", "related articles", "related story",
                             "related article", "recommended", "don't miss"}) {
    if (lower == h) {
      return true;
    }
  }
  return false;
}

bool ends_sentence(std::string_view line) {
  line = trim(line);
  return line.ends_with('.') || line.ends_with('!') || line.ends_with('?') || line.ends_with('"') ||
         line.ends_with("\xE2\x80\x9D");  // U+201D
}

// The story goes on after paragraph `from`: the next two paragraphs are prose (a first line of
// twelve words or more, a sentence's end, no heading). A list of teasers under a heading at the
// end of a page alternates headlines and blurbs, and its headlines end no sentence.
bool story_goes_on(const std::vector<Paragraph>& paragraphs, size_t from) {
  size_t prose = 0;
  for (size_t k = from; k < paragraphs.size() && prose < 2; ++k) {
    const Paragraph& p = paragraphs[k];
    bool heading = std::any_of(p.begin(), p.end(), [](std::string_view l) { return is_trailer_heading(l); });
    if (heading || words_in(p.front()) < 12 || !ends_sentence(p.back())) {
      return false;
    }
    ++prose;
  }
  return prose == 2;
}

// A teaser link's title: one short line that ends no sentence.
bool teaser_line(const Paragraph& p) {
  return p.size() == 1 && words_in(p.front()) <= 20 && !ends_sentence(p.front());
}

// "More baseball" over lines of headlines (none ends a sentence), in one block: a section's
// other stories. A subheading over sentences, or over one line, is the story's own.
bool is_more_box(const Paragraph& p) {
  if (p.size() < 3) {
    return false;
  }
  std::string_view head = trim(p.front());
  if (head.ends_with(':')) {
    head.remove_suffix(1);
  }
  if (!starts_with_ci(head, "more ") || words_in(head) > 3 || ends_sentence(head)) {
    return false;
  }
  return std::all_of(p.begin() + 1, p.end(),
                     [](std::string_view l) { return words_in(l) <= 20 && !ends_sentence(l); });
}

}  // namespace

void drop_trailer(std::vector<Paragraph>& paragraphs) {
  // The heading may open a paragraph or stand on a line inside one, where a page's last block
  // runs tags, "Related" and its teasers together without blank lines. Only after the story has
  // begun (a paragraph ending a sentence): above it, "0 comments" or "Trending" is a line of the
  // page's header, and the story is still to come.
  bool story_begun = false;
  for (size_t i = 0; i < paragraphs.size(); ++i) {
    Paragraph& p = paragraphs[i];
    if (story_begun && is_more_box(p)) {
      if (!story_goes_on(paragraphs, i + 1)) {
        paragraphs.resize(i);
        return;
      }
      paragraphs.erase(paragraphs.begin() + static_cast<std::ptrdiff_t>(i));
      --i;
      continue;
    }
    auto heading = std::find_if(p.begin(), p.end(), [](std::string_view l) { return is_trailer_heading(l); });
    // A page scraped without blank lines is one block: the story has begun inside it when a
    // line of prose (twelve words or more, ending a sentence) stands above the heading.
    bool prose_above = std::any_of(p.begin(), heading, [](std::string_view l) {
      return words_in(l) >= 12 && ends_sentence(l);
    });
    if (heading != p.end() && !story_begun && !prose_above) {
      p.erase(heading);
      if (p.empty()) {
        paragraphs.erase(paragraphs.begin() + static_cast<std::ptrdiff_t>(i));
      }
      --i;
      continue;
    }
    // "READ MORE / Garment workers rally for higher pay" inside the story: the box goes, with
    // the teaser under it (in its paragraph or the next), and the story goes on.
    if (heading != p.end() && story_begun && is_inline_box_heading(*heading) && heading + 2 >= p.end()) {
      bool teaser_apart = heading + 1 == p.end() && i + 1 < paragraphs.size() && teaser_line(paragraphs[i + 1]);
      size_t after = i + 1 + (teaser_apart ? 1 : 0);
      if (story_goes_on(paragraphs, after)) {
        p.erase(heading, p.end());
        size_t first = p.empty() ? i : i + 1;
        paragraphs.erase(paragraphs.begin() + static_cast<std::ptrdiff_t>(first),
                         paragraphs.begin() + static_cast<std::ptrdiff_t>(after));
        i = first - 1;
        continue;
      }
    }
    if (heading != p.end()) {
      p.erase(heading, p.end());
      paragraphs.resize(p.empty() ? i : i + 1);
      return;
    }
    story_begun = story_begun || (!p.empty() && ends_sentence(p.back()));
  }
  // A teaser list: from the first bullet on, only bullets and indented blurbs.
  for (size_t i = 0; i < paragraphs.size(); ++i) {
    if (!is_bullet_line(paragraphs[i][0])) {
      continue;
    }
    bool all_teaser = true;
    for (size_t k = i; k < paragraphs.size() && all_teaser; ++k) {
      std::string_view first = paragraphs[k][0];
      all_teaser = is_bullet_line(first) || first.starts_with(' ') || first.starts_with('\t');
    }
    if (all_teaser) {
      paragraphs.resize(i);
      return;
    }
  }
}


}  // namespace tonle::parse
