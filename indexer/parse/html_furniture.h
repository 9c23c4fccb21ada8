// html_furniture.h — which elements of an HTML page are furniture, not story: tags that never
// hold it (scripts, navigation, figures, forms), and elements whose class, id, role or hidden
// attributes name furniture (share bars, comments, newsletter boxes, "read more" lists). Words
// that name a story container ("article-body", "entry-content") win over furniture words.
// Pure functions over a parse tree owned by the caller; safe from any thread.
#pragma once

#include <gumbo.h>

namespace tonle::parse::html {

// Tags whose content is never story (script, style, nav, aside, figure, form, ...).
bool is_skipped_tag(GumboTag tag);
// Tags that end a paragraph of text (p, h2-h6, li, div, td, br, ...).
bool is_block_tag(GumboTag tag);
// An element named as the story's container (itemprop="articleBody", "entry-content").
bool is_story_container(const GumboNode* n);
// Furniture by its markup. Inside the story (`inside`), any furniture word counts unless the
// element is named as the story container; while the story is still being looked for, only
// elements with no word that may name a story container.
bool is_chrome_element(const GumboNode* n, bool inside);
// A short block all in italics right after a picture: the picture's caption.
bool is_picture_caption(const GumboNode* n);
// Whether a walk from `root` leaves out `n` (never the root itself).
bool skipped(const GumboNode* n, const GumboNode* root, bool inside);

}  // namespace tonle::parse::html
