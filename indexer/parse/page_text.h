// page_text.h — the rules that tell article text from site chrome in scraped text pages:
// headline tickers, logo and image lines, photo captions, repeated titles, "Related News"
// trailers and teaser lists (datelines: dateline.h). Used by every text-based format (scraped pages,
// plain text, JSON Lines bodies) so the same chrome is removed whatever the container.
// Implemented in page_text.cc, chrome_lines.cc (is_chrome_line) and credits.cc.
// Pure functions over string views; safe from any thread.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "indexer/parse/credits.h"  // bylines, captions and credit notes, part of the chrome rules

namespace tonle::parse {

// A paragraph: the raw lines of a block of text between blank lines. Khmer is not wrapped at a
// width, so a line mostly in Khmer that ends with a full stop (។ ៕ ! ?) also ends its paragraph.
using Paragraph = std::vector<std::string_view>;

std::vector<Paragraph> split_paragraphs(std::string_view text);
// The paragraph's lines joined by single spaces, white space collapsed.
std::string paragraph_text(const Paragraph& p);
// Words in a line: runs of characters between spaces and tabs.
size_t words_in(std::string_view line);

// "A | B | C |": a navigation ticker of other stories' headlines.
bool is_ticker_line(std::string_view line);
// "Logo of …", "Content image - …", "Image: …", "Photo: …", "Advertisement" …
bool is_chrome_line(std::string_view line);
// "Published 3 days ago": a page's relative date, never story text.
bool is_relative_date(std::string_view line);
// "Related News", "Related Stories", "Read more", "Latest News", … — everything after is trailer.
bool is_trailer_heading(std::string_view line);
// "EAC News - English Edition | Home | Politics | ...": the outlet a menu line opens with, or "".
std::string menu_line_outlet(std::string_view line);
// The agency a wire sign-off names ("-- BERNAMA", "— AFP", "==Kyodo"), or "".
std::string sign_off_agency(std::string_view line);
// Desk initials closing wire copy: "bur-ptr/ser".
bool is_desk_initials(std::string_view line);
// The story's closing mark from a wire desk at the end of its last paragraph: "… market. Enditem",
// "(END)", "-ENDS-". Returns `text` without it.
std::string_view without_end_mark(std::string_view text);
// "  • Headline" — an item of a teaser list.
bool is_bullet_line(std::string_view line);

// "Logo of Phnom Penh Post newspaper Phnom Penh Post - Title": the outlet and headline a
// Phnom Penh Post style page puts in its logo line. Empty strings when the line is not one.
struct LogoLine {
  std::string outlet;
  std::string title;
};
LogoLine parse_logo_line(std::string_view line);

// Cuts a trailing "Related News" block or teaser list (bullets with indented blurbs) off a page.
void drop_trailer(std::vector<Paragraph>& paragraphs);

}  // namespace tonle::parse
