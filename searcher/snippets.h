// snippets.h — highlighted snippets built from the clean body with the analyzer's byte offsets
// (so Khmer and every other script highlight exactly what matched). The window is chosen around
// the best cluster of matches, phrases counting more than single words; each matched word and
// each whole matched phrase becomes one highlight. Data (text + ranges) is kept apart from
// presentation: snippet_html() is the only place that escapes. Pure given the Analyzer; the
// Analyzer makes it single-threaded.
#pragma once

#include <string>
#include <string_view>

#include "core/analyzer.h"
#include "searcher/query_builder.h"
#include "searcher/search_types.h"

namespace tonle {

struct SnippetOptions {
  size_t max_words = 36;     // window length in words
  size_t context_words = 6;  // words kept before the first match in the window
};

Snippet make_snippet(std::string_view body, const HighlightSpec& spec, const Analyzer& analyzer,
                     const SnippetOptions& options = {});

// Every match of the query in `text` (an article's whole body, for its page), as merged byte
// ranges in text order: the same matching as snippets, Khmer words exactly.
std::vector<Highlight> highlight_ranges(std::string_view text, const HighlightSpec& spec, const Analyzer& analyzer);

// HTML: escaped text, each highlight in <mark>…</mark>, "…" where the body was cut.
std::string snippet_html(const Snippet& s);

}  // namespace tonle
