// reports.cc — the report an article answers (see reports.h).
#include "indexer/entities/reports.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <map>
#include <string>

#include "indexer/entities/report_documents.h"
#include "indexer/entities/report_text.h"

namespace tonle::entities {

using namespace report_text;
using namespace report_documents;

namespace {

// How a series' year is told: by the year it covers (published the year after), or by the year
// in its title, which is the year it is published.
enum class YearRule { kCoversYearBefore, kNamedForPublication };

// A periodic report series. Kinds are matched in lower case; issuers in the text's own case,
// in the same sentence or the one before, unless the kind alone names the series.
struct Series {
  std::string_view title;   // "Country Reports on Human Rights Practices"
  std::string_view issuer;  // "US Department of State"
  std::array<std::string_view, 6> kinds;
  std::array<std::string_view, 6> issuers;
  std::array<std::string_view, 2> specific_kinds;  // name the series without the issuer
  int edition_base;  // the Nth edition is the series' year edition_base + N (as `rule` reads years); 0: no editions
  YearRule rule;
  std::string_view year_joiner;  // "for" in "... Practices for 2022"; "" in "World Report 2025"
  bool issuer_anywhere = false;  // the kind is its issuer's title: the issuer anywhere in the article will do
};

constexpr std::array<Series, 7> kSeries = {{
    {"Country Reports on Human Rights Practices", "US Department of State",
     {"human rights report", "country report", "rights report", "report on human rights", "human rights practices", ""},
     {"State Department", "Department of State", "US ", "U.S.", "United States", "Washington"},
     {"country reports on human rights practices", "country report on human rights practices"},
     1975, YearRule::kCoversYearBefore, "for"},
    {"Trafficking in Persons Report", "US Department of State",
     {"trafficking in persons report", "tip report", "", "", "", ""},
     {"State Department", "Department of State", "US ", "U.S.", "United States", "Washington"},
     {"trafficking in persons report", ""},
     0, YearRule::kNamedForPublication, ""},
    {"Report on International Religious Freedom", "US Department of State",
     {"report on international religious freedom", "report on religious freedom", "religious freedom report", "", "", ""},
     {"State Department", "Department of State", "US ", "U.S.", "United States", "Washington"},
     {"report on international religious freedom", ""},
     0, YearRule::kCoversYearBefore, "for"},
    {"World Report", "Human Rights Watch",
     {"world report", "", "", "", "", ""},
     {"Human Rights Watch", "HRW", "", "", "", ""},
     {"", ""},
     1990, YearRule::kNamedForPublication, "", true},  // the 34th is World Report 2024
    {"Annual Report", "Amnesty International",
     {"annual report", "state of the world's human rights", "annual human rights report", "", "", ""},
     {"Amnesty", "", "", "", "", ""},
     {"state of the world's human rights", ""},
     0, YearRule::kNamedForPublication, ""},
    {"Freedom in the World", "Freedom House",
     {"freedom in the world", "", "", "", "", ""},
     {"Freedom House", "", "", "", "", ""},
     {"", ""},
     0, YearRule::kNamedForPublication, "", true},
    {"World Press Freedom Index", "Reporters Without Borders",
     {"press freedom index", "", "", "", "", ""},
     {"Reporters Without Borders", "RSF", "", "", "", ""},
     {"world press freedom index", ""},
     0, YearRule::kNamedForPublication, ""},
}};


// What one sentence says about a series: its year, or its edition, when it gives them.
struct SeriesMention {
  std::optional<int> year;     // as the series names it (covered year, or the title's year)
  std::optional<int> edition;  // "45th annual"
};

std::optional<SeriesMention> series_in(const Series& s, std::string_view sentence, std::string_view low,
                                       std::string_view context) {
  std::array<std::string_view, 8> kinds{};  // the specific kinds first: they need no issuer
  std::copy(s.specific_kinds.begin(), s.specific_kinds.end(), kinds.begin());
  std::copy(s.kinds.begin(), s.kinds.end(), kinds.begin() + s.specific_kinds.size());
  for (std::string_view kind : kinds) {
    if (kind.empty()) {
      continue;
    }
    size_t at = low.find(kind);
    if (at == std::string_view::npos) {
      continue;
    }
    bool specific = std::find(s.specific_kinds.begin(), s.specific_kinds.end(), kind) != s.specific_kinds.end();
    bool issuer = std::any_of(s.issuers.begin(), s.issuers.end(), [&](std::string_view i) {
      return !i.empty() && (sentence.find(i) != std::string_view::npos || context.find(i) != std::string_view::npos);
    });
    if (!specific && !issuer) {
      continue;
    }
    SeriesMention m;
    for (std::string_view w : words_before(low, at, 4)) {
      if (!m.year) {
        m.year = word_year(w);
      }
      if (!m.edition && s.edition_base) {
        m.edition = ordinal(w);
      }
    }
    std::vector<std::string_view> after = words_after(low, at + kind.size(), 5);
    for (size_t i = 0; i < after.size() && !m.year; ++i) {
      std::string_view w = trim_punct(after[i]);
      if (s.rule == YearRule::kNamedForPublication && i == 0) {
        m.year = word_year(w);
      } else if ((w == "for" || w == "covering" || w == "on") && i + 1 < after.size()) {
        m.year = word_year(after[i + 1]);
      }
    }
    return m;
  }
  return std::nullopt;
}

std::string series_value(const Series& s, std::optional<int> year) {
  std::string v(s.title);
  if (year) {
    v += ' ';
    if (!s.year_joiner.empty()) {
      v += s.year_joiner;
      v += ' ';
    }
    v += std::to_string(*year);
  }
  v += " (";
  v += s.issuer;
  v += ')';
  return v;
}


constexpr std::array<std::string_view, 12> kMonths = {"January", "February", "March",     "April",   "May",      "June",
                                                      "July",    "August",   "September", "October", "November", "December"};

struct Tally {
  std::string value;
  int mentions = 0;
  size_t first = 0;
  Sentence where;
};

}  // namespace

std::vector<Entity> find_reports(std::string_view text, const ReportContext& context) {
  const std::optional<Date>& published = context.published;
  std::string whole_low = lower(text);
  std::vector<Sentence> sentences = sentences_of(text);
  std::optional<int> text_session = council_session_named(whole_low);
  // A letter abroad is a report answered only in news about Cambodia: elsewhere a company's or a
  // minister's letter to another government is business as usual.
  bool about_cambodia = whole_low.find("cambodia") != std::string::npos;
  std::map<std::string, Tally> found;
  auto note = [&](std::string value, const Sentence& s) {
    Tally& t = found[value];
    if (t.mentions++ == 0) {
      t.value = std::move(value);
      t.first = s.begin;
      t.where = s;
    }
  };
  std::vector<std::string> letter_countries;      // letters to lawmakers abroad
  std::vector<Sentence> letter_sentences;
  std::vector<std::string> government_countries;  // letters to governments abroad
  std::vector<Sentence> government_letters;
  std::map<std::string, std::string> titled;                   // issuer → its report's title
  std::vector<std::pair<std::string, Sentence>> issuer_reports;  // sentences naming an issuer's report
  // Per series: the mentions' years and editions, resolved once the whole text is read.
  std::array<std::vector<std::pair<SeriesMention, Sentence>>, kSeries.size()> series_mentions;
  for (size_t k = 0; k < sentences.size(); ++k) {
    const Sentence& s = sentences[k];
    std::string_view sentence = text.substr(s.begin, s.end - s.begin);
    std::string_view low = std::string_view(whole_low).substr(s.begin, s.end - s.begin);
    std::string_view before = k > 0 ? text.substr(sentences[k - 1].begin, sentences[k - 1].end - sentences[k - 1].begin)
                                    : std::string_view();
    for (size_t i = 0; i < kSeries.size(); ++i) {
      if (std::optional<SeriesMention> m = series_in(kSeries[i], sentence, low, kSeries[i].issuer_anywhere ? text : before)) {
        series_mentions[i].emplace_back(*m, s);
      }
    }
    if (std::optional<std::string> doc = session_document(low, whole_low, published, text_session)) {
      note(std::move(*doc), s);
    } else if (std::optional<LetterAbroad> to = about_cambodia ? letter_abroad(sentence, low, context) : std::nullopt) {
      auto& countries = to->lawmakers ? letter_countries : government_countries;
      for (std::string& c : to->countries) {
        if (std::find(countries.begin(), countries.end(), c) == countries.end()) {
          countries.push_back(std::move(c));
        }
      }
      (to->lawmakers ? letter_sentences : government_letters).push_back(s);
    }
    if (std::string doc = treaty_or_resolution(sentence, low); !doc.empty()) {
      note(published ? doc + ", " + std::string(kMonths[published->month - 1]) + " " + std::to_string(published->year)
                     : doc,
           s);
    }
    if (low.find("report") != std::string_view::npos) {
      std::string issuer = issuer_in(sentence, context.entities);
      if (issuer.empty() && k > 0) {  // "The report, titled ..." after a sentence naming its author
        issuer = issuer_in(before, context.entities);
      }
      if (!issuer.empty()) {
        std::string title = quoted_title_near_report(sentence);
        if (!title.empty() && !titled.contains(issuer)) {
          titled[issuer] = title;
        }
        issuer_reports.emplace_back(issuer, s);
      }
    }
  }
  // A letter to one country's lawmakers is named after it; letters to several, after the month.
  if (!letter_sentences.empty() && (letter_countries.size() == 1 || published)) {
    std::string value = letter_countries.size() == 1
                            ? "Letter to the parliament of " + letter_countries[0]
                            : "Letters to foreign parliaments";
    if (published) {
      value += ", " + std::string(kMonths[published->month - 1]) + " " + std::to_string(published->year);
    }
    for (const Sentence& s : letter_sentences) {
      note(value, s);
    }
  }
  // A letter to one foreign government, when no lawmakers were written to.
  if (letter_sentences.empty() && government_countries.size() == 1) {
    std::string value = "Letter to the government of " + government_countries[0];
    if (published) {
      value += ", " + std::string(kMonths[published->month - 1]) + " " + std::to_string(published->year);
    }
    for (const Sentence& s : government_letters) {
      note(value, s);
    }
  }
  // A titled report, and every sentence naming its issuer's report.
  for (const auto& [issuer, s] : issuer_reports) {
    if (auto t = titled.find(issuer); t != titled.end()) {
      note(t->second + " (" + issuer + ")", s);
    }
  }
  for (size_t i = 0; i < kSeries.size(); ++i) {
    const Series& series = kSeries[i];
    if (series_mentions[i].empty()) {
      continue;
    }
    std::map<int, int> years;
    std::optional<int> edition;
    for (const auto& [m, s] : series_mentions[i]) {
      if (m.year) {
        ++years[*m.year];
      }
      if (m.edition && !edition) {
        edition = m.edition;
      }
    }
    std::optional<int> year;
    if (!years.empty()) {
      year = std::max_element(years.begin(), years.end(), [](auto& a, auto& b) { return a.second < b.second; })->first;
    } else if (edition && series.edition_base) {
      year = series.edition_base + *edition;
    } else if (published) {
      year = published->year - (series.rule == YearRule::kCoversYearBefore ? 1 : 0);
    }
    for (const auto& [m, s] : series_mentions[i]) {
      note(series_value(series, year), s);
    }
  }
  std::vector<Tally> ranked;
  for (auto& [value, t] : found) {
    ranked.push_back(std::move(t));
  }
  std::sort(ranked.begin(), ranked.end(), [](const Tally& a, const Tally& b) {
    return a.mentions != b.mentions ? a.mentions > b.mentions : a.first < b.first;
  });
  std::vector<Entity> out;
  // A second report only when the article comes back to it: one passing mention is context.
  for (size_t i = 0; i < ranked.size() && i < 2 && (i == 0 || ranked[i].mentions >= 2); ++i) {
    Entity e;
    e.facet = Facet::kReport;
    e.value = std::move(ranked[i].value);
    e.mentions = ranked[i].mentions;
    e.evidence.push_back({"report named with its issuer and year or session", ranked[i].where.begin, ranked[i].where.end});
    out.push_back(std::move(e));
  }
  return out;
}

}  // namespace tonle::entities
