// stories.cc — story signatures and grouping (see stories.h).
#include "indexer/stories.h"

#include <algorithm>
#include <cstring>
#include <numeric>
#include <unordered_map>

#include "core/schema.h"
#include "core/hash.h"
#include "core/stopwords.h"
#include "core/text.h"
#include "indexer/dates.h"
#include "indexer/story_places.h"

namespace tonle {

namespace {

// Mixed, so the low bits (the bin) and the high bits (the value) are independent.
uint64_t mixed_hash(std::string_view s) { return mix64(fnv1a(s)); }

uint32_t hash32(std::string_view s) {
  auto h = static_cast<uint32_t>(mixed_hash(s));
  return h == 0 ? 1 : h;
}

// Words that say what a text is about. Numbers count: two items of a wire's daily template
// ("Treasury balances at Fed fell on March 27") differ in little else.
bool content_word(const Token& t) {
  return (t.numeric || t.term.size() >= 3) && !is_stopword(t.term);
}

void put32(std::string& out, uint32_t v) {
  for (int i = 0; i < 4; ++i) {
    out += static_cast<char>((v >> (8 * i)) & 0xFF);
  }
}

uint32_t get32(std::string_view in, size_t at) {
  uint32_t v = 0;
  for (int i = 0; i < 4; ++i) {
    v |= static_cast<uint32_t>(static_cast<unsigned char>(in[at + i])) << (8 * i);
  }
  return v;
}

constexpr char kSignatureVersion = 3;  // 3 added the places; 2 is still read (no places)

// Union-find over the inputs.
struct Groups {
  std::vector<uint32_t> parent;
  explicit Groups(size_t n) : parent(n) { std::iota(parent.begin(), parent.end(), 0); }
  uint32_t find(uint32_t x) {
    while (parent[x] != x) {
      parent[x] = parent[parent[x]];
      x = parent[x];
    }
    return x;
  }
  void join(uint32_t a, uint32_t b) {
    a = find(a);
    b = find(b);
    if (a != b) {
      parent[std::max(a, b)] = std::min(a, b);
    }
  }
};

// The keys that make two articles worth comparing: their entities, their report and the bands
// of their MinHash (a near copy shares a band almost surely).
std::vector<uint64_t> blocking_keys(const StorySignature& s) {
  std::vector<uint64_t> keys;
  for (uint32_t k : s.keys) {
    keys.push_back(k);
  }
  if (s.report) {
    keys.push_back((uint64_t{1} << 32) | s.report);
  }
  for (const auto* places : {&s.places, &s.provinces}) {
    for (uint32_t p : *places) {
      keys.push_back((uint64_t{0xFF} << 32) | p);
    }
  }
  constexpr size_t kRows = 4;
  for (size_t band = 0; band * kRows < StorySignature::kBins; ++band) {
    uint64_t h = 0xcbf29ce484222325ULL ^ (band + 2);
    bool any = false;
    for (size_t r = 0; r < kRows; ++r) {
      uint16_t v = s.bins[band * kRows + r];
      any = any || v != StorySignature::kEmpty;
      h = (h ^ v) * 1099511628211ULL;
    }
    if (any) {
      keys.push_back((uint64_t{band + 2} << 32) ^ (h & 0xFFFFFFFFULL) ^ (h >> 32 << 40));
    }
  }
  return keys;
}

// A place named as a point of reference or an origin, not where it happened: "west of Phnom
// Penh", "workers from Prey Veng". ("Just outside Kampong Chhnang town" is where it happened.)
bool reference_point(std::string_view lead, size_t at) {
  std::string before = to_lower_ascii(lead.substr(at - std::min<size_t>(at, 24), std::min<size_t>(at, 24)));
  for (std::string_view w : {"north of ", "south of ", "east of ", "west of ", "from "}) {
    if (before.ends_with(w)) {
      return true;
    }
  }
  return false;
}

// The places the body's first `bytes` name, in text order: those its words mark ("Bati
// district", "Srok Bati") and those the gazetteer knows (article.places: "in Takeo"), named by
// the gazetteer when both find one; the level is the marking word's when there is one. In an
// article naming Cambodian places, a marked province the gazetteer does not know is abroad
// ("Vietnam's Tay Ninh province"): where someone went, not where it happened.
std::vector<LeadPlace> places_in_lead(const Article& article, size_t bytes) {
  std::string_view lead = std::string_view(article.body).substr(0, bytes);
  std::vector<LeadPlace> out = lead_places(lead);
  std::vector<bool> known(out.size(), false);
  size_t body_start = article.title.size() + 2;
  for (const NamedPlace& p : article.places) {
    if (p.begin < body_start || p.begin - body_start >= lead.size()) {
      continue;
    }
    size_t at = p.begin - body_start;
    std::string name = to_lower_ascii(p.name);
    auto marked = std::find_if(out.begin(), out.end(), [&](const LeadPlace& m) {
      return m.at <= at && at < m.at + m.name.size();
    });
    if (marked != out.end()) {
      marked->name = std::move(name);
      known[static_cast<size_t>(marked - out.begin())] = true;
    } else {
      out.push_back({std::move(name), p.province, at});
      known.push_back(true);
    }
  }
  std::vector<LeadPlace> kept;
  for (size_t i = 0; i < out.size(); ++i) {
    bool abroad = out[i].province && !known[i] && !article.places.empty();
    if (!abroad && !reference_point(lead, out[i].at)) {
      kept.push_back(std::move(out[i]));
    }
  }
  std::stable_sort(kept.begin(), kept.end(), [](const LeadPlace& a, const LeadPlace& b) { return a.at < b.at; });
  return kept;
}

}  // namespace

StorySignature sign_story(const Article& article, const std::vector<Token>& title, const std::vector<Token>& body) {
  StorySignature s;
  if (article.date) {
    s.day = static_cast<int32_t>(days_from_civil(article.date->year, article.date->month, article.date->day));
  }
  s.outlet = article.source.empty() ? 0 : hash32(article.source);
  for (const Entity& e : article.entities) {
    uint32_t h = hash32(std::string(facet_name(e.facet)) + ":" + e.value);
    if (e.facet == Facet::kReport && s.report == 0) {
      s.report = h;
    }
    s.keys.push_back(h);
  }
  // The lead: the title and the body's first paragraph (at least 250 bytes of it, at most 600).
  size_t body_start = article.title.size() + 2;
  size_t first_paragraph = std::min(article.body.find("\n\n"), article.body.size());
  size_t lead_end = body_start + std::clamp<size_t>(first_paragraph, 250, 600);
  for (const Entity& e : article.entities) {
    bool speaks = e.facet == Facet::kPerson &&
                  std::any_of(article.entities.begin(), article.entities.end(), [&](const Entity& o) {
                    return o.facet == Facet::kSpokesperson && o.value == e.value;
                  });
    if (e.facet == Facet::kPerson && !speaks && !e.evidence.empty() && e.evidence[0].begin < lead_end &&
        s.subjects.size() < StorySignature::kMaxSubjects) {
      s.subjects.push_back(hash32(std::string(facet_name(e.facet)) + ":" + e.value));
    }
  }
  // The places: in the body's first 800 bytes (a transcript's or a brief's first paragraph may
  // be a line of furniture; a headline's capitals would run into the names). Of provinces only
  // the first: a story names where its event happened before where anyone came from.
  for (const LeadPlace& p : places_in_lead(article, 800)) {
    auto& list = p.province ? s.provinces : s.places;
    if (list.size() < (p.province ? 1 : StorySignature::kMaxPlaces)) {
      list.push_back(hash32(p.name));
    }
  }
  for (auto* list : {&s.places, &s.provinces}) {
    std::sort(list->begin(), list->end());
    list->erase(std::unique(list->begin(), list->end()), list->end());
  }
  std::sort(s.subjects.begin(), s.subjects.end());
  std::sort(s.keys.begin(), s.keys.end());
  s.keys.erase(std::unique(s.keys.begin(), s.keys.end()), s.keys.end());
  if (s.keys.size() > StorySignature::kMaxKeys) {
    s.keys.resize(StorySignature::kMaxKeys);
  }
  s.bins.fill(StorySignature::kEmpty);
  std::vector<uint64_t> seen;
  for (const auto* tokens : {&title, &body}) {
    for (const Token& t : *tokens) {
      if (!content_word(t)) {
        continue;
      }
      uint64_t h = mixed_hash(t.term);
      seen.push_back(h);
      size_t bin = h % StorySignature::kBins;
      auto v = static_cast<uint16_t>(std::min<uint64_t>((h >> 40) & 0xFFFF, StorySignature::kEmpty - 1));
      s.bins[bin] = std::min(s.bins[bin], v);
    }
  }
  std::sort(seen.begin(), seen.end());
  s.words = static_cast<uint16_t>(std::min<size_t>(std::unique(seen.begin(), seen.end()) - seen.begin(), 0xFFFF));
  return s;
}

std::string encode_signature(const StorySignature& s) {
  std::string out;
  out += kSignatureVersion;
  put32(out, static_cast<uint32_t>(s.day));
  put32(out, s.outlet);
  put32(out, s.report);
  out += static_cast<char>(s.words & 0xFF);
  out += static_cast<char>(s.words >> 8);
  for (const auto* list : {&s.keys, &s.subjects, &s.places, &s.provinces}) {
    out += static_cast<char>(list->size());
    for (uint32_t k : *list) {
      put32(out, k);
    }
  }
  for (uint16_t b : s.bins) {
    out += static_cast<char>(b & 0xFF);
    out += static_cast<char>(b >> 8);
  }
  return out;
}

std::optional<StorySignature> decode_signature(std::string_view in) {
  StorySignature s;
  if (in.size() < 16 || (in[0] != kSignatureVersion && in[0] != 2)) {
    return std::nullopt;
  }
  std::vector<std::vector<uint32_t>*> lists = {&s.keys, &s.subjects};
  if (in[0] == kSignatureVersion) {
    lists.push_back(&s.places);
    lists.push_back(&s.provinces);
  }
  s.day = static_cast<int32_t>(get32(in, 1));
  s.outlet = get32(in, 5);
  s.report = get32(in, 9);
  s.words = static_cast<uint16_t>(static_cast<unsigned char>(in[13]) | (static_cast<unsigned char>(in[14]) << 8));
  size_t at = 15;
  for (auto* list : lists) {
    size_t n = at < in.size() ? static_cast<unsigned char>(in[at++]) : 0;
    if (n > StorySignature::kMaxKeys || at + n * 4 > in.size()) {
      return std::nullopt;
    }
    for (size_t i = 0; i < n; ++i, at += 4) {
      list->push_back(get32(in, at));
    }
  }
  if (in.size() != at + StorySignature::kBins * 2) {
    return std::nullopt;
  }
  for (size_t i = 0; i < StorySignature::kBins; ++i, at += 2) {
    s.bins[i] = static_cast<uint16_t>(static_cast<unsigned char>(in[at]) |
                                      (static_cast<unsigned char>(in[at + 1]) << 8));
  }
  return s;
}

double text_similarity(const StorySignature& a, const StorySignature& b) {
  size_t same = 0;
  size_t used = 0;
  for (size_t i = 0; i < StorySignature::kBins; ++i) {
    bool ea = a.bins[i] == StorySignature::kEmpty;
    bool eb = b.bins[i] == StorySignature::kEmpty;
    if (ea && eb) {
      continue;
    }
    ++used;
    same += !ea && a.bins[i] == b.bins[i];
  }
  return used == 0 ? 0.0 : static_cast<double>(same) / static_cast<double>(used);
}

namespace {

// How many values two sorted lists share.
size_t shared(const std::vector<uint32_t>& a, const std::vector<uint32_t>& b) {
  size_t both = 0;
  for (size_t i = 0, j = 0; i < a.size() && j < b.size();) {
    if (a[i] == b[j]) {
      ++both, ++i, ++j;
    } else if (a[i] < b[j]) {
      ++i;
    } else {
      ++j;
    }
  }
  return both;
}

}  // namespace

double entity_similarity(const StorySignature& a, const StorySignature& b) {
  if (a.keys.empty() || b.keys.empty()) {
    return 0.0;
  }
  size_t both = shared(a.keys, b.keys);
  return static_cast<double>(both) / static_cast<double>(a.keys.size() + b.keys.size() - both);
}

bool same_story(const StorySignature& a, const StorySignature& b, const StoryOptions& o) {
  double text = text_similarity(a, b);
  if (a.day == StorySignature::kUndated || b.day == StorySignature::kUndated) {
    return text >= o.duplicate;  // undated: only a duplicate is evidence
  }
  if (std::abs(static_cast<int64_t>(a.day) - b.day) > o.window_days) {
    return false;
  }
  bool one_outlet = a.outlet != 0 && a.outlet == b.outlet;
  if (text >= o.duplicate && (!one_outlet || std::abs(static_cast<int64_t>(a.day) - b.day) <= 1)) {
    return true;  // one text twice (an outlet repeats itself the same day or the next)
  }
  if (one_outlet) {
    return false;  // an outlet tells a story once; its follow-ups and template items are others
  }
  if (text >= o.near_copy && std::min(a.words, b.words) >= o.near_copy_words) {
    return true;
  }
  if (a.report != 0 && b.report != 0) {
    if (a.report != b.report) {
      return false;
    }
    return text >= o.same_report_text;
  }
  if (!a.provinces.empty() && !b.provinces.empty() && shared(a.provinces, b.provinces) == 0) {
    return false;  // a strike in one province and a strike in another
  }
  if (text >= o.subject_text && shared(a.subjects, b.subjects) > 0) {
    return true;
  }
  if (text >= o.place_text && std::abs(static_cast<int64_t>(a.day) - b.day) <= o.place_days &&
      shared(a.places, b.places) > 0) {
    return true;
  }
  // The same province is weaker evidence: not when both leads name whom it is about, and not
  // the same people (two arrests in Koh Kong on one day).
  bool other_subjects = !a.subjects.empty() && !b.subjects.empty() && shared(a.subjects, b.subjects) == 0;
  if (text >= o.province_text && std::abs(static_cast<int64_t>(a.day) - b.day) <= o.place_days &&
      shared(a.provinces, b.provinces) > 0 && !other_subjects) {
    return true;
  }
  double entities = entity_similarity(a, b);
  return (entities >= o.entities && text >= o.entities_text) ||
         (entities >= o.many_entities && text >= o.many_entities_text && shared(a.keys, b.keys) >= 3);
}

std::vector<std::string> group_stories(const std::vector<StoryInput>& inputs, const StoryOptions& o) {
  size_t n = inputs.size();
  std::vector<uint32_t> by_day(n);
  std::iota(by_day.begin(), by_day.end(), 0);
  std::sort(by_day.begin(), by_day.end(), [&](uint32_t x, uint32_t y) {
    const StoryInput& a = inputs[x];
    const StoryInput& b = inputs[y];
    return a.signature.day != b.signature.day ? a.signature.day < b.signature.day : a.article_id < b.article_id;
  });
  std::unordered_map<uint64_t, std::vector<uint32_t>> lists;  // key → inputs, earliest first
  for (uint32_t i : by_day) {
    for (uint64_t k : blocking_keys(inputs[i].signature)) {
      lists[k].push_back(i);
    }
  }
  Groups groups(n);
  for (const auto& [key, members] : lists) {
    for (size_t x = 0; x < members.size(); ++x) {
      const StorySignature& a = inputs[members[x]].signature;
      size_t limit = std::min(members.size(), x + 1 + o.max_comparisons_per_key);
      for (size_t y = x + 1; y < limit; ++y) {
        const StorySignature& b = inputs[members[y]].signature;
        if (a.day != StorySignature::kUndated && b.day != StorySignature::kUndated &&
            static_cast<int64_t>(b.day) - a.day > o.window_days) {
          break;
        }
        if (groups.find(members[x]) != groups.find(members[y]) && same_story(a, b, o)) {
          groups.join(members[x], members[y]);
        }
      }
    }
  }
  // Name each story: its earliest member's existing id, else one made from its earliest member.
  std::vector<size_t> size(n, 0);
  for (uint32_t i = 0; i < n; ++i) {
    ++size[groups.find(i)];
  }
  std::unordered_map<uint32_t, std::string> names;
  for (uint32_t i : by_day) {  // earliest first
    uint32_t root = groups.find(i);
    if (size[root] > 1 && !inputs[i].story.empty() && !names.contains(root)) {
      names[root] = inputs[i].story;
    }
  }
  for (uint32_t i : by_day) {
    uint32_t root = groups.find(i);
    if (size[root] > 1 && !names.contains(root)) {
      names[root] = schema::story_id_for(inputs[i].article_id);
    }
  }
  std::vector<std::string> out(n);
  for (uint32_t i = 0; i < n; ++i) {
    uint32_t root = groups.find(i);
    if (size[root] > 1) {
      out[i] = names[root];
    }
  }
  return out;
}

}  // namespace tonle
