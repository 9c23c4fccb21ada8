// text_page.cc — parsers for scraped text pages (ticker and Phnom Penh Post layouts) and plain
// text with optional front matter.
#include <algorithm>
#include <array>
#include <cctype>
#include <string>

#include "core/text.h"
#include "indexer/dates.h"
#include "indexer/parse/article_parser.h"
#include "indexer/parse/dateline.h"
#include "indexer/parse/front_matter.h"
#include "indexer/parse/page_header.h"
#include "indexer/parse/page_text.h"

namespace tonle::parse {

namespace {

bool take_date_line(const Paragraph& p, Article& article);

// "ANDES WIRE" in the logo, "Get the Andes Wire morning note" in the text: a site's name set in
// capitals in its header is given as the text writes it, so one outlet is one facet value
// whichever page of it was read.
std::string as_written(std::string name, std::string_view text) {
  bool capitals = std::none_of(name.begin(), name.end(), [](unsigned char c) { return std::islower(c); });
  if (!capitals || name.size() < 4) {
    return name;
  }
  for (size_t at = 0; at + name.size() <= text.size(); ++at) {
    std::string_view here = text.substr(at, name.size());
    bool word_edges = (at == 0 || !std::isalnum(static_cast<unsigned char>(text[at - 1]))) &&
                      (at + name.size() == text.size() ||
                       !std::isalnum(static_cast<unsigned char>(text[at + name.size()])));
    if (word_edges && starts_with_ci(here, name) &&
        std::any_of(here.begin(), here.end(), [](unsigned char c) { return std::islower(c); })) {
      return std::string(here);
    }
  }
  return name;
}

// "Phnom Penh Post / Search / Subscribe / National / ... / Headline": a page's header block opens
// with the site's name, before its menu: the first line not set in capitals ("LIVE SCORES" is a
// button), when it is name-shaped and not the section right over the headline. (Further down the
// menu, "Siem Reap" is a section.)
std::string header_site_name(const Paragraph& header, size_t headline) {
  for (size_t i = 0; i + 1 < headline; ++i) {
    std::string_view line = trim(header[i]);
    bool capitals = std::none_of(line.begin(), line.end(), [](unsigned char c) { return std::islower(c); });
    if (!capitals) {
      return name_only_line(line) ? std::string(line) : std::string();
    }
  }
  return "";
}

}  // namespace

void parse_text_page(std::string_view text, Format format, const ParseOptions& options,
                     ParseOutcome& out) {
  Article a;
  a.id = options.default_id;
  a.origin = options.origin;
  FrontMatter fm = format == Format::kPlainText ? read_front_matter(text) : FrontMatter{};
  text.remove_prefix(fm.length);

  LogoLine logo;
  std::optional<Date> header_date;
  HeaderNotes notes;
  std::vector<Paragraph> paragraphs = strip_header_chrome(split_paragraphs(text), &logo, &header_date, &notes);
  if (fm.title.empty() && logo.title.empty()) {
    drop_leading_labels(paragraphs, notes.trimmed, &notes.site);
  }
  a.source = !fm.source.empty() ? fm.source : !logo.outlet.empty() ? logo.outlet : as_written(notes.site, text);
  // Read before the trailer is cut, and only when nothing above named the outlet.
  std::string copyright = a.source.empty() ? copyright_holder(text) : std::string();
  a.url = fm.url;
  a.date = parse_date_text(fm.date);
  a.date_basis = a.date ? "front matter" : "";
  if (!a.date && header_date) {
    a.date = header_date;
    a.date_basis = "date line";
  }
  if (!fm.date.empty() && !a.date) {
    out.problems.push_back("front matter date \"" + fm.date +
                           "\" is not a date (use YYYY-MM-DD or ISO 8601); ignored");
  }

  std::string header_site;  // the outlet when nothing more telling names it (a dateline's agency)
  // The headline: front matter, the logo line, or the first paragraph's first line.
  a.title = !fm.title.empty() ? fm.title : logo.title;
  if (a.title.empty() && !paragraphs.empty()) {
    Paragraph& header = paragraphs.front();
    // ("Local / Health Ministry Warns of ...": a section's label over the headline is a block too.)
    bool labelled = header.size() == 2 && words_in(header[0]) <= 2;
    HeaderBlock block = header.size() >= 3 || labelled ? read_header(header) : HeaderBlock{};
    a.title = without_site_suffix(collapse_spaces(header[block.headline]), header, a.source);
    if (a.source.empty() && block.headline >= 4) {
      header_site = header_site_name(header, block.headline);
    }
    for (auto c = block.furniture.rbegin(); c != block.furniture.rend(); ++c) {
      header.erase(header.begin() + static_cast<std::ptrdiff_t>(*c));
    }
    header.erase(header.begin(), header.begin() + static_cast<std::ptrdiff_t>(block.headline) + 1);
    if (paragraphs.front().empty()) {
      paragraphs.erase(paragraphs.begin());
    }
  }
  // Repeated titles are chrome.
  std::erase_if(paragraphs, [&](const Paragraph& p) { return paragraph_text(p) == a.title; });
  // A byline block under the headline ("Sam Pich / The Hill Post / March 2, 2026"), read while its
  // lines are still lines.
  for (size_t i = 0; i < paragraphs.size() && i < 3;) {
    if (paragraphs[i].size() > 1 && take_date_line(paragraphs[i], a)) {
      paragraphs.erase(paragraphs.begin() + static_cast<std::ptrdiff_t>(i));
    } else {
      ++i;
    }
  }
  drop_trailer(paragraphs);

  std::string raw_body;
  for (const Paragraph& p : paragraphs) {
    raw_body += paragraph_text(p);
    raw_body += "\n\n";
  }
  finish_body(raw_body, a);
  if (a.source.empty()) {
    a.source = !header_site.empty() ? header_site : copyright;  // "Copyright © 2025 EAC News. ..."
  }
  if (a.source.empty()) {
    a.source_hints = std::move(notes.outlet_hints);
  }
  if (a.title.empty() && a.body.empty()) {
    out.problems.push_back("no headline or text found");
    return;
  }
  out.articles.push_back(std::move(a));
}

namespace {

// "Sophea R. Lim is a doctoral researcher in labour studies.", "Miriam Okafor is chief critic of
// The Stalls. Follow her on Bluesky.": the author's note that ends a story: a short paragraph
// that opens with a person's name and "is", and names a writer's trade. ("The Supreme Court is
// the last avenue of appeal." is the story's last word, not a note.)
bool is_author_bio(std::string_view line) {
  line = trim(line);
  while (!line.empty() && (line.front() == '*' || line.front() == '_')) {  // Markdown emphasis
    line.remove_prefix(1);
  }
  if (words_in(line) > 30) {
    return false;
  }
  std::vector<std::string> w = split(line, ' ');
  static constexpr std::array<std::string_view, 12> kNotNames = {
      "The", "This", "That", "These", "Those", "It", "A", "An", "Our", "Its", "His", "Her"};
  if (w.empty() || std::find(kNotNames.begin(), kNotNames.end(), w.front()) != kNotNames.end()) {
    return false;
  }
  size_t names = 0;
  while (names < w.size() && names < 5 && !w[names].empty() &&
         (std::isupper(static_cast<unsigned char>(w[names][0])) || static_cast<unsigned char>(w[names][0]) >= 0x80)) {
    ++names;
  }
  if (names < 2 || names + 2 >= w.size() || w[names] != "is") {
    return false;
  }
  static constexpr std::array<std::string_view, 19> kTrades = {
      "author", "writer", "journalist", "reporter", "correspondent", "editor", "columnist",
      "critic", "researcher", "analyst", "professor", "lecturer", "fellow", "scholar",
      "contributor", "photographer", "freelance", "candidate", "student"};
  for (size_t k = names + 1; k < w.size(); ++k) {
    std::string word = to_lower_ascii(w[k]);
    while (!word.empty() && !std::isalpha(static_cast<unsigned char>(word.back()))) {
      word.pop_back();
    }
    if (std::find(kTrades.begin(), kTrades.end(), word) != kTrades.end() || word == "follow") {
      return true;
    }
  }
  return false;
}

// A one-line paragraph near either end of the story that is only a date ("Published: 3 Nov
// 2022 | 17:40"), or the author's name over it, is furniture that carries the publication date:
// taken, then dropped.
// The lines around it may be the author's name, the outlet's, a credit or a reading time, in
// any order: "Lay Sopheaktra / Khmer Times / February 3, 2025", "Wednesday, 09 April 2025 - 14:20
// / Written by: Phoung Sreynet / Reading time: 4 minutes".
bool take_date_line(const Paragraph& p, Article& article) {
  if (p.empty() || p.size() > 4) {
    return false;
  }
  // Every line of such a block is short; a story paragraph is not (checked first: it is cheap).
  if (std::any_of(p.begin(), p.end(), [](std::string_view line) { return utf8_length(line) > 80; })) {
    return false;
  }
  std::optional<Date> d;
  for (std::string_view line : p) {
    if (!d) {
      if ((d = date_line(line))) {
        continue;
      }
    }
    if (!name_only_line(line) && !is_byline(line) && !is_reading_time(line)) {
      return false;
    }
  }
  if (!d) {
    return false;
  }
  if (!article.date) {
    article.date = d;
    article.date_basis = "date line";
  }
  return true;
}

}  // namespace

void finish_body(std::string_view raw_body, Article& article) {
  std::vector<Paragraph> paragraphs = split_paragraphs(raw_body);
  std::erase_if(paragraphs, [&](const Paragraph& p) {
    bool chrome = is_ticker_line(p.front()) || (p.size() == 1 && is_chrome_line(p.front()));
    if (chrome && p.size() == 1 && article.source.empty() && is_byline(p.front())) {
      article.source = byline_outlet(p.front());  // "By X | Capitol Report"
    }
    if (chrome && p.size() == 1 && article.source.empty()) {
      article.source = sign_off_agency(p.front());  // "==Kyodo"
    }
    if (chrome && p.size() == 1 && !article.date && p.front().size() <= 200) {
      // "October 21, 2025 | By Mean Sokleng | 5 min read": furniture that dates the page.
      if (std::optional<Date> d = date_line(p.front())) {
        article.date = d;
        article.date_basis = "date line";
      }
    }
    return chrome;
  });
  drop_trailer(paragraphs);
  constexpr size_t kEdge = 3;  // date lines are looked for this many paragraphs from either end
  for (size_t i = 0; i < paragraphs.size();) {
    bool edge = i < kEdge || i + kEdge >= paragraphs.size();
    bool last_two = i + 2 >= paragraphs.size() && paragraphs.size() > 2;
    if ((edge && take_date_line(paragraphs[i], article)) ||
        (last_two && paragraphs[i].size() == 1 && is_author_bio(paragraphs[i].front()))) {
      paragraphs.erase(paragraphs.begin() + static_cast<std::ptrdiff_t>(i));
    } else {
      ++i;
    }
  }
  std::string body;
  for (size_t i = 0; i < paragraphs.size(); ++i) {
    std::string text = paragraph_text(paragraphs[i]);
    if (i + 1 == paragraphs.size()) {
      text = std::string(without_end_mark(text));  // "… export market. Enditem"
    }
    if (i == 0) {
      Dateline d = find_dateline(text);
      if (d.length > 0) {
        article.dateline = d.region.empty() ? d.place : d.place + ", " + d.region;
        if (std::optional<Date> date = parse_date_text(text.substr(0, d.length));
            date && !article.date) {
          article.date = date;  // "PHNOM PENH, Dec 22, 2023 (Xinhua) --"
          article.date_basis = "dateline";
        } else if (!date) {
          article.dateline_day = d.day;  // "WASHINGTON, March 2 -": the day, its year unsaid
        }
        text.erase(0, d.length);
        if (article.source.empty() && !d.agency.empty()) {
          article.source = d.agency;  // resolved to the outlet's full name by the gazetteer
        }
      }
    }
    if (text.empty()) {
      continue;
    }
    if (!body.empty()) {
      body += "\n\n";
    }
    body += text;
  }
  article.body = std::move(body);
}

}  // namespace tonle::parse
