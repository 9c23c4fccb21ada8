// story_index.cc — stories read from and written to a database (see story_index.h).
#include "indexer/story_index.h"

#include <algorithm>
#include <cstdio>
#include <map>
#include <unordered_map>
#include <unordered_set>

#include "core/schema.h"
#include "core/text.h"
#include "indexer/dates.h"

namespace tonle {

namespace {

// "20231222" for days since 1970-01-01: the date slot's form.
std::string date_value_of_day(int32_t day) {
  Date d;
  civil_from_days(day, d);
  return schema::date_value(d);
}

// Article id of a document: its id term without the prefix.
std::string article_id_of(const Xapian::Document& doc) {
  Xapian::TermIterator t = doc.termlist_begin();
  t.skip_to(std::string(schema::kIdPrefix));
  if (t != doc.termlist_end() && (*t).starts_with(schema::kIdPrefix)) {
    return (*t).substr(schema::kIdPrefix.size());
  }
  return {};
}

struct Loaded {
  std::vector<Xapian::docid> docids;
  std::vector<StoryInput> inputs;
};

void load(const Xapian::Database& db, Xapian::docid did, Loaded& into) {
  Xapian::Document doc = db.get_document(did, Xapian::DOC_ASSUME_VALID);
  std::optional<StorySignature> sig = decode_signature(doc.get_value(schema::kSlotStorySignature));
  if (!sig) {
    return;  // an article without a signature is its own story
  }
  into.docids.push_back(did);
  into.inputs.push_back({article_id_of(doc), std::move(*sig), doc.get_value(schema::kSlotStory)});
}

// The members a story's metadata lists, updated with what this grouping decided about the
// loaded articles; ids no longer in the database are dropped.
std::vector<std::string> members_after(const Xapian::Database& db, const std::string& story, const Loaded& loaded,
                                       const std::vector<std::string>& stories,
                                       const std::unordered_map<std::string, size_t>& loaded_at) {
  std::vector<std::string> out;
  std::unordered_set<std::string> seen;
  for (const std::string& id : schema::decode_story_members(db.get_metadata(schema::story_key(story)))) {
    auto it = loaded_at.find(id);
    bool stays = it == loaded_at.end() ? db.term_exists(schema::id_term(id)) : stories[it->second] == story;
    if (stays && seen.insert(id).second) {
      out.push_back(id);
    }
  }
  for (size_t i = 0; i < stories.size(); ++i) {
    if (stories[i] == story && seen.insert(loaded.inputs[i].article_id).second) {
      out.push_back(loaded.inputs[i].article_id);
    }
  }
  return out;
}

StoryRunStats write_groups(Xapian::WritableDatabase& db, const Loaded& loaded, const StoryOptions& options) {
  StoryRunStats stats;
  stats.articles = loaded.inputs.size();
  std::vector<std::string> stories = group_stories(loaded.inputs, options);
  std::unordered_set<std::string> distinct;
  std::unordered_set<std::string> touched;  // stories whose member list changes
  std::unordered_map<std::string, size_t> loaded_at;
  for (size_t i = 0; i < stories.size(); ++i) {
    loaded_at.emplace(loaded.inputs[i].article_id, i);
    const std::string& story = stories[i];
    const std::string& old = loaded.inputs[i].story;
    if (!story.empty()) {
      ++stats.grouped;
      distinct.insert(story);
    }
    if (story == old) {
      continue;
    }
    touched.insert(old);
    touched.insert(story);
    // Values only: Xapian then leaves the document's terms and positions alone.
    Xapian::Document doc = db.get_document(loaded.docids[i]);
    if (story.empty()) {
      doc.remove_value(schema::kSlotStory);
    } else {
      doc.add_value(schema::kSlotStory, story);
    }
    db.replace_document(loaded.docids[i], doc);
    ++stats.rewritten;
  }
  touched.erase("");
  for (const std::string& story : touched) {
    std::vector<std::string> members = members_after(db, story, loaded, stories, loaded_at);
    db.set_metadata(schema::story_key(story), members.size() < 2 ? std::string() : join(members, "\n"));
  }
  stats.stories = distinct.size();
  return stats;
}

}  // namespace

StoryRunStats write_all_stories(Xapian::WritableDatabase& db, const StoryOptions& options) {
  Loaded loaded;
  for (auto v = db.valuestream_begin(schema::kSlotStorySignature); v != db.valuestream_end(schema::kSlotStorySignature);
       ++v) {
    std::optional<StorySignature> sig = decode_signature(*v);
    if (sig) {
      loaded.docids.push_back(v.get_docid());
      loaded.inputs.push_back({"", std::move(*sig), ""});
    }
  }
  // Ids from the id terms, in one pass over them (a rebuilt database has no stories yet).
  std::unordered_map<Xapian::docid, size_t> at;
  for (size_t i = 0; i < loaded.docids.size(); ++i) {
    at.emplace(loaded.docids[i], i);
  }
  std::string prefix(schema::kIdPrefix);
  for (auto t = db.allterms_begin(prefix); t != db.allterms_end(prefix); ++t) {
    Xapian::PostingIterator p = db.postlist_begin(*t);
    if (p != db.postlist_end(*t)) {
      if (auto it = at.find(*p); it != at.end()) {
        loaded.inputs[it->second].article_id = (*t).substr(prefix.size());
      }
    }
  }
  return write_groups(db, loaded, options);
}

void prune_stories(Xapian::WritableDatabase& db, const std::set<std::string>& stories) {
  for (const std::string& story : stories) {
    std::string key = schema::story_key(story);
    std::vector<std::string> members = schema::decode_story_members(db.get_metadata(key));
    std::erase_if(members, [&](const std::string& id) {
      Xapian::PostingIterator p = db.postlist_begin(schema::id_term(id));
      return p == db.postlist_end(schema::id_term(id)) || db.get_document(*p).get_value(schema::kSlotStory) != story;
    });
    db.set_metadata(key, members.size() < 2 ? std::string() : join(members, "\n"));
  }
}

StoryRunStats write_stories_near(Xapian::WritableDatabase& db, const std::vector<std::string>& ids,
                                 const StoryOptions& options) {
  Loaded loaded;
  std::unordered_set<Xapian::docid> seen;
  std::vector<std::pair<int32_t, int32_t>> ranges;  // days whose articles are neighbours
  for (const std::string& id : ids) {
    std::string term = schema::id_term(id);
    Xapian::PostingIterator p = db.postlist_begin(term);
    if (p == db.postlist_end(term) || !seen.insert(*p).second) {
      continue;
    }
    load(db, *p, loaded);
    if (!loaded.inputs.empty() && loaded.docids.back() == *p) {
      int32_t day = loaded.inputs.back().signature.day;
      if (day != StorySignature::kUndated) {
        ranges.emplace_back(day - options.window_days, day + options.window_days);
      }
    }
  }
  if (loaded.inputs.empty()) {
    return {};
  }
  std::sort(ranges.begin(), ranges.end());
  std::vector<std::pair<int32_t, int32_t>> merged;
  for (const auto& r : ranges) {
    if (!merged.empty() && r.first <= merged.back().second + 1) {
      merged.back().second = std::max(merged.back().second, r.second);
    } else {
      merged.push_back(r);
    }
  }
  for (const auto& [from, to] : merged) {
    Xapian::Enquire enquire(db);
    enquire.set_query(Xapian::Query(Xapian::Query::OP_VALUE_RANGE, schema::kSlotDate, date_value_of_day(from),
                                    date_value_of_day(to)));
    enquire.set_weighting_scheme(Xapian::BoolWeight());
    enquire.set_docid_order(Xapian::Enquire::ASCENDING);
    Xapian::MSet neighbours = enquire.get_mset(0, db.get_doccount());
    for (auto m = neighbours.begin(); m != neighbours.end(); ++m) {
      if (seen.insert(*m).second) {
        load(db, *m, loaded);
      }
    }
  }
  return write_groups(db, loaded, options);
}

}  // namespace tonle
