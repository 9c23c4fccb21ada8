// page_header.h — the top of a scraped text page, above the story: the site's name, menus,
// tickers, section labels, the headline among them, the byline and the date line. Used by the
// scraped-page parser (text_page.cc). Pure functions of their arguments; safe from any thread.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "indexer/dates.h"
#include "indexer/parse/page_text.h"

namespace tonle::parse {

// "Tith Kongnov": a line of two to four capitalised words and nothing else, a byline's name.
bool name_only_line(std::string_view line);

// What the header said besides its lines: the site's name from the menu block above the story,
// and which kept paragraphs lost lines (tickers, menus) and so belong to the site's header.
struct HeaderNotes {
  std::string site;
  std::vector<std::string> outlet_hints;  // names printed around the header's date line
  std::vector<bool> trimmed;  // per kept paragraph
};

// The header of a scraped page: the logo line, tickers, image credits and captions go; a date
// line there ("Publication date 18 March 2025 | 19:05 ICT") dates the page (into
// `header_date`), the byline's name and outlet around it go too. The logo line fills `logo`.
std::vector<Paragraph> strip_header_chrome(std::vector<Paragraph> paragraphs, LogoLine* logo,
                                           std::optional<Date>* header_date, HeaderNotes* notes);

// Above the headline: what is left of the site's header once its menus and tickers are gone
// ("The Korea Herald", "LOUD & CLEAR / music · festivals · live"), whose first line names the
// site (into `site` when it is empty), and section labels of one or two words ("Social", "Press
// Freedom"). Both go when a headline-shaped paragraph follows.
void drop_leading_labels(std::vector<Paragraph>& paragraphs, std::vector<bool> trimmed, std::string* site);

// A scraped page's header block — the site's name and tagline, menu items, breadcrumbs, a
// "TRENDING" teaser, then the headline, byline, date, share bar and photo caption — holds the
// headline as its longest headline-shaped line: 4 to 30 words, no "|" menu, no byline, no
// caption, no sentence (a standfirst), no date. The block ends at the lead (a long sentence).
// The names a furniture line prints between its separators ("EAC News | 10 July 2025 | Society"
// → "EAC News", "Society"; "December 2, 2024 · Kiripost · 4 min read" → "Kiripost"): parts of
// four words at most that are no date, byline or reading time and hold no sentence's stops.
std::vector<std::string> line_names(std::string_view line);
// A short line of such names only, with no date ("Radio Free Asia — Khmer Service", "dpa
// international"): beside a header's date line, the outlet's and its desk's names.
bool outlet_line(std::string_view line);

struct HeaderBlock {
  size_t headline = 0;
  std::vector<size_t> furniture;  // after the headline, before the lead: captions, share buttons
};
HeaderBlock read_header(const Paragraph& header);

// "Headline - VOD English" when the header also has "VOD English" on a line of its own (or as the
// outlet): the site's name is no part of the headline.
std::string without_site_suffix(std::string title, const Paragraph& header, const std::string& outlet);

}  // namespace tonle::parse
