// devset_compare.cc — see devset_compare.h.
#include "bench/devset_compare.h"

#include <algorithm>
#include <array>
#include <set>

namespace tonle::devset {

namespace {

using nlohmann::json;

constexpr std::array<Facet, 5> kEntityFacets = {Facet::kSpokesperson, Facet::kMinistry,
                                                Facet::kNgo, Facet::kParty, Facet::kPerson};

std::string replace_all(std::string s, std::string_view from, std::string_view to) {
  for (size_t pos = s.find(from); pos != s.npos; pos = s.find(from, pos + to.size())) {
    s.replace(pos, from.size(), to);
  }
  return s;
}

std::set<std::string> normalised_set(const std::vector<std::string>& values) {
  std::set<std::string> out;
  for (const std::string& v : values) {
    out.insert(normalise(v));
  }
  return out;
}

std::vector<std::string> strings(const json& j) {
  std::vector<std::string> out;
  if (j.is_array()) {
    for (const json& v : j) {
      if (v.is_string()) {
        out.push_back(v.get<std::string>());
      }
    }
  }
  return out;
}

std::vector<std::string> gold_values(const json& gold, Facet f) {
  if (f == Facet::kSpokesperson) {
    std::vector<std::string> names;
    for (const json& s : gold.value("spokespeople", json::array())) {
      names.push_back(s.value("name", ""));
    }
    return names;
  }
  return strings(gold.value(std::string(facet_name(f)), json::array()));
}

std::vector<std::string> found_values(const Article& a, Facet f) {
  std::vector<std::string> out;
  for (const Entity& e : a.entities) {
    if (e.facet == f) {
      out.push_back(e.value);
    }
  }
  return out;
}

// "TOKYO, March 3 (Reuters) - The Finance …" → "The Finance …": tonle files the dateline apart
// from the text, and annotators may or may not have included it in a paragraph's head.
std::string without_dateline(const std::string& head) {
  for (std::string_view sep : {" --", " -", " \xE2\x80\x93", " \xE2\x80\x94", ":"}) {
    if (head.ends_with(sep)) {
      return "";  // the head is the dateline alone
    }
  }
  // "AKP Phnom Penh, March 06, 2025": a place and a full date, the dateline alone without its
  // separator.
  static constexpr std::array<std::string_view, 12> kMonths = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                               "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  if (head.size() >= 4 && head.size() <= 60 && head.find(", ") != std::string::npos &&
      std::all_of(head.end() - 4, head.end(), [](char c) { return c >= '0' && c <= '9'; }) &&
      std::count(head.begin(), head.end(), ' ') <= 7 &&
      std::any_of(kMonths.begin(), kMonths.end(), [&](std::string_view m) { return head.find(m) != std::string::npos; })) {
    return "";
  }
  // "SEN MONOROM, Cambodia, 18 March 2025 (AFP)": the dateline alone, cut before its separator.
  if (size_t open = head.rfind(" ("); head.ends_with(')') && open != std::string::npos &&
                                      head.size() - open <= 14 && head.find(", ") < open) {
    return "";
  }
  for (std::string_view sep : {" -- ", " - ", " \xE2\x80\x93 ", " \xE2\x80\x94 ", ": "}) {
    size_t at = head.find(sep);
    if (at != std::string::npos && at < 60) {
      return head.substr(at + sep.size());
    }
  }
  return head;
}

struct ArticleScorer {
  const Scored& s;
  Report& r;
  std::ostream* misses;

  void miss(const std::string& what) {
    if (misses != nullptr) {
      *misses << "  " << s.article.id << ": " << what << "\n";
    }
  }

  void entities() {
    bool offtopic = s.gold.value("offtopic", false);
    for (Facet f : kEntityFacets) {
      std::set<std::string> gold = normalised_set(gold_values(s.gold, f));
      std::set<std::string> found = normalised_set(found_values(s.article, f));
      Counts& c = r.facets[std::string(facet_name(f))];
      Counts& all = r.facets["all"];
      size_t right = 0;
      for (const std::string& v : found) {
        if (gold.contains(v)) {
          ++right;
        } else {
          miss("extra " + std::string(facet_name(f)) + " \"" + v + "\"");
          r.offtopic_wrong += offtopic ? 1 : 0;
        }
      }
      for (const std::string& v : gold) {
        if (!found.contains(v)) {
          miss("missed " + std::string(facet_name(f)) + " \"" + v + "\"");
        }
      }
      c.gold += gold.size();
      c.found += found.size();
      c.right += right;
      all.gold += gold.size();
      all.found += found.size();
      all.right += right;
    }
  }

