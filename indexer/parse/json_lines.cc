// json_lines.cc — JSON Lines input: one article object per line with `id`, `title`, `body` and
// optional `date`, `source`, `url`, each also under the names other tools export them with
// (kFieldNames). A broken line is reported and skipped; the rest is kept.
#include <algorithm>
#include <array>
#include <cctype>
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

// Each field under the names scrapers, feeds and dataset tools write it with, the usual one first,
// compared without case, "_" or "-" ("date_published" is "datePublished"): a file of
// `{"id", "headline", "text"}` records, a JSON Feed's `content_text` or a newsroom's `hed` loses
// no article.
struct FieldNames {
  const char* field;
  std::array<const char*, 16> names;  // folded (lower case, no "_" or "-"); nullptr-padded
};
constexpr FieldNames kTitle{"title", {"title", "headline", "name", "heading", "subject", "hed", "head"}};
constexpr FieldNames kBody{"body", {"body", "text", "content", "articlebody", "article", "story", "fulltext",
                                    "contenttext", "bodytext", "articletext", "maintext", "storytext"}};
constexpr FieldNames kDate{"date", {"date", "published", "publishedat", "datepublished", "pubdate", "createdat",
                                    "publishdate", "datecreated", "created", "firstpublished", "publicationdate",
                                    "publishedtime", "publishedon"}};
constexpr FieldNames kSource{"source", {"source", "outlet", "publication", "site", "publisher", "agency",
                                        "sourcename", "provider", "newspaper", "feedtitle", "brand", "sitename",
                                        "channel"}};
constexpr FieldNames kUrl{"url", {"url", "link", "permalink", "href", "canonicalurl"}};

std::string folded(std::string_view key) {
  std::string out;
  for (char c : key) {
    if (c != '_' && c != '-') {
      out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
  }
  return out;
}

// The object's key for the first of a field's names it has as a string, or "". (A name held by
// an object or a number, as "brand": {"name": ...} or "publishedOn": 1718000000 are, is passed
// over for the next.)
std::string key_for(const json& obj, const FieldNames& f) {
  for (const char* name : f.names) {
    if (name == nullptr) {
      break;
    }
    for (const auto& [key, value] : obj.items()) {
      if (value.is_string() && folded(key) == name) {
        return key;
      }
    }
  }
  return "";
}

// True if the object holds one of a field's names with a value that is not a string.
bool holds_other_type(const json& obj, const FieldNames& f) {
  for (const auto& [key, value] : obj.items()) {
    for (const char* name : f.names) {
      if (name != nullptr && !value.is_null() && !value.is_string() && folded(key) == name) {
        return true;
      }
    }
  }
  return false;
}

// The first of a field's names the object has, or "" when it has none (a LineError naming them
// all when the field is required).
std::string named_field(const json& obj, const FieldNames& f, bool required) {
  if (std::string key = key_for(obj, f); !key.empty()) {
    return string_field(obj, key.c_str(), false);
  }
  if (!required) {
    return "";
  }
  if (holds_other_type(obj, f)) {
    throw LineError(std::string("\"") + f.field + "\" is not a string");
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

// A body under a name no list knows ("copy", "story_body_v2"): the longest string of the record
// when it reads as prose (200 bytes or more, with spaces), or "" when none does.
std::string longest_prose(const json& obj) {
  std::string best;
  for (const auto& [key, value] : obj.items()) {
    if (value.is_string() && value.get_ref<const std::string&>().size() > best.size()) {
      best = value.get<std::string>();
    }
  }
  size_t spaces = static_cast<size_t>(std::count(best.begin(), best.end(), ' '));
  return best.size() >= 200 && spaces >= 20 ? best : "";
}

// A title from the body's first line (a headline-less record): its first sentence (a full stop
// after a short capitalised word, "Dr." or "Gen.", ends none), cut at a space or a character's
// boundary to 120 bytes.
std::string title_from_body(std::string_view body) {
  std::string_view line = trim(body.substr(0, body.find('\n')));
  for (size_t stop = line.find(". "); stop != std::string_view::npos; stop = line.find(". ", stop + 1)) {
    size_t word = line.rfind(' ', stop);
    word = word == std::string_view::npos ? 0 : word + 1;
    bool abbreviation = stop - word <= 3 && line[word] >= 'A' && line[word] <= 'Z';
    if (!abbreviation) {
      line = line.substr(0, stop);
      break;
    }
  }
  if (line.size() > 120) {
    size_t cut = line.rfind(' ', 120);
    if (cut == std::string_view::npos) {
      cut = 120;
      while (cut > 0 && (static_cast<unsigned char>(line[cut]) & 0xC0) == 0x80) {
        --cut;  // not inside a UTF-8 character
      }
    }
    line = line.substr(0, cut);
  }
  return std::string(line);
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
      std::string body = named_field(obj, kBody, false);
      if (body.empty() && key_for(obj, kBody).empty()) {
        body = longest_prose(obj);
        if (body.empty()) {
          named_field(obj, kBody, true);  // the error naming every name looked for
        }
        out.problems.push_back(where + "no \"body\" field; the longest text of the record is read as its body");
      }
      a.title = collapse_spaces(named_field(obj, kTitle, false));
      if (a.title.empty() && key_for(obj, kTitle).empty()) {
        a.title = title_from_body(body);
        out.problems.push_back(where + "no \"title\" field; the body's first sentence stands in");
      }
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
