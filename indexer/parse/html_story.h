// html_story.h — where the story is on an HTML page: every paragraph scores by its length and
// commas, credited to its parent and grandparent, names CMSs give story containers add, and the
// best element is read with the siblings that carry the story on (a photo story's ending, a page
// builder's blocks, a live blog's posts). body_text() then reads the story block by block,
// leaving furniture (html_furniture.h) and link lists out. Pure functions over a parse tree owned
// by the caller; every walk is iterative. Safe from any thread for distinct trees.
#pragma once

#include <gumbo.h>

#include <string>
#include <vector>

namespace tonle::parse::html {

// The elements that hold the story under <body>, in page order (<body> itself if none scores).
std::vector<const GumboNode*> story_roots(const GumboNode* body);
// The text blocks under `root`, one paragraph per block element, separated by blank lines.
std::string body_text(const GumboNode* root);

}  // namespace tonle::parse::html
