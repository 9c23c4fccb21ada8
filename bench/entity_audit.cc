// entity_audit.cc — what tonle files from news that is not about Cambodia. Runs a folder of
// articles (bench/make_offtopic.py writes Reuters-21578 as raw wire copy) through the indexer's
// pipeline and counts the values no reader would accept:
//  * clause: a value that starts with a clause word ("But the Scottish National Party");
//  * calendar: a weekday or month inside a value ("Ministry of Information on Monday");
//  * headline: an all-capitals word in a value the gazetteer does not list ("SAYS");
//  * cambodian: a Cambodian body, party or NGO in an article that never names Cambodia;
//  * unnamed: a gazetteer value whose name the article never writes in full, only by an
//    acronym ("HRW" wheat as Human Rights Watch);
//  * prose-date: a publication date read from the story's own text.
// Prints the count of each with examples, and the most frequent values of each facet.
//
//   entity_audit [--examples N] [--gazetteer PATH] DIR...
#include <algorithm>
#include <array>
#include <iostream>
#include <map>
#include <mutex>
#include <set>
#include <thread>

#include "core/text.h"
#include "indexer/prepare.h"

namespace {

using namespace tonle;

constexpr std::array<std::string_view, 24> kClauseWords = {
    "but", "and", "at", "in", "on", "for", "as", "when", "while", "if", "although", "after",
    "before", "since", "with", "from", "to", "by", "under", "meanwhile", "however", "also",
    "yesterday", "today"};
constexpr std::array<std::string_view, 19> kCalendarWords = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
    "february", "march", "april", "june", "july", "august", "september", "october",
    "november", "december", "yesterday"};

struct Flag {
  std::string check, article, facet, value;
};

struct Audit {
  std::mutex mu;
  std::vector<Flag> flags;
  std::map<std::string, std::map<std::string, int>> values;  // facet → value → articles
  size_t articles = 0;
  std::map<std::string, int> date_basis;
};

std::vector<std::string> words_of(std::string_view s) {
  std::vector<std::string> out;
  for (const std::string& w : split(s, ' ')) {
    out.push_back(w);
  }
  return out;
}

bool all_caps_word(std::string_view w) {
  int letters = 0;
  for (char c : w) {
    if (c >= 'a' && c <= 'z') {
      return false;
    }
    letters += (c >= 'A' && c <= 'Z') ? 1 : 0;
  }
  return letters >= 3;
}

// The entry has an all-capitals alias (an acronym) beside its name.
bool is_acronym_alias(const entities::Gazetteer& g, size_t entry) {
  for (const std::string& alias : g.entries()[entry].aliases) {
    if (alias.size() >= 2 && std::none_of(alias.begin(), alias.end(), [](char c) {
          return (c >= 'a' && c <= 'z') || c == ' ';
        })) {
      return true;
    }
  }
  return false;
}

// The text writes one of the entry's names that is no acronym.
bool names_in_full(const entities::Gazetteer& g, size_t entry, const std::string& text) {
  std::string lower = to_lower_ascii(text);
  for (const std::string& alias : g.entries()[entry].aliases) {
    bool acronym = std::none_of(alias.begin(), alias.end(), [](char c) { return c >= 'a' && c <= 'z'; });
    if (!acronym && lower.find(to_lower_ascii(alias)) != std::string::npos) {
      return true;
    }
  }
  return false;
}

bool names_cambodia(std::string_view text) {
  std::string lower = to_lower_ascii(text);
  for (std::string_view w : {"cambodia", "phnom penh", "khmer", "kampuchea", "hun sen"}) {
    if (lower.find(w) != std::string::npos) {
      return true;
    }
  }
  return false;
}

