// json_lines.cc — JSON Lines input: one article object per line with `id`, `title`, `body` and
// optional `date`, `source`, `url`, each also under the names other tools export them with
// (kFieldNames). A broken line is reported and skipped; the rest is kept.
#include <array>
#include <nlohmann/json.hpp>
#include <stdexcept>
#include <string>

#include "core/text.h"
#include "indexer/dates.h"
#include "indexer/parse/article_parser.h"

namespace tonle::parse {

namespace {

using nlohmann::json;

// What is wrong with one line; caught per line so the rest of the file is still read.
struct LineError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// A string field, or "" if absent; throws a message if present with another type.
std::string string_field(const json& obj, const char* key, bool required) {
  auto it = obj.find(key);
  if (it == obj.end() || it->is_null()) {
    if (required) {
      throw LineError(std::string("missing \"") + key + "\"");
    }
    return "";
  }
  if (it->is_number_integer() && std::string_view(key) == "id") {
    return std::to_string(it->get<long long>());
  }
  if (!it->is_string()) {
    throw LineError(std::string("\"") + key + "\" is not a string");
  }
  return it->get<std::string>();
}

// Each field under the names scrapers and dataset tools write it with, the usual one first: a
// file of `{"id", "headline", "text"}` records loses no article.
struct FieldNames {
  const char* field;
  std::array<const char*, 10> names;  // nullptr-padded
};
constexpr FieldNames kTitle{"title", {"title", "headline", "name", "heading", "subject", nullptr, nullptr, nullptr}};
constexpr FieldNames kBody{"body", {"body", "text", "content", "articleBody", "article", "story", "full_text",
                                    "fulltext"}};
constexpr FieldNames kDate{"date", {"date", "published", "published_at", "datePublished", "pubdate", "pubDate",
                                    "created_at", "publish_date", "dateCreated", "created"}};
constexpr FieldNames kSource{"source", {"source", "outlet", "publication", "site", "publisher", "agency",
                                        "source_name", "provider", "newspaper", nullptr}};
constexpr FieldNames kUrl{"url", {"url", "link", "permalink", "href", "canonical_url", nullptr, nullptr, nullptr}};

// The first of a field's names the object has, or "" when it has none (a LineError naming them
// all when the field is required).
std::string named_field(const json& obj, const FieldNames& f, bool required) {
  for (const char* name : f.names) {
    if (name != nullptr && obj.contains(name) && !obj[name].is_null()) {
      return string_field(obj, name, false);
    }
  }
  if (!required) {
    return "";
  }
  std::string names;
  for (const char* name : f.names) {
    if (name != nullptr) {
      names += names.empty() ? "" : ", ";
      names += std::string("\"") + name + "\"";
    }
  }
  throw LineError(std::string("missing \"") + f.field + "\" (looked for " + names + ")");
}

// Ids become Xapian terms and URL path segments: keep them short and free of control bytes.
bool acceptable_id(const std::string& id) {
  if (id.empty() || id.size() > 200) {
    return false;
  }
  for (unsigned char c : id) {
    if (c < 0x20 || c == 0x7F || c == '/' || c == '\\') {
      return false;
    }
  }
  return id != "." && id != "..";
}

}  // namespace

void parse_json_lines(std::string_view text, const ParseOptions& options, ParseOutcome& out) {
  size_t line_no = options.first_line - 1;
  for (std::string_view line : split_lines(text)) {
    ++line_no;
    if (trim(line).empty()) {
      continue;
    }
    std::string where = "line " + std::to_string(line_no) + ": ";
    json obj = json::parse(line, nullptr, false);
    if (obj.is_discarded() || !obj.is_object()) {
      out.problems.push_back(where + "not a JSON object");
      continue;
    }
    try {
      Article a;
      a.origin = options.origin;
      a.id = string_field(obj, "id", true);
      if (!acceptable_id(a.id)) {
        throw LineError("\"id\" must be 1-200 printable characters without slashes");
      }
      a.title = collapse_spaces(named_field(obj, kTitle, true));
      std::string body = named_field(obj, kBody, true);
      a.source = named_field(obj, kSource, false);
      a.url = named_field(obj, kUrl, false);
      std::string date = named_field(obj, kDate, false);
      a.date = parse_date_text(date);
      a.date_basis = a.date ? "JSON Lines field" : "";
      if (!date.empty() && !a.date) {
        out.problems.push_back(where + "date \"" + date +
                               "\" is not a date (use YYYY-MM-DD or ISO 8601); ignored");
      }
      finish_body(body, a);
      if (a.title.empty() && a.body.empty()) {
        throw LineError("empty \"title\" and \"body\"");
      }
      out.articles.push_back(std::move(a));
    } catch (const LineError& why) {
      out.problems.push_back(where + why.what());
    }
  }
}

}  // namespace tonle::parse
