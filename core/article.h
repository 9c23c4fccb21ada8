// article.h — the plain value types that flow between tonle's layers: an Article as the parser
// produces it, the Entities found in it and its Date (the Facet vocabulary is core/facets.h).
// Owns nothing but its own strings; no behaviour, no dependencies. Values are freely copyable and
// safe to share read-only between threads.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/facets.h"

namespace tonle {

// A calendar date in the publisher's own time zone; month and day are 1-based and always set.
// The time of day and the zone are optional: many sources give only the day.
struct Date {
  static constexpr int kNoTime = -1;
  static constexpr int kNoZone = -100000;
  int year = 0;
  int month = 0;
  int day = 0;
  int minute = kNoTime;      // minutes after local midnight, when the source gives a time
  int utc_offset = kNoZone;  // the zone's offset from UTC in minutes, when the source gives one
  friend bool operator==(const Date&, const Date&) = default;
  friend auto operator<=>(const Date&, const Date&) = default;
};
// "2023-12-22": the day only, whatever else is known.
std::string to_iso(const Date& d);
// "2022-11-03T17:40+07:00", "2022-11-03T17:40" or "2022-11-03": as much as is known.
std::string to_iso_datetime(const Date& d);
// Parses "YYYY-MM-DD" (or "YYYY-MM" / "YYYY", missing parts become 1), optionally followed by
// a time ("T" or a space, "HH:MM[:SS[.fff]]") and a zone ("Z", "+07:00", "+0700", "+07");
// nullopt if malformed.
std::optional<Date> parse_iso_date(std::string_view s);

// Where an entity was found and by which rule: provenance for "why was this tagged".
struct Evidence {
  std::string rule;  // "title or role before the name", "gazetteer", ...
  size_t begin = 0;  // byte offsets of the sentence in the article's text: the title, a
  size_t end = 0;    // paragraph break ("\n\n"), then the body
  friend bool operator==(const Evidence&, const Evidence&) = default;
};

// One real-world entity named by an article, with its canonical value.
struct Entity {
  Facet facet = Facet::kPerson;
  std::string value;                      // canonical name, e.g. "Human Rights Watch"
  std::string role;                       // "spokesman", "deputy director", ... ("" if unknown)
  std::vector<std::string> affiliations;  // canonical bodies the entity speaks or works for
  int mentions = 0;                       // how often the article names it (aliases included)
  std::vector<Evidence> evidence;         // the first few places it was found, and how
  friend bool operator==(const Entity&, const Entity&) = default;
};

// A clean article: what the parser extracted, before analysis.
// A Cambodian place the gazetteer knows, where the article's text (the title, a blank line,
// the body) names it: what tells one strike or arrest from another of its kind.
struct NamedPlace {
  std::string name;       // canonical: "Kampong Cham"
  size_t begin = 0;       // byte offset into the title + "\n\n" + body text
  bool province = false;  // a province or the capital, not a district, quarter or prison
  friend bool operator==(const NamedPlace&, const NamedPlace&) = default;
};

struct Article {
  std::string id;        // unique: file stem, or the JSON Lines `id`
  std::string title;     // the real headline
  std::string body;      // clean text; paragraphs separated by one blank line
  std::string source;    // outlet, e.g. "Phnom Penh Post" ("" if unknown)
  std::string url;       // canonical URL ("" if unknown)
  std::string dateline;  // "PHNOM PENH" when the lead started with a dateline
  std::string dateline_day;  // "March 2": the day a dateline gave without its year ("" if none)
  std::optional<Date> date;
  std::string date_basis;  // where the date came from: "front matter", "JSON-LD", "lead", ...
  std::vector<Entity> entities;
  std::vector<NamedPlace> places;  // filled by the indexer, in text order (datelines left out)
  std::string origin;  // the file it came from (for --update bookkeeping)
  // When `source` is "": names the page's furniture printed beside its date or headline ("EAC
  // News | 10 July 2025 | Society", "Radio Free Asia — Khmer Service"), in page order. Which is
  // the outlet only a list of outlets can tell: the indexer takes the first its gazetteer knows.
  std::vector<std::string> source_hints;
};

}  // namespace tonle
