// article_parser.cc — format sniffing, input sanity checks, dispatch to the format parsers, and
// what every format shares after them (the outlet's note about itself).
#include "indexer/parse/article_parser.h"

#include <algorithm>
#include <string>

#include "core/text.h"
#include "indexer/parse/page_text.h"
#include "indexer/parse/pull_quotes.h"

namespace tonle::parse {

namespace {

std::string extension_of(std::string_view path) {
  size_t slash = path.find_last_of('/');
  std::string_view name = slash == path.npos ? path : path.substr(slash + 1);
  size_t dot = name.find_last_of('.');
  return dot == name.npos || dot == 0 ? std::string() : to_lower_ascii(name.substr(dot + 1));
}

std::string_view first_nonblank_line(std::string_view bytes) {
  for (std::string_view line : split_lines(bytes.substr(0, 64 * 1024))) {
    if (!trim(line).empty()) {
      return trim(line);
    }
  }
  return {};
}

bool looks_like_html(std::string_view bytes) {
  std::string head = to_lower_ascii(trim(bytes.substr(0, 512)));
  return head.starts_with("<!doctype html") || head.starts_with("<html") ||
         head.starts_with("<?xml") || head.starts_with("<head") || head.starts_with("<!--");
}

}  // namespace

std::string_view format_name(Format f) {
  switch (f) {
    case Format::kTickerPage: return "ticker page";
    case Format::kPostPage: return "Phnom Penh Post page";
    case Format::kPlainText: return "plain text";
    case Format::kJsonLines: return "JSON Lines";
    case Format::kHtml: return "HTML";
  }
  return "unknown";
}

Format sniff_format(std::string_view path, std::string_view bytes) {
  std::string ext = extension_of(path);
  if (ext == "jsonl" || ext == "ndjson") {
    return Format::kJsonLines;
  }
  if (ext == "html" || ext == "htm" || ext == "xhtml" || looks_like_html(bytes)) {
    return Format::kHtml;
  }
  std::string_view first = first_nonblank_line(bytes);
  if (!parse_logo_line(first).title.empty()) {
    return Format::kPostPage;
  }
  if (is_ticker_line(first)) {
    return Format::kTickerPage;
  }
  if (ext == "json" && first.starts_with('{')) {
    return Format::kJsonLines;
  }
  return Format::kPlainText;
}

namespace {

// A name compared without case and a leading "The".
std::string plain_name(std::string_view name) {
  std::string lower = to_lower_ascii(trim(name));
  return lower.starts_with("the ") ? lower.substr(4) : lower;
}

// "Jakarta Lens is an independent newsletter on Indonesian politics. Forward this to a friend",
// "*CamboJA News is published by the ... Association.*": the outlet's note about itself at the
// story's end is furniture, whatever the format. Only closing paragraphs, short ones, that open
// with the outlet's own name and say what it is ("is a", "is published", "was founded"): a
// wire's "Reuters was unable to verify the claims." is story.
void drop_publisher_notes(Article& a) {
  std::string name = plain_name(a.source);
  if (name.size() < 3) {
    return;
  }
  for (;;) {
    size_t start = a.body.rfind("\n\n");
    if (start == std::string::npos) {
      return;  // the story's only paragraph is the story
    }
    std::string_view last = std::string_view(a.body).substr(start + 2);
    std::string_view text = last;
    while (!text.empty() && (text.front() == '*' || text.front() == '_')) {
      text.remove_prefix(1);  // Markdown emphasis
    }
    std::string head = plain_name(text.substr(0, std::min(text.size(), name.size() + 20)));
    bool about_itself = false;
    for (std::string_view says : {" is a ", " is an ", " is published", " is produced", " is supported",
                                  " is funded", " is owned", " is edited", " is written", " is free", " was founded"}) {
      about_itself = about_itself || head.starts_with(name + std::string(says));
    }
    if (!about_itself || last.size() > 300) {
      return;
    }
    a.body.erase(start);
  }
}

}  // namespace

ParseOutcome parse_article_file(std::string_view path, std::string_view bytes,
                                const ParseOptions& options) {
  ParseOutcome out;
  if (trim(bytes).empty()) {
    out.problems.push_back(bytes.empty() ? "empty file" : "file holds only white space");
    return out;
  }
  if (bytes.find('\0') != std::string_view::npos) {
    out.problems.push_back("binary file (contains NUL bytes)");
    return out;
  }
  if (size_t bad = first_invalid_utf8(bytes); bad != std::string_view::npos) {
    out.problems.push_back("not UTF-8 (ill-formed byte sequence at offset " +
                           std::to_string(bad) + ")");
    return out;
  }
  if (bytes.starts_with("\xEF\xBB\xBF")) {
    bytes.remove_prefix(3);  // UTF-8 byte order mark
  }
  out.format = sniff_format(path, bytes);
  switch (out.format) {
    case Format::kJsonLines:
      parse_json_lines(bytes, options, out);
      break;
    case Format::kHtml:
      parse_html_page(bytes, options, out);
      break;
    default:
      parse_text_page(bytes, out.format, options, out);
      break;
  }
  for (Article& a : out.articles) {
    drop_publisher_notes(a);
    drop_pull_quotes(a.body, out.format == Format::kHtml);
  }
  return out;
}

}  // namespace tonle::parse
