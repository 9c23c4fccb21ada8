// pull_quotes.h — pull quotes: a short paragraph that repeats words of another paragraph of
// the same story ("The authorities should treat the report as a road map." set large beside
// the paragraph that quotes it). Pages set them in <blockquote>, <aside> or a styled <div>, and
// text copies keep them as paragraphs; the words are the story's once, where they are quoted.
// Pure functions; safe from any thread.
#pragma once

#include <string>

namespace tonle::parse {

// Removes from `body` (paragraphs separated by blank lines) each paragraph of 6 to 60 words
// most of whose word runs (four words long) stand in one longer paragraph: any such paragraph
// when `any_paragraph` (a web page, where pull quotes are set apart by layout), else only one
// that opens with a quotation mark (wire copy repeats its own sentences, and they stay). The
// first paragraph always stays.
void drop_pull_quotes(std::string& body, bool any_paragraph);

}  // namespace tonle::parse
