// story_index.h — the stories (stories.h) of the articles in a database: reads their signatures
// from the signature slot, groups them and writes each grouped article's story id (the story
// slot, Xapian's collapse key) and each story's member list (database metadata, schema.h). Only
// values change in the documents: a term would make Xapian rewrite every posting of the
// document (measured: 0.85 ms an article, a fifth of a rebuild of Reuters). Called by the index
// run on its writable database, from one thread.
#pragma once

#include <xapian.h>

#include <set>
#include <string>
#include <vector>

#include "indexer/stories.h"

namespace tonle {

struct StoryRunStats {
  size_t articles = 0;  // articles compared
  size_t grouped = 0;   // articles in a story with others
  size_t stories = 0;   // stories of more than one article
  size_t rewritten = 0; // documents whose story changed
};

// After a rebuild: every article of `db`.
StoryRunStats write_all_stories(Xapian::WritableDatabase& db, const StoryOptions& options = {});

// After an update: the articles with these ids and every article published within the window
// of them, which keep the stories they have (a story keeps its id as a new article joins it).
// After an update: the member lists of these stories keep only the articles still in them (an
// article removed, or regrouped into another story); a story left with one article has none.
void prune_stories(Xapian::WritableDatabase& db, const std::set<std::string>& stories);

StoryRunStats write_stories_near(Xapian::WritableDatabase& db, const std::vector<std::string>& ids,
                                 const StoryOptions& options = {});

}  // namespace tonle
