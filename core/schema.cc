// schema.cc — prefixes, slots and the stored-data codec declared in schema.h.
#include "core/schema.h"

#include <array>
#include <algorithm>
#include <cstdio>
#include <nlohmann/json.hpp>
#include <stdexcept>

#include "core/hash.h"

namespace tonle::schema {

namespace {
// Multi-valued facets start here, each with kMaxValuesPerFacet consecutive slots.
constexpr Xapian::valueno kFirstMultiSlot = 100;

using nlohmann::json;

}  // namespace

json entity_json(const Entity& e) {
  json j = {{"facet", facet_name(e.facet)}, {"value", e.value}, {"mentions", e.mentions}};
  if (!e.role.empty()) {
    j["role"] = e.role;
  }
  if (!e.affiliations.empty()) {
    j["affiliations"] = e.affiliations;
  }
  if (!e.evidence.empty()) {
    json evidence = json::array();
    for (const Evidence& ev : e.evidence) {
      evidence.push_back({{"rule", ev.rule}, {"sentence", {ev.begin, ev.end}}});
    }
    j["evidence"] = std::move(evidence);
  }
  return j;
}

Entity entity_from_json(const json& j) {
  Entity e;
  auto facet = facet_from_name(j.at("facet").get<std::string>());
  if (!facet) {
    throw std::runtime_error("stored entity has an unknown facet");
  }
  e.facet = *facet;
  e.value = j.at("value").get<std::string>();
  e.role = j.value("role", "");
  e.affiliations = j.value("affiliations", std::vector<std::string>{});
  e.mentions = j.value("mentions", 0);
  for (const json& ev : j.value("evidence", json::array())) {
    const json& at = ev.value("sentence", json::array());
    if (at.is_array() && at.size() == 2 && at[0].is_number_unsigned() && at[1].is_number_unsigned()) {
      e.evidence.push_back(Evidence{.rule = ev.value("rule", ""),
                                    .begin = at[0].get<size_t>(),
                                    .end = at[1].get<size_t>()});
    }
  }
  return e;
}

std::string_view facet_prefix(Facet f) { return facet_info(f).prefix; }

std::string facet_term(Facet f, std::string_view folded_value) {
  std::string t(facet_prefix(f));
  t += folded_value;
  return t;
}

std::string id_term(std::string_view id) {
  std::string t(kIdPrefix);
  t += id;
  return t;
}

std::string story_key(std::string_view story_id) {
  std::string k(kMetaStoryPrefix);
  k += story_id;
  return k;
}

std::string story_id_for(std::string_view article_id) {
  uint64_t h = mix64(fnv1a(article_id));
  char buf[16];
  std::snprintf(buf, sizeof buf, "s%08x", static_cast<unsigned>(h & 0xFFFFFFFFULL));
  return buf;
}

std::vector<std::string> decode_story_members(std::string_view data) {
  std::vector<std::string> out;
  while (!data.empty()) {
    size_t nl = data.find('\n');
    std::string_view id = data.substr(0, nl);
    if (!id.empty()) {
      out.emplace_back(id);
    }
    data = nl == std::string_view::npos ? std::string_view() : data.substr(nl + 1);
  }
  return out;
}

bool is_multi_valued(Facet f) { return facet_info(f).many; }

Xapian::valueno facet_slot(Facet f, unsigned i) {
  if (f == Facet::kSource) {
    return kSlotSource;
  }
  if (f == Facet::kYear) {
    return kSlotYear;
  }
  return kFirstMultiSlot + static_cast<Xapian::valueno>(f) * kMaxValuesPerFacet + i;
}

std::string pack_facets(const FacetValues& values) {
  std::string out;
  for (const auto& [facet, value] : values) {
    size_t len = std::min<size_t>(value.size(), 0x3FFF);
    out += static_cast<char>(static_cast<unsigned char>(facet));
    if (len < 0x80) {
      out += static_cast<char>(len);
    } else {
      out += static_cast<char>(0x80 | (len & 0x7F));
      out += static_cast<char>(len >> 7);
    }
    out.append(value, 0, len);
  }
  return out;
}

std::optional<uint32_t> month_of_date_value(std::string_view value) {
  if (value.size() != 8 || !std::all_of(value.begin(), value.end(), [](char c) { return c >= '0' && c <= '9'; })) {
    return std::nullopt;
  }
  uint32_t month = 0;
  for (char c : value.substr(0, 6)) {
    month = month * 10 + static_cast<uint32_t>(c - '0');
  }
  return month % 100 >= 1 && month % 100 <= 12 ? std::optional<uint32_t>(month) : std::nullopt;
}

std::string date_value(const Date& d) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d%02d%02d", d.year, d.month, d.day);
  return buf;
}