  void spokesperson_bodies() {
    for (const json& g : s.gold.value("spokespeople", json::array())) {
      ++r.spokespeople;
      std::string name = normalise(g.value("name", ""));
      std::set<std::string> want = normalised_set(strings(g.value("bodies", json::array())));
      auto it = std::find_if(s.article.entities.begin(), s.article.entities.end(),
                             [&](const Entity& e) {
                               return e.facet == Facet::kSpokesperson && normalise(e.value) == name;
                             });
      if (it == s.article.entities.end()) {
        continue;  // already reported as a missed spokesperson
      }
      std::set<std::string> got = normalised_set(it->affiliations);
      if (got == want) {
        ++r.bodies_right;
        continue;
      }
      std::string line = "spokesperson \"" + name + "\" bodies [";
      for (const std::string& b : got) {
        line += b + "; ";
      }
      line += "], gold [";
      for (const std::string& b : want) {
        line += b + "; ";
      }
      miss(line + "]");
    }
  }

  void fields() {
    std::string title = normalise(s.gold.value("title", ""));
    if (normalise(s.article.title) == title) {
      ++r.titles_right;
    } else {
      miss("title \"" + s.article.title + "\", gold \"" + s.gold.value("title", "") + "\"");
    }
    std::string date = s.gold.contains("date") && s.gold["date"].is_string()
                           ? s.gold["date"].get<std::string>()
                           : "";
    std::string got_date = s.article.date ? to_iso(*s.article.date) : "";
    if (got_date == date) {
      ++r.dates_right;
    } else {
      miss("date \"" + got_date + "\", gold \"" + date + "\"");
    }
    std::string source = s.gold.contains("source") && s.gold["source"].is_string()
                             ? s.gold["source"].get<std::string>()
                             : "";
    if (normalise(s.article.source) == normalise(source)) {
      ++r.sources_right;
    } else {
      miss("outlet \"" + s.article.source + "\", gold \"" + source + "\"");
    }
  }

  void text() {
    std::string body = normalise(s.article.title + "\n" + s.article.body);
    for (const std::string& head : strings(s.gold.value("paragraphs", json::array()))) {
      ++r.paragraphs;
      if (body.find(normalise(head)) != std::string::npos ||
          body.find(normalise(without_dateline(head))) != std::string::npos) {
        ++r.paragraphs_kept;
      } else {
        miss("lost paragraph \"" + head + "\"");
      }
    }
    bool leaked = false;
    std::string clean = normalise(s.article.body);
    for (const std::string& chrome : strings(s.gold.value("chrome", json::array()))) {
      if (clean.find(normalise(chrome)) != std::string::npos) {
        ++r.chrome_leaks;
        leaked = true;
        miss("chrome in body \"" + chrome + "\"");
      }
    }
    r.chrome_articles += leaked ? 1 : 0;
  }
};

}  // namespace

std::string normalise(std::string_view value) {
  std::string s(value);
  for (auto [from, to] : {std::pair<std::string_view, std::string_view>{"\xE2\x80\x99", "'"},
                          {"\xE2\x80\x98", "'"}, {"\xE2\x80\x9C", "\""}, {"\xE2\x80\x9D", "\""},
                          {"\xC2\xA0", " "}, {"\xE2\x80\x93", "-"}, {"\xE2\x80\x94", "-"}}) {
    s = replace_all(std::move(s), from, to);
  }
  std::string out;
  for (char c : s) {
    char lower = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    bool space = lower == ' ' || lower == '\n' || lower == '\t' || lower == '\r';
    if (space) {
      if (!out.empty() && out.back() != ' ') {
        out += ' ';
      }
    } else {
      out += lower;
    }
  }
  while (!out.empty() && out.back() == ' ') {
    out.pop_back();
  }
  if (out.starts_with("the ")) {
    out.erase(0, 4);
  }
  if (out.ends_with("'s")) {
    out.resize(out.size() - 2);
  }
  return out;
}

Report score(const std::vector<Scored>& articles, std::ostream* misses) {
  Report r;
  for (Facet f : kEntityFacets) {
    r.facets[std::string(facet_name(f))];
  }
  for (const Scored& s : articles) {
    ++r.articles;
    r.offtopic_articles += s.gold.value("offtopic", false) ? 1 : 0;
    ArticleScorer scorer{s, r, misses};
    scorer.entities();
    scorer.spokesperson_bodies();
    scorer.fields();
    scorer.text();
  }
  return r;
}

nlohmann::json figures(const Report& r) {
  json j = json::object();
  for (const auto& [facet, c] : r.facets) {
    j[facet + "_precision"] = c.precision();
    j[facet + "_recall"] = c.recall();
    j[facet + "_f1"] = c.f1();
  }
  double n = r.articles ? double(r.articles) : 1.0;
  j["body_accuracy"] = r.body_accuracy();
  j["title_accuracy"] = double(r.titles_right) / n;
  j["date_accuracy"] = double(r.dates_right) / n;
  j["source_accuracy"] = double(r.sources_right) / n;
  j["paragraph_recall"] = r.paragraphs ? double(r.paragraphs_kept) / double(r.paragraphs) : 1.0;
  j["chrome_leaks_max"] = double(r.chrome_leaks);
  j["offtopic_wrong_max"] = double(r.offtopic_wrong);
  return j;
}

}  // namespace tonle::devset
