// article_parser.h — turns the bytes of one input file into clean Articles. Recognises scraped
// text pages (headline-ticker layout, Phnom Penh Post layout), plain text with optional front
// matter, JSON Lines and HTML, and removes site chrome (see page_text.h). It does not look at
// entities or the index: that is the pipeline's job.
//
// Errors are values: a file that yields nothing usable comes back with no articles and at least
// one problem naming the reason; a JSON Lines file with some broken lines keeps its good lines and
// lists one problem per bad line. Pure functions; safe from any thread.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/article.h"

namespace tonle::parse {

enum class Format { kTickerPage, kPostPage, kPlainText, kJsonLines, kHtml };
std::string_view format_name(Format f);

// Decides the format from the file name's extension and the first bytes of the content.
Format sniff_format(std::string_view path, std::string_view bytes);

struct ParseOutcome {
  std::vector<Article> articles;
  std::vector<std::string> problems;  // human-readable, without the file name
  Format format = Format::kPlainText;
};

struct ParseOptions {
  std::string default_id;  // id for single-article files: the file name without extension
  std::string origin;      // recorded in Article::origin
  size_t first_line = 1;   // JSON Lines read in parts: the number of the part's first line
};

// Parses one file's bytes. Never throws for bad content; checks for emptiness, NUL bytes and
// ill-formed UTF-8 first and reports them as problems.
ParseOutcome parse_article_file(std::string_view path, std::string_view bytes,
                                const ParseOptions& options);

// The individual format parsers, exposed for tests. Each fills `out`.
void parse_text_page(std::string_view text, Format format, const ParseOptions& options,
                     ParseOutcome& out);
void parse_json_lines(std::string_view text, const ParseOptions& options, ParseOutcome& out);
void parse_html_page(std::string_view html, const ParseOptions& options, ParseOutcome& out);

// Shared by all formats: splits a body into paragraphs, drops chrome, trailers and a leading
// dateline, and fills article.body and article.dateline (and article.source from an agency tag
// when the source is still unknown).
void finish_body(std::string_view raw_body, Article& article);

}  // namespace tonle::parse
