// front_matter.cc — see front_matter.h.
#include "indexer/parse/front_matter.h"

#include <array>
#include <utility>

#include "core/text.h"

namespace tonle::parse {

namespace {

enum class Field { kNone, kTitle, kDate, kSource, kUrl };

// Key names (lower case, '-' read as '_') and the field each fills. The first key of a field
// met in the block wins, so "date" before "updated" is never an issue: "updated" is not listed.
constexpr std::array<std::pair<std::string_view, Field>, 25> kKeys{{
    {"title", Field::kTitle},          {"headline", Field::kTitle},
    {"heading", Field::kTitle},        {"date", Field::kDate},
    {"published", Field::kDate},       {"publish_date", Field::kDate},
    {"publishdate", Field::kDate},     {"pubdate", Field::kDate},
    {"published_at", Field::kDate},    {"date_published", Field::kDate},
    {"datepublished", Field::kDate},   {"published_on", Field::kDate},
    {"source", Field::kSource},        {"outlet", Field::kSource},
    {"publication", Field::kSource},   {"publisher", Field::kSource},
    {"site", Field::kSource},          {"site_name", Field::kSource},
    {"newspaper", Field::kSource},     {"source_name", Field::kSource},
    {"url", Field::kUrl},              {"link", Field::kUrl},
    {"permalink", Field::kUrl},        {"canonical", Field::kUrl},
    {"canonical_url", Field::kUrl},
}};

Field field_of(std::string key) {
  for (char& c : key) {
    c = c == '-' ? '_' : c;
  }
  for (const auto& [name, field] : kKeys) {
    if (key == name) {
      return field;
    }
  }
  return Field::kNone;
}

// A scalar value without its quotes: "x", 'x' (YAML doubles '' inside), or bare.
std::string unquote(std::string_view v) {
  if (v.size() >= 2 && (v.front() == '"' || v.front() == '\'') && v.back() == v.front()) {
    std::string out(v.substr(1, v.size() - 2));
    if (v.front() == '\'') {
      for (size_t p = out.find("''"); p != std::string::npos; p = out.find("''", p + 1)) {
        out.erase(p, 1);
      }
    }
    return out;
  }
  return std::string(v);
}

}  // namespace

FrontMatter read_front_matter(std::string_view text) {
  std::string_view fence;
  for (std::string_view f : {"---", "+++"}) {
    if (text.starts_with(std::string(f) + "\n") || text.starts_with(std::string(f) + "\r\n")) {
      fence = f;
    }
  }
  if (fence.empty()) {
    return {};
  }
  const char separator = fence == "+++" ? '=' : ':';  // TOML `key = value`, YAML `key: value`
  FrontMatter fm;
  size_t pos = text.find('\n') + 1;
  while (pos < text.size()) {
    size_t nl = text.find('\n', pos);
    std::string_view line = trim(text.substr(pos, nl == text.npos ? text.npos : nl - pos));
    pos = nl == text.npos ? text.size() : nl + 1;
    if (line == fence) {
      fm.length = pos;
      return fm;
    }
    size_t at = line.find(separator);
    if (at == line.npos || line.starts_with('#') || line.starts_with('[')) {
      continue;  // comments, TOML tables, list items and continuation lines
    }
    std::string value = unquote(trim(line.substr(at + 1)));
    std::string* slot = nullptr;
    switch (field_of(to_lower_ascii(trim(line.substr(0, at))))) {
      case Field::kTitle: slot = &fm.title; break;
      case Field::kDate: slot = &fm.date; break;
      case Field::kSource: slot = &fm.source; break;
      case Field::kUrl: slot = &fm.url; break;
      case Field::kNone: break;
    }
    if (slot != nullptr && slot->empty()) {
      *slot = std::move(value);
    }
  }
  return {};  // no closing fence: not front matter after all
}

}  // namespace tonle::parse
