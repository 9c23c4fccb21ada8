// html_meta.h — what an HTML news page says about itself, read from structured metadata before
// any text: schema.org JSON-LD (NewsArticle and its kin, also inside @graph), Open Graph and
// article meta tags, Dublin Core and other CMS date tags, <time datetime>, the canonical link,
// the headline (site-name suffixes cleaned off) and the outlet. Pure over a parse tree owned by
// the caller; safe from any thread for distinct trees.
#pragma once

#include <gumbo.h>

#include <optional>
#include <string>
#include <vector>

#include "core/article.h"

namespace tonle::parse::html {

// A line of the page that is only a date ("Tuesday, January 14, 2025 at 10:20 AM"), in an
// element no class name marks as a date; which one dates the story depends on where the story is.
struct DateLine {
  unsigned at = 0;  // byte offset of its element in the page
  Date date;
};

struct PageMeta {
  std::string title;       // the headline, site name removed
  std::string source;      // the outlet ("" if the page does not say)
  std::string url;         // canonical URL
  std::optional<Date> date;
  std::string date_basis;  // "JSON-LD datePublished", "meta article:published_time", ...
  std::string body;        // JSON-LD articleBody, a fallback when the markup holds no text
  std::string standfirst;  // the summary under the headline ("documentDescription", "excerpt")
  unsigned standfirst_at = 0;  // its byte offset in the page
  std::vector<DateLine> date_lines;  // when `date` is unset: candidates, in page order
};

PageMeta read_page_meta(const GumboNode* root);

// "Court jails activist - Khmer Times" → "Court jails activist" when "Khmer Times" is the site
// (or a prefix form "Khmer Times | Court jails activist"); otherwise the title unchanged.
std::string strip_site_name(std::string_view title, std::string_view site);

}  // namespace tonle::parse::html