namespace {

// The stored record (see schema.h): a tag byte, then each field as a varint length and its bytes.
constexpr char kRecordTag = '\x01';

void put_field(std::string& out, std::string_view field) {
  size_t n = field.size();
  while (n >= 0x80) {
    out += static_cast<char>((n & 0x7F) | 0x80);
    n >>= 7;
  }
  out += static_cast<char>(n);
  out += field;
}

// Reads one field from the front of `in`; false at a truncated or malformed length.
bool get_field(std::string_view& in, std::string_view& field) {
  size_t n = 0;
  for (unsigned shift = 0;; shift += 7) {
    if (in.empty() || shift > 35) {
      return false;
    }
    auto byte = static_cast<unsigned char>(in.front());
    in.remove_prefix(1);
    n |= static_cast<size_t>(byte & 0x7F) << shift;
    if ((byte & 0x80) == 0) {
      break;
    }
  }
  if (n > in.size()) {
    return false;
  }
  field = in.substr(0, n);
  in.remove_prefix(n);
  return true;
}

Article decode_json(std::string_view data, bool with_entities) {
  json j = json::parse(data, nullptr, false);
  if (j.is_discarded() || !j.is_object() || !j.contains("id")) {
    throw std::runtime_error("document data is not tonle's stored JSON");
  }
  Article a;
  a.id = j.at("id").get<std::string>();
  a.title = j.value("title", "");
  a.body = j.value("body", "");
  a.source = j.value("source", "");
  a.url = j.value("url", "");
  a.dateline = j.value("dateline", "");
  a.origin = j.value("origin", "");
  if (j.contains("date")) {
    a.date = parse_iso_date(j["date"].get<std::string>());
    a.date_basis = j.value("date_basis", "");
  }
  if (with_entities) {
    for (const json& e : j.value("entities", json::array())) {
      a.entities.push_back(entity_from_json(e));
    }
  }
  return a;
}

}  // namespace

std::string encode_stored(const Article& a) {
  std::string entities;
  if (!a.entities.empty()) {
    json list = json::array();
    for (const Entity& e : a.entities) {
      list.push_back(entity_json(e));
    }
    // Replace ill-formed bytes rather than throw: stored data must always be writable.
    entities = list.dump(-1, ' ', false, json::error_handler_t::replace);
  }
  std::string out(1, kRecordTag);
  out.reserve(a.body.size() + a.title.size() + entities.size() + 256);
  for (std::string_view field : {std::string_view(a.id), std::string_view(a.title), std::string_view(a.body),
                                 std::string_view(a.source), std::string_view(a.url), std::string_view(a.dateline),
                                 std::string_view(a.origin)}) {
    put_field(out, field);
  }
  put_field(out, a.date ? to_iso_datetime(*a.date) : std::string());
  put_field(out, a.date ? a.date_basis : std::string());
  put_field(out, entities);
  return out;
}

Article decode_stored(std::string_view data, bool with_entities) {
  if (data.starts_with("{")) {
    return decode_json(data, with_entities);  // written before the record (2026-11-23)
  }
  if (!data.starts_with(kRecordTag)) {
    throw std::runtime_error("document data is not tonle's stored record");
  }
  std::string_view in = data.substr(1);
  std::array<std::string_view, 10> f;
  for (std::string_view& field : f) {
    if (!get_field(in, field)) {
      throw std::runtime_error("document data is a truncated stored record");
    }
  }
  Article a{.id = std::string(f[0]), .title = std::string(f[1]), .body = std::string(f[2]),
            .source = std::string(f[3]), .url = std::string(f[4]), .dateline = std::string(f[5]),
            .origin = std::string(f[6])};
  if (!f[7].empty()) {
    a.date = parse_iso_date(std::string(f[7]));
    a.date_basis = std::string(f[8]);
  }
  if (with_entities && !f[9].empty()) {
    json list = json::parse(f[9], nullptr, false);
    if (!list.is_array()) {
      throw std::runtime_error("document data holds malformed entities");
    }
    for (const json& e : list) {
      a.entities.push_back(entity_from_json(e));
    }
  }
  return a;
}

std::string encode_aliases(const AliasGroups& groups) {
  return json(groups).dump(-1, ' ', false, json::error_handler_t::replace);
}

AliasGroups decode_aliases(std::string_view data) {
  json j = json::parse(data, nullptr, false);
  AliasGroups groups;
  if (!j.is_array()) {
    return groups;
  }
  for (const json& g : j) {
    if (!g.is_array()) {
      continue;
    }
    std::vector<std::string> names;
    for (const json& n : g) {
      if (n.is_string()) {
        names.push_back(n.get<std::string>());
      }
    }
    if (names.size() >= 2) {
      groups.push_back(std::move(names));
    }
  }
  return groups;
}

}  // namespace tonle::schema
