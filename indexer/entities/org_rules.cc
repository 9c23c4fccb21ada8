// org_rules.cc — organisation mention rules declared in org_rules.h.
#include "indexer/entities/org_rules.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <set>

namespace tonle::entities {

namespace {

constexpr std::array<std::string_view, 17> kNgoHeads = {
    "watch",        "network",      "forum",         "alliance",      "association",
    "league",       "coalition",    "foundation",    "federation",    "centre",
    "center",       "institute",    "organisation",  "organization",  "confederation",
    "international", "parliamentarians"};

constexpr std::array<std::string_view, 6> kConnectors = {"of", "for", "on", "in", "de", "the"};

// Words right before a name that say it is an NGO: "rights group Licadho", "NGO Adhoc".
constexpr std::array<std::string_view, 5> kNgoCues = {"group", "ngo", "ngos", "organisation",
                                                      "watchdog"};

// Words that open a sentence or a name without belonging to it.
constexpr std::array<std::string_view, 3> kDeterminers = {"the", "a", "this"};
constexpr std::array<std::string_view, 6> kPossessives = {"its", "his", "her", "their", "our", "that"};

bool contains(const auto& list, std::string_view key) {
  return std::find(list.begin(), list.end(), key) != list.end();
}

struct Resolution {
  std::optional<Facet> facet;  // nullopt: a body outside the facets (or an outlet, a place)
  std::string canonical;
};

Resolution resolve_entry(const Gazetteer& g, size_t entry) {
  const GazetteerEntry& e = g.entries()[entry];
  if (e.kind != Kind::kFacet || e.facet == Facet::kSource) {
    return {std::nullopt, e.canonical};
  }
  return {e.facet, e.canonical};
}

struct Candidate {
  Resolution resolution;
  size_t first = 0;
  size_t last = 0;
};

void add_mention(Scan& scan, const Resolution& r, size_t first, size_t last) {
  scan.add(Mention{.facet = r.facet.value_or(Facet::kNgo),
                   .faceted = r.facet.has_value(),
                   .canonical = r.canonical,
                   .first = first,
                   .last = last});
}

// "Human Rights Watch (HRW)": the acronym right after its long form is part of that mention, not
// a second one.
void add_or_extend(Scan& scan, const Candidate& c) {
  if (!scan.mentions.empty() && c.first > 0) {
    Mention& prev = scan.mentions.back();
    if (prev.last + 1 == c.first && prev.canonical == c.resolution.canonical &&
        (scan.words[prev.last].gap_after & kGapOpenParen)) {
      for (size_t k = c.first; k <= c.last; ++k) {
        scan.owner[k] = static_cast<int>(scan.mentions.size() - 1);
      }
      prev.last = c.last;
      return;
    }
  }
  add_mention(scan, c.resolution, c.first, c.last);
}

struct LearnedResolution {
  const LearnedAlias* alias = nullptr;
  Resolution resolution;
};

std::vector<LearnedResolution> resolve_learned(const Scan& scan, const Gazetteer& g) {
  std::vector<LearnedResolution> out;
  for (const LearnedAlias& la : scan.learned) {
    // The long form decides; the acronym only when it is an unambiguous gazetteer alias
    // ("Liberal Democratic Party (LDP)" is not the League for Democracy Party).
    std::optional<size_t> entry = g.find_by_keys(la.long_keys);
    if (!entry) {
      if (auto acronym = g.find_alias({la.acronym_key}); acronym && acronym->second != AliasMode::kDefinedOnly) {
        entry = acronym->first;
      }
    }
    Resolution r = entry ? resolve_entry(g, *entry)
                         : Resolution{classify_org_name(la.long_keys), la.long_form};
    out.push_back({&la, r});
  }
  return out;
}

// A learned long form or acronym at word i: returns the last word matched.
std::optional<size_t> match_learned(const Scan& scan, const LearnedAlias& la, size_t i) {
  const std::vector<Word>& w = scan.words;
  if (w[i].all_caps && w[i].key == la.acronym_key) {
    return i;
  }
  size_t n = la.long_keys.size();
  if (!w[i].capitalized || i + n > w.size()) {
    return std::nullopt;
  }
  for (size_t k = 0; k < n; ++k) {
    if (w[i + k].key != la.long_keys[k] || (k + 1 < n && !joined(w, i + k))) {
      return std::nullopt;
    }
  }
  return i + n - 1;
}

// "Justice ministry" / "Interior Ministry": a run followed by the word ministry.
std::optional<Candidate> x_ministry(const Scan& scan, const Gazetteer& g, size_t first,
                                    size_t last) {
  size_t m = last + 1;
  if (!joined(scan.words, last) || !is_key(scan, m, "ministry") || scan.covered(m)) {
    return std::nullopt;
  }
  for (size_t k = first; k <= last; ++k) {
    if (contains(kDeterminers, scan.words[k].key) || contains(kPossessives, scan.words[k].key)) {
      return std::nullopt;  // "The ministry", "Its Ministry": no name
    }
  }
  if (auto entry = g.find_by_keys(keys_of(scan, first, m))) {
    return Candidate{resolve_entry(g, *entry), first, m};
  }
  return Candidate{{Facet::kMinistry, "Ministry of " + span_text(scan.text, scan.words, first, last)},
                   first, m};
}

// Rules on the capitalised run starting at word i.
std::optional<Candidate> run_rule_candidate(const Scan& scan, const Gazetteer& g, size_t i) {
  const std::vector<Word>& w = scan.words;
  size_t first = i;
  size_t last = capitalised_run_end(w, first);
  for (size_t k = first; k <= last; ++k) {
    // Stop before a mention found earlier or a known name inside the run ("… and Amnesty
    // International"): a rule never swallows a gazetteer entity.
    if (scan.covered(k) || (k > first && g.match_at(w, k))) {
      if (k == first) {
        return std::nullopt;
      }
      last = k - 1;
      while (last > first && !w[last].capitalized) {
        --last;
      }
      break;
    }
  }
  if (auto c = x_ministry(scan, g, first, last)) {
    return c;
  }
  std::vector<std::string> keys = keys_of(scan, first, last);
  std::optional<Facet> facet = classify_org_name(keys);
  bool cued = first >= 1 && contains(kNgoCues, w[first - 1].key) && joined(w, first - 1) &&
              !is_company_suffix(keys.back());
  if (!facet && cued) {
    facet = Facet::kNgo;
  }
  if (!facet || (keys.size() < 2 && !cued)) {
    return std::nullopt;
  }
  std::optional<size_t> entry = g.find_by_keys(keys);
  return Candidate{entry ? resolve_entry(g, *entry) : Resolution{facet, span_text(scan.text, w, first, last)},
                   first, last};
}

}  // namespace

size_t capitalised_run_end(const std::vector<Word>& words, size_t i) {
  size_t last = i;
  size_t k = i;
  bool complement = false;  // seen "of"/"for": "and" may now join ("Cults and Religion")
  bool and_seen = false;    // ... but only once
  while (joined(words, k)) {
    const Word& next = words[k + 1];
    if (next.capitalized && !next.sentence_start) {
      last = k = k + 1;
      continue;
    }
    bool connector = contains(kConnectors, next.key) || (complement && next.key == "and" && !and_seen);
    and_seen = and_seen || next.key == "and";
    if (connector && !next.capitalized && joined(words, k + 1) && words[k + 2].capitalized) {
      complement = complement || next.key == "of" || next.key == "for";
      k = k + 1;
      continue;
    }
    break;
  }
  return last;
}

std::optional<Facet> classify_org_name(const std::vector<std::string>& keys) {
  if (keys.size() < 2 || is_company_suffix(keys.back())) {
    return std::nullopt;  // "Ministry" alone names no particular ministry; "… Inc" is a company
  }
  // The nominal head: the word before the first "of"/"for" ("Forum for Development"), and the
  // last word ("Candlelight Party").
  auto of = std::find_if(keys.begin() + 1, keys.end(),
                         [](const std::string& k) { return k == "of" || k == "for"; });
  const std::string& inner = *(of - 1);
  const std::string& last = keys.back();
  bool national = contains(keys, "national") || contains(keys, "royal");
  for (const std::string& head : {inner, last}) {
    if (head == "ministry" || head == "department" || head == "authority" || head == "agency" ||
        (national && (head == "committee" || head == "commission" || head == "council"))) {
      return Facet::kMinistry;
    }
  }
  if (last == "party") {
    return Facet::kParty;
  }
  if (contains(kNgoHeads, inner) || contains(kNgoHeads, last)) {
    return Facet::kNgo;
  }
  return std::nullopt;
}

bool is_company_suffix(std::string_view key) {
  static constexpr std::array<std::string_view, 16> kSuffixes = {
      "inc", "corp", "co", "ltd", "plc", "llc", "sa", "ag", "nv", "gmbh", "bhd", "corporation",
      "company", "holdings", "industries", "bank"};
  return contains(kSuffixes, key);
}

bool is_org_head(std::string_view key) {
  return key == "ministry" || key == "department" || key == "authority" || key == "agency" ||
         key == "party" || contains(kNgoHeads, key);
}

std::vector<std::string> keys_of(const Scan& scan, size_t first, size_t last) {
  std::vector<std::string> keys;
  for (size_t k = first; k <= last && k < scan.words.size(); ++k) {
    keys.push_back(scan.words[k].key);
  }
  return keys;
}

void find_org_mentions(Scan& scan, const Gazetteer& g) {
  std::vector<LearnedResolution> learned = resolve_learned(scan, g);
  std::set<size_t> named;  // gazetteer entries the article has named unambiguously so far
  for (size_t i = 0; i < scan.words.size(); ++i) {
    const std::string& key = scan.words[i].key;
    if (scan.covered(i) || !scan.words[i].capitalized || contains(kDeterminers, key) ||
        contains(kPossessives, key)) {
      continue;  // "The", "Its": names start after them
    }
    // The longest reading wins: gazetteer alias, learned acronym, or a rule on the run.
    std::optional<Candidate> best;
    if (std::optional<AliasMatch> m = g.match_at(scan.words, i);
        m && (m->mode != AliasMode::kDefinedOnly || named.contains(m->entry))) {
      best = Candidate{resolve_entry(g, m->entry), m->first, m->last};
      if (m->mode != AliasMode::kDefinedOnly) {
        named.insert(m->entry);
      }
    }
    for (const LearnedResolution& lr : learned) {
      std::optional<size_t> end = match_learned(scan, *lr.alias, i);
      if (end && (!best || *end > best->last)) {
        best = Candidate{lr.resolution, i, *end};
      }
    }
    if (std::optional<Candidate> rule = run_rule_candidate(scan, g, i);
        rule && rule->resolution.facet && (!best || rule->last > best->last)) {
      best = rule;
    }
    if (best) {
      add_or_extend(scan, *best);
      i = best->last;
    }
  }
}

}  // namespace tonle::entities
