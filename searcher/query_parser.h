// query_parser.h — the user's query language, parsed into a small syntax tree before any
// analysis: words (ANDed by default), "quoted phrases", OR, AND, NOT and -word, parentheses,
// field filters (spokesperson:, ministry:, ngo:, party:, person:, source:, year: with ranges
// year:2021..2023, date: with days or months date:2023-03..2023-09, title:) with quoted
// multi-word values. Parsing is lenient and never fails:
// unbalanced quotes and brackets are closed, stray operators are dropped or read as words, and
// unknown fields are searched as text; each repair adds a warning. Pure; thread-safe.
#pragma once

#include <string>
#include <vector>

namespace tonle {

struct QueryNode {
  enum class Kind { kWord, kPhrase, kField, kAnd, kOr, kNot };
  Kind kind = Kind::kAnd;
  std::string text;   // kWord/kPhrase: as typed; kField: the value
  std::string field;  // kField: lower-case field name ("ngo", "year", "title")
  bool quoted = false;  // kField: the value was a quoted phrase
  bool implicit = false;  // kAnd: from adjacency, not an explicit AND (mode=any makes it OR)
  bool spell = true;      // kWord: a candidate for "did you mean" (an unknown field's name is not)
  std::vector<QueryNode> children;
};

struct ParsedQuery {
  QueryNode root;  // an empty kAnd for an empty query
  std::vector<std::string> warnings;
};

// Known field names: the facets plus "title".
bool is_query_field(std::string_view name);

ParsedQuery parse_query(std::string_view text);

// Debug form, e.g. AND(word(human) phrase("rights watch") NOT(word(x)) ngo:"HRW").
std::string describe(const QueryNode& node);

}  // namespace tonle
