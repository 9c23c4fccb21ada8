// html_app_data.h — the publication date kept in a script framework's page state (Next.js's
// <script id="__NEXT_DATA__">, Nuxt's and others' JSON): pages rendered by script often carry it
// in no <meta> or <time>. Pure functions of their arguments; thread-safe.
#pragma once

#include <string>
#include <string_view>

namespace tonle::parse::html {

// Whether a <script> with this id attribute (null when it has none) holds page state.
bool is_app_state_script(const char* id);

// The first publication date in the JSON text `state`, breadth first ("publishedAt",
// "datePublished", "publishDate", "published_at", "publicationDate", "firstPublishedAt"), or ""
// when none is there or the text is no JSON. Reads at most 8 levels and 20,000 values.
std::string published_in_app_state(std::string_view state);

}  // namespace tonle::parse::html
