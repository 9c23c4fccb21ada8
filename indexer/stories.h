// stories.h — which articles report the same story: the same event told by several outlets in
// their own words ("the ministry rejected the US report on Thursday"), as opposed to the same kind
// of event on another day (next year's answer to next year's report).
//
// Each article gets a signature when its document is built (sign_story): its day, its outlet,
// the report it answers, its entities and a one-permutation MinHash of its content words. Two
// articles are the same story (same_story) when they appeared within a few days of each other
// and say the same thing: their words overlap like a near copy (from one outlet only a
// duplicate within a day: a wire's template items, "X Qtly Dividend", differ in a name), or
// they answer the same report, or they are about the same person (named in both leads, not as a
// spokesperson), or they happened in the same district, commune or village (named in both
// leads) a day apart, or they name the same people and bodies and share enough words. Different
// reports, different provinces in both leads, days far apart or one outlet twice keep stories
// apart. group_stories puts
// articles together transitively, comparing only articles that share a blocking key (an entity,
// the report, a band of the MinHash) within the window, and names each story after its earliest
// article, so a story keeps its id as long as that article does.
//
// Pure values and functions; thread-safe.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/analyzer.h"
#include "core/article.h"

namespace tonle {

struct StorySignature {
  static constexpr int32_t kUndated = INT32_MIN;
  static constexpr size_t kBins = 48;
  static constexpr uint16_t kEmpty = 0xFFFF;
  int32_t day = kUndated;      // days since 1970-01-01 of the publication date
  uint32_t outlet = 0;         // hash of the outlet's name; 0 when unknown
  uint32_t report = 0;         // hash of the first report it answers; 0 when none
  uint16_t words = 0;          // distinct content words (a short text's MinHash says little)
  std::vector<uint32_t> keys;  // hashes of its entities' values, sorted, at most kMaxKeys
  // Hashes of the people the story is about: named in the title or the lead paragraph and not as
  // anyone's spokesperson (the activist arrested, the official accused), sorted, at most kMaxSubjects.
  std::vector<uint32_t> subjects;
  // Hashes of the places its lead names (story_places.h), sorted: districts, communes and
  // villages in `places` (at most kMaxPlaces), the first province in `provinces`.
  std::vector<uint32_t> places;
  std::vector<uint32_t> provinces;
  std::array<uint16_t, kBins> bins{};  // per bin the least hash of its content words
  static constexpr size_t kMaxKeys = 24;
  static constexpr size_t kMaxSubjects = 6;
  static constexpr size_t kMaxPlaces = 6;
  friend bool operator==(const StorySignature&, const StorySignature&) = default;
};

// The signature of an article from its entities, date, outlet and the analyzer's tokens of its
// title and body.
StorySignature sign_story(const Article& article, const std::vector<Token>& title, const std::vector<Token>& body);

// The value slot's bytes, and back; nullopt for bytes that are not a signature.
std::string encode_signature(const StorySignature& s);
std::optional<StorySignature> decode_signature(std::string_view bytes);

// The estimated Jaccard similarity of the two articles' content words, and of their entities.
double text_similarity(const StorySignature& a, const StorySignature& b);
double entity_similarity(const StorySignature& a, const StorySignature& b);

struct StoryOptions {
  int window_days = 3;          // farther apart, never the same story
  double near_copy = 0.5;       // words this alike (both texts long enough): the same story
  size_t near_copy_words = 30;  // distinct content words each text needs for that
  double duplicate = 0.9;       // words this alike: one text twice, however short or whoever ran it
  double same_report_text = 0.1;  // answering the same report, and at least this alike in words
  double entities = 0.25;       // naming the same people and bodies this much ...
  double entities_text = 0.12;  // ... and at least this alike in words,
  double many_entities = 0.5;   // or this much, sharing at least three of them,
  double many_entities_text = 0.10;  // and this alike in words
  double subject_text = 0.05;   // about the same person, and this alike in words
  double place_text = 0.08;     // in the same district, commune or village, and this alike in words
  int place_days = 1;           // ... and at most this many days apart
  double province_text = 0.10;  // in the same province, and this alike in words, place_days apart
  size_t max_comparisons_per_key = 400;  // per article and key: a key on everything is no evidence
};

bool same_story(const StorySignature& a, const StorySignature& b, const StoryOptions& options = {});

// One article to group: its id, signature and the story it already belongs to ("" if none).
struct StoryInput {
  std::string article_id;
  StorySignature signature;
  std::string story;
};

// For each input, the id of its story ("s" and 8 hex digits) when another input shares it, or
// "" when it stands alone. A story that already has an id among its members keeps the id of its
// earliest member that has one; a new story is named after its earliest member (by day, then id).
std::vector<std::string> group_stories(const std::vector<StoryInput>& inputs, const StoryOptions& options = {});

}  // namespace tonle