void audit_article(const Article& a, const entities::Gazetteer& g, Audit& out) {
  std::string text = a.title + "\n" + a.body;
  std::vector<Flag> flags;
  auto flag = [&](std::string check, const Entity& e) {
    flags.push_back({std::move(check), a.id, std::string(facet_name(e.facet)), e.value});
  };
  bool cambodian_story = names_cambodia(text);
  for (const Entity& e : a.entities) {
    std::vector<std::string> words = words_of(e.value);
    std::string first = words.empty() ? "" : to_lower_ascii(words.front());
    if (std::find(kClauseWords.begin(), kClauseWords.end(), first) != kClauseWords.end()) {
      flag("clause", e);
    }
    for (const std::string& w : words) {
      std::string lw = to_lower_ascii(w);
      if (std::find(kCalendarWords.begin(), kCalendarWords.end(), lw) != kCalendarWords.end()) {
        flag("calendar", e);
        break;
      }
    }
    std::optional<size_t> entry = g.find_by_canonical(e.value);
    if (!entry && std::any_of(words.begin(), words.end(), all_caps_word)) {
      flag("headline", e);
    }
    if (entry && is_acronym_alias(g, *entry) && text.find(e.value) == std::string::npos &&
        !names_in_full(g, *entry, text)) {
      flag("unnamed", e);
    }
    bool cambodian = (entry && g.entries()[*entry].cambodian()) ||
                     e.value.find("Cambodia") != std::string::npos;
    if (cambodian && !cambodian_story && e.facet != Facet::kPerson &&
        e.facet != Facet::kSpokesperson) {
      flag("cambodian", e);
    }
  }
  std::lock_guard<std::mutex> lock(out.mu);
  ++out.articles;
  if (a.date) {
    ++out.date_basis[a.date_basis];
    if (a.date_basis == "lead paragraph") {
      out.flags.push_back({"prose-date", a.id, "date", to_iso(*a.date)});
    }
  }
  for (const Entity& e : a.entities) {
    ++out.values[std::string(facet_name(e.facet))][e.value];
  }
  out.flags.insert(out.flags.end(), flags.begin(), flags.end());
}

void report(const Audit& a, size_t examples) {
  std::cout << "articles: " << a.articles << "\n\ndates by basis:";
  for (const auto& [basis, n] : a.date_basis) {
    std::cout << "  " << (basis.empty() ? "(none)" : basis) << " " << n << ";";
  }
  std::map<std::string, std::vector<const Flag*>> by_check;
  for (const Flag& f : a.flags) {
    by_check[f.check].push_back(&f);
  }
  std::cout << "\n\nvalues no reader would accept:\n";
  for (std::string_view check : {"clause", "calendar", "headline", "cambodian", "unnamed", "prose-date"}) {
    const auto& list = by_check[std::string(check)];
    std::cout << "  " << check << ": " << list.size() << "\n";
    for (size_t i = 0; i < list.size() && i < examples; ++i) {
      std::cout << "      " << list[i]->article << "  " << list[i]->facet << " \""
                << list[i]->value << "\"\n";
    }
  }
  for (const auto& [facet, values] : a.values) {
    std::vector<std::pair<int, std::string>> top;
    for (const auto& [v, n] : values) {
      top.emplace_back(n, v);
    }
    std::sort(top.rbegin(), top.rend());
    std::cout << "\n" << facet << ": " << values.size() << " values; most frequent:\n";
    for (size_t i = 0; i < top.size() && i < examples; ++i) {
      std::cout << "  " << top[i].first << "  " << top[i].second << "\n";
    }
  }
}

}  // namespace

int main(int argc, char** argv) try {
  std::vector<std::string> dirs;
  std::string gazetteer_path = TONLE_DEFAULT_GAZETTEER;
  size_t examples = 25;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--examples" && i + 1 < argc) {
      examples = std::stoul(argv[++i]);
    } else if (a == "--gazetteer" && i + 1 < argc) {
      gazetteer_path = argv[++i];
    } else {
      dirs.push_back(a);
    }
  }
  if (dirs.empty()) {
    std::cerr << "usage: entity_audit [--examples N] [--gazetteer PATH] DIR...\n";
    return 2;
  }
  Analyzer analyzer;
  entities::Gazetteer gazetteer = entities::Gazetteer::load(gazetteer_path, analyzer);
  InputSet inputs = find_inputs(dirs);
  Audit audit;
  std::atomic<size_t> next{0};
  auto work = [&] {
    Preparer preparer(gazetteer, inputs, uintmax_t{64} << 20);
    for (size_t i = next++; i < inputs.files.size(); i = next++) {
      for (const Article& a : preparer.read_articles(inputs.files[i]).articles) {
        audit_article(a, gazetteer, audit);
      }
    }
  };
  std::vector<std::thread> threads;
  for (unsigned t = 1; t < std::max(1u, std::thread::hardware_concurrency()); ++t) {
    threads.emplace_back(work);
  }
  work();
  for (std::thread& t : threads) {
    t.join();
  }
  report(audit, examples);
  return 0;
} catch (const std::exception& e) {
  std::cerr << "entity_audit: " << e.what() << "\n";
  return 2;
}
