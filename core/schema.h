// schema.h — the one place that knows how an Article is laid out in a Xapian database: term
// prefixes, value slots, database metadata keys and the stored-data format. Indexer and searcher
// both go through these names; nothing else spells a prefix or a slot number.
//
// Facet storage. Every facet value is stored twice:
//  * a boolean term  prefix + folded value  ("XNGOhuman rights watch") for filtering;
//  * the display value in a value slot, for counting with Xapian's built-in ValueCountMatchSpy.
// Multi-valued facets (an article naming three NGOs) put their i-th value in slot
// facet_slot(f, i), so each slot holds at most one value per document and the per-value counts of
// all slots of a facet add up to exact per-article counts. Slots fill from i = 0 up, so the
// searcher finds how many slots are in use from the value statistics (a slot nobody uses has
// value frequency 0). Only ValueCountMatchSpy and value statistics are used, and both work over
// shards served by xapian-tcpsrv (spy results serialise and merge; statistics add up), so the
// counts stay exact there too.
//
// Pure constants and pure functions: safe from any thread.
#pragma once

#include <nlohmann/json.hpp>
#include <xapian.h>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/article.h"

namespace tonle::schema {

// ---- Terms ----------------------------------------------------------------------------------
inline constexpr std::string_view kIdPrefix = "Q";         // unique id, boolean
// Ids are terms (Xapian's limit is 245 bytes) and URL paths: longer ones are cut and given a hash.
inline constexpr size_t kMaxArticleIdBytes = 200;
inline constexpr std::string_view kTitlePrefix = "S";      // title words, with positions
inline constexpr std::string_view kStemPrefix = "Z";       // stemmed title+body words, no positions
inline constexpr std::string_view kTitleStemPrefix = "ZS"; // stemmed title words
// Khmer syllables (core/khmer.h) of title and body, with their own positions (title first, then
// body, runs apart) and wdf 0: matched as phrases, never weighted, not part of the length.
inline constexpr std::string_view kSyllablePrefix = "XKH";
// Unprefixed terms are the unstemmed words of title and body, with positions (phrases).

// Title words count this many times in the unprefixed (all-text) field: BM25 then ranks a title
// match above a single body mention (4 measured best of 1-5 on Cranfield, bench/cranfield.py).
inline constexpr Xapian::termcount kTitleWdf = 4;
// Gap between the title's last position and the body's first, so phrases never straddle them.
inline constexpr Xapian::termpos kBodyPositionOffset = 100;

std::string_view facet_prefix(Facet f);
// prefix + key, where key is the analyzer-folded facet value.
std::string facet_term(Facet f, std::string_view folded_value);
std::string id_term(std::string_view id);

// ---- Values ---------------------------------------------------------------------------------
inline constexpr Xapian::valueno kSlotDate = 0;   // "YYYYMMDD": sorts and ranges as a string
inline constexpr Xapian::valueno kSlotYear = 1;   // "2023": year facet
inline constexpr Xapian::valueno kSlotSource = 2; // outlet display name: source facet
// Every facet value of the document packed into one slot (pack_facets), so a local search counts
// all facets with a single value read per matching document. The per-facet slots above and below
// stay for counting over remote shards, where only built-in match spies run.
inline constexpr Xapian::valueno kSlotFacetPack = 3;
// The story id ("s1a2b3c4d", indexer/stories.h): Xapian's collapse key for collapse=story.
// Empty for an article no other article shares a story with. Written after the documents, as a
// value only: changing a document's terms would cost a rewrite of all its postings.
inline constexpr Xapian::valueno kSlotStory = 4;
// The article's story signature (indexer/stories.h's encode_signature), read back when the
// stories are grouped: after a rebuild's merge, and for the neighbours of an update's articles.
inline constexpr Xapian::valueno kSlotStorySignature = 5;
// Widest number of values of one multi-valued facet stored per document; more are not counted.
inline constexpr unsigned kMaxValuesPerFacet = 64;

bool is_multi_valued(Facet f);
// Slot of the i-th value (0-based) of facet f. For single-valued facets only i == 0 is valid.
Xapian::valueno facet_slot(Facet f, unsigned i);

// ---- Database metadata ----------------------------------------------------------------------
inline constexpr std::string_view kMetaSchemaVersion = "tonle.schema";
// 4: the report facet (XREP, packed facet index 5, so source and year moved), story slots and terms.
// 3: Khmer syllable terms (XKH) and khnormal-style Khmer letter order in terms.
// 2: article ids are paths in the input ("business/001"); 1 used bare file names.
inline constexpr std::string_view kSchemaVersion = "4";
// + absolute source path → JSON {"sig": "...", "hash": "...", "ids": [...]} for --update. A path
// too long for a Xapian key is keyed "#" + its hash instead, and the JSON adds "path".
inline constexpr std::string_view kMetaSourcePrefix = "tonle.src:";
// The aliases the indexer learned ("HRW" → "Human Rights Watch"), JSON, for query expansion.
inline constexpr std::string_view kMetaAliases = "tonle.aliases";
// + story id → the story's article ids, one per line (a story's members, size and outlets).
inline constexpr std::string_view kMetaStoryPrefix = "tonle.story:";
std::string story_key(std::string_view story_id);
// The id of a story named after this article ("s" and 8 hex digits of its FNV-1a hash): a grouped
// story's id is its earliest article's, and an article alone is a story of its own under it.
std::string story_id_for(std::string_view article_id);
std::vector<std::string> decode_story_members(std::string_view data);
// When the index was last written by `tonle index` (a rebuild or an --update): seconds since
// the Unix epoch, in decimal. Absent in indexes written before it existed.
inline constexpr std::string_view kMetaWrittenAt = "tonle.written_at";

// ---- Stored document data -------------------------------------------------------------------
// A record: the byte 0x01, then id, title, body, source, url, dateline, origin, date,
// date_basis and entities, each as a varint length (7 bits a byte, low first) and its bytes;
// the text fields raw, "date" ISO with the time and zone when known ("2022-11-03T17:40+07:00")
// or empty, "entities" a JSON array of entity_json or empty. A hit reads its fields without
// parsing anything. Indexes written before 2026-11-23 hold one JSON object with the same keys,
// which decode_stored still reads.
std::string encode_stored(const Article& a);
// Throws std::runtime_error naming the problem if `data` is not tonle's stored format. Without
// `with_entities` the entities are left unread (a page of hits needs none).
Article decode_stored(std::string_view data, bool with_entities = true);

// One entity as JSON: {"facet","value","mentions","role"?,"affiliations"?,"evidence"?:[{"rule",
// "sentence":[begin,end]}]} — evidence offsets point into title + "\n\n" + body. The API and
// the CLI show the same shape. entity_from_json throws nlohmann's errors on a wrong shape.
nlohmann::json entity_json(const Entity& e);
Entity entity_from_json(const nlohmann::json& j);

// Alias groups (kMetaAliases): each group lists one entity's names, canonical first, e.g.
// ["Human Rights Watch", "HRW"]. Decoding returns no groups for missing or malformed data.
using AliasGroups = std::vector<std::vector<std::string>>;
std::string encode_aliases(const AliasGroups& groups);
AliasGroups decode_aliases(std::string_view data);

// The kSlotFacetPack format: per value, one byte facet index, one or two bytes of length
// (7 bits each, high bit = more), then the value's bytes.
using FacetValues = std::vector<std::pair<Facet, std::string>>;
std::string pack_facets(const FacetValues& values);
// Calls fn(facet, value) for each packed value; stops quietly at malformed data.
template <class Fn>
void unpack_facets(std::string_view packed, Fn fn) {
  size_t i = 0;
  while (i + 2 <= packed.size()) {
    auto facet = static_cast<unsigned char>(packed[i++]);
    size_t len = static_cast<unsigned char>(packed[i++]);
    if (len & 0x80) {
      if (i >= packed.size()) {
        return;
      }
      len = (len & 0x7F) | (static_cast<size_t>(static_cast<unsigned char>(packed[i++])) << 7);
    }
    if (facet >= kAllFacets.size() || i + len > packed.size()) {
      return;
    }
    fn(static_cast<Facet>(facet), packed.substr(i, len));
    i += len;
  }
}

// "20231222" from a Date; the date slot's format.
std::string date_value(const Date& d);
// 202312 from a date slot's "20231222"; nullopt for anything else.
std::optional<uint32_t> month_of_date_value(std::string_view value);

}  // namespace tonle::schema
