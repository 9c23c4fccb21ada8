// reports.cc — the report an article answers (see reports.h).
#include "indexer/entities/reports.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <map>
#include <string>

namespace tonle::entities {

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
  int edition_base;  // the Nth edition covers edition_base + N; 0 when editions are not used
  YearRule rule;
  std::string_view year_joiner;  // "for" in "... Practices for 2022"; "" in "World Report 2025"
};

constexpr std::array<Series, 6> kSeries = {{
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
    {"World Report", "Human Rights Watch",
     {"world report", "", "", "", "", ""},
     {"Human Rights Watch", "HRW", "", "", "", ""},
     {"", ""},
     0, YearRule::kNamedForPublication, ""},
    {"Annual Report", "Amnesty International",
     {"annual report", "state of the world's human rights", "annual human rights report", "", "", ""},
     {"Amnesty", "", "", "", "", ""},
     {"state of the world's human rights", ""},
     0, YearRule::kNamedForPublication, ""},
    {"Freedom in the World", "Freedom House",
     {"freedom in the world", "", "", "", "", ""},
     {"Freedom House", "", "", "", "", ""},
     {"", ""},
     0, YearRule::kNamedForPublication, ""},
    {"World Press Freedom Index", "Reporters Without Borders",
     {"press freedom index", "", "", "", "", ""},
     {"Reporters Without Borders", "RSF", "", "", "", ""},
     {"world press freedom index", ""},
     0, YearRule::kNamedForPublication, ""},
}};

struct Sentence {
  size_t begin = 0;
  size_t end = 0;
};

std::vector<Sentence> sentences_of(std::string_view text) {
  std::vector<Sentence> out;
  size_t begin = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    bool stop = c == '\n' || ((c == '.' || c == '?' || c == '!') && i + 1 < text.size() && text[i + 1] == ' ' &&
                              i + 2 < text.size() && std::isupper(static_cast<unsigned char>(text[i + 2])));
    if (stop) {
      if (i > begin) {
        out.push_back({begin, i + 1});
      }
      begin = i + 1;
    }
  }
  if (begin < text.size()) {
    out.push_back({begin, text.size()});
  }
  return out;
}

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  return out;
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// The year (1900-2099) that a four-digit number at `at` makes, if it stands alone there.
std::optional<int> year_at(std::string_view s, size_t at) {
  if (at + 4 > s.size() || (at > 0 && (is_digit(s[at - 1]) || s[at - 1] == '/'))) {
    return std::nullopt;
  }
  for (size_t i = at; i < at + 4; ++i) {
    if (!is_digit(s[i])) {
      return std::nullopt;
    }
  }
  if (at + 4 < s.size() && (is_digit(s[at + 4]) || s[at + 4] == '/')) {
    return std::nullopt;
  }
  int y = std::stoi(std::string(s.substr(at, 4)));
  return y >= 1900 && y <= 2099 ? std::optional<int>(y) : std::nullopt;
}

// Up to `n` words of `s` before `at` (lower case), nearest first.
std::vector<std::string_view> words_before(std::string_view s, size_t at, size_t n) {
  std::vector<std::string_view> out;
  size_t end = at;
  while (out.size() < n && end > 0) {
    while (end > 0 && (s[end - 1] == ' ' || s[end - 1] == '\'' || s[end - 1] == '"')) {
      --end;
    }
    size_t begin = end;
    while (begin > 0 && s[begin - 1] != ' ') {
      --begin;
    }
    if (begin == end) {
      break;
    }
    out.push_back(s.substr(begin, end - begin));
    end = begin;
  }
  return out;
}

std::vector<std::string_view> words_after(std::string_view s, size_t at, size_t n) {
  std::vector<std::string_view> out;
  size_t begin = at;
  while (out.size() < n && begin < s.size()) {
    while (begin < s.size() && s[begin] == ' ') {
      ++begin;
    }
    size_t end = begin;
    while (end < s.size() && s[end] != ' ') {
      ++end;
    }
    if (begin == end) {
      break;
    }
    out.push_back(s.substr(begin, end - begin));
    begin = end;
  }
  return out;
}

std::string_view trim_punct(std::string_view w) {
  while (!w.empty() && !std::isalnum(static_cast<unsigned char>(w.back()))) {
    w.remove_suffix(1);
  }
  while (!w.empty() && !std::isalnum(static_cast<unsigned char>(w.front()))) {
    w.remove_prefix(1);
  }
  return w;
}

std::optional<int> word_year(std::string_view w) {
  w = trim_punct(w);
  return w.size() == 4 ? year_at(w, 0) : std::nullopt;
}

// "fifty-fourth" → 54, "eleventh" → 11: an ordinal written in words (lower case).
std::optional<int> word_ordinal(std::string_view w) {
  static constexpr std::array<std::string_view, 20> kUnits = {
      "",        "first",      "second",     "third",      "fourth",     "fifth",     "sixth",
      "seventh", "eighth",     "ninth",      "tenth",      "eleventh",   "twelfth",   "thirteenth",
      "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth"};
  static constexpr std::array<std::string_view, 10> kTens = {"", "", "twenty", "thirty", "forty",
                                                             "fifty", "sixty", "seventy", "eighty", "ninety"};
  static constexpr std::array<std::string_view, 10> kTenths = {"", "", "twentieth", "thirtieth", "fortieth",
                                                               "fiftieth", "sixtieth", "seventieth", "eightieth", "ninetieth"};
  for (size_t i = 1; i < kUnits.size(); ++i) {
    if (w == kUnits[i]) {
      return static_cast<int>(i);
    }
  }
  for (size_t t = 2; t < kTens.size(); ++t) {
    if (w == kTenths[t]) {
      return static_cast<int>(t * 10);
    }
    if (w.starts_with(kTens[t]) && w.size() > kTens[t].size() + 1 && w[kTens[t].size()] == '-') {
      std::string_view unit = w.substr(kTens[t].size() + 1);
      for (size_t i = 1; i < 10; ++i) {
        if (unit == kUnits[i]) {
          return static_cast<int>(t * 10 + i);
        }
      }
    }
  }
  return std::nullopt;
}

// "45th" (or "fifty-fourth") → 45; nothing for other words.
std::optional<int> ordinal(std::string_view w) {
  w = trim_punct(w);
  if (std::optional<int> n = word_ordinal(w)) {
    return n;
  }
  size_t digits = 0;
  while (digits < w.size() && is_digit(w[digits])) {
    ++digits;
  }
  std::string_view suffix = w.substr(digits);
  if (digits == 0 || digits > 3 || !(suffix == "st" || suffix == "nd" || suffix == "rd" || suffix == "th")) {
    return std::nullopt;
  }
  return std::stoi(std::string(w.substr(0, digits)));
}

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

// The Human Rights Council's regular session in progress or next at a date: three a year since
// 2008 (the 7th in March 2008), in March, June and September.
int council_session_at(const Date& d) {
  int year = d.year;
  int third = d.month <= 4 ? 0 : d.month <= 7 ? 1 : d.month <= 10 ? 2 : 3;
  if (third == 3) {
    ++year, third = 0;
  }
  return 7 + 3 * (year - 2008) + third;
}

// "Letter to the 54th session of the UN Human Rights Council" and its kin, from one sentence; a
// letter to the Council that gives no session number went to the session of its days.
std::optional<std::string> session_document(std::string_view low, std::string_view whole_low,
                                            const std::optional<Date>& published) {
  size_t at = low.find(" session");
  std::optional<int> n;
  if (at != std::string_view::npos) {
    for (std::string_view w : words_before(low, at, 3)) {  // "its 57th session", "fifty-fourth regular session"
      if (!n) {
        n = ordinal(w);
      }
    }
  }
  bool council = low.find("human rights council") != std::string_view::npos || low.find("hrc") != std::string_view::npos ||
                 whole_low.find("human rights council") != std::string_view::npos;
  if (!n && published && published->year >= 2008 && low.find("letter") != std::string_view::npos &&
      low.find("human rights council") != std::string_view::npos) {
    n = council_session_at(*published);
  }
  if (!n || !council) {
    return std::nullopt;
  }
  std::string session = "the " + std::to_string(*n) +
                        (*n % 100 >= 11 && *n % 100 <= 13 ? "th"
                         : *n % 10 == 1                  ? "st"
                         : *n % 10 == 2                  ? "nd"
                         : *n % 10 == 3                  ? "rd"
                                                         : "th") +
                        " session of the UN Human Rights Council";
  if (low.find("letter") != std::string_view::npos || low.find("written to") != std::string_view::npos ||
      low.find("wrote to") != std::string_view::npos) {
    return "Letter to " + session;
  }
  if (low.find("rapporteur") != std::string_view::npos && low.find("report") != std::string_view::npos) {
    return "Special Rapporteur's report to " + session;
  }
  if (low.find("statement") != std::string_view::npos) {
    return "Joint statement to " + session;
  }
  return std::nullopt;
}

// A letter to lawmakers or a government abroad: whom, and the countries the sentence names
// (Cambodia's own excepted).
struct LetterAbroad {
  bool lawmakers = false;  // a parliament, MPs, ...; else ministers or a government
  std::vector<std::string> countries;
};

std::optional<LetterAbroad> letter_abroad(std::string_view sentence, std::string_view low,
                                          const ReportContext& context) {
  if (low.find("letter") == std::string_view::npos) {
    return std::nullopt;
  }
  LetterAbroad letter;
  for (std::string_view w : {"parliament", " mps", "lawmakers", "legislature", "legislators", "congress"}) {
    letter.lawmakers = letter.lawmakers || low.find(w) != std::string_view::npos;
  }
  bool government = false;
  for (std::string_view w : {"minister", "government"}) {
    government = government || low.find(w) != std::string_view::npos;
  }
  if (!letter.lawmakers && !government) {
    return std::nullopt;
  }
  std::vector<std::string>& countries = letter.countries;
  if (context.country_of) {
    for (std::string_view w : words_after(sentence, 0, 200)) {
      w = trim_punct(w);
      if (w.ends_with("'s") || w.ends_with("\u2019s")) {
        w = w.substr(0, w.rfind(w.ends_with("'s") ? "'s" : "\u2019s"));
      }
      if (w.empty() || !std::isupper(static_cast<unsigned char>(w[0]))) {
        continue;
      }
      std::string country = context.country_of(w);
      if (!country.empty() && country != "Cambodia" &&
          std::find(countries.begin(), countries.end(), country) == countries.end()) {
        countries.push_back(country);
      }
    }
  }
  return letter;
}

// The findings of a UN treaty body ("the concluding observations of the UN Human Rights
// Committee") or a resolution of the European Parliament, named with the month they were
// answered in: "" when the sentence names neither.
std::string treaty_or_resolution(std::string_view sentence, std::string_view low) {
  if (low.find("concluding observations") != std::string_view::npos) {
    for (std::string_view committee : {"Human Rights Committee", "Committee against Torture",
                                       "Committee on the Rights of the Child",
                                       "Committee on the Elimination of Discrimination against Women",
                                       "Committee on Economic, Social and Cultural Rights"}) {
      size_t at = sentence.find(committee);
      if (at != std::string_view::npos && !sentence.substr(0, at).ends_with("Cambodian ")) {
        return "Concluding observations of the UN " + std::string(committee) + " on Cambodia";
      }
    }
  }
  if (low.find("resolution") != std::string_view::npos && sentence.find("European Parliament") != std::string_view::npos) {
    return "European Parliament resolution on Cambodia";
  }
  return {};
}

// A report a body gives a title: "Amnesty's report, "Trapped Behind the Walls"", "a report
// titled 'Dust and Debt'", "the 'Trapped Behind the Walls' report". The title, if any.
std::string quoted_title_near_report(std::string_view sentence) {
  auto is_quote = [](std::string_view s, size_t i) -> size_t {
    if (s[i] == '"' || s[i] == '\'') {
      return 1;
    }
    for (std::string_view q : {"\u201c", "\u201d", "\u2018", "\u2019"}) {
      if (s.substr(i).starts_with(q)) {
        return q.size();
      }
    }
    return 0;
  };
  for (size_t at = sentence.find("report"); at != std::string_view::npos; at = sentence.find("report", at + 1)) {
    // After: "report, "T"" / "report titled "T"" / "report entitled "T"".
    size_t i = at + 6;
    if (sentence.substr(i).starts_with(",")) {
      ++i;
    }
    if (sentence.substr(i).starts_with(" ")) {
      ++i;
    }
    for (std::string_view joiner : {"titled ", "entitled ", "called "}) {
      if (sentence.substr(i).starts_with(joiner)) {
        i += joiner.size();
        break;
      }
    }
    size_t q = i < sentence.size() ? is_quote(sentence, i) : 0;
    if (q) {
      size_t start = i + q;
      for (size_t j = start; j < sentence.size() && j < start + 80; ++j) {
        if (size_t qe = is_quote(sentence, j); qe && j > start + 3) {
          std::string_view title = sentence.substr(start, j - start);
          title = title.substr(0, title.find(':'));  // the title without its subtitle
          if (std::isupper(static_cast<unsigned char>(title[0])) && title.find_first_of(".!?") == std::string_view::npos) {
            return std::string(trim_punct(title));
          }
          break;
        }
      }
    }
    // Before: "the 'T' report".
    if (at >= 2) {
      size_t end = at - 1;  // the space before "report"
      size_t qe = 0;
      for (size_t back = 1; back <= 3 && back <= end; ++back) {
        if ((qe = is_quote(sentence, end - back)) == back) {
          size_t close = end - back;
          for (size_t j = close; j-- > 0 && close - j < 80;) {
            if (size_t qs = is_quote(sentence, j); qs && j + qs < close) {
              std::string_view title = sentence.substr(j + qs, close - j - qs);
              if (!title.empty() && std::isupper(static_cast<unsigned char>(title[0]))) {
                return std::string(trim_punct(title));
              }
              break;
            }
          }
          break;
        }
      }
    }
  }
  return {};
}

// The body whose titled report a sentence names: the NGO or state body of the article named
// nearest before "report" ("the ministry rejected an Amnesty International report"), by its name
// or its first word ("Amnesty's report"); else the nearest after it.
std::string issuer_in(std::string_view sentence, const std::vector<Entity>& entities) {
  size_t report = sentence.find("report");
  std::string best;
  size_t best_distance = std::string_view::npos;
  for (const Entity& e : entities) {
    if (e.facet != Facet::kNgo && e.facet != Facet::kMinistry) {
      continue;
    }
    std::string_view first = std::string_view(e.value).substr(0, e.value.find(' '));
    for (std::string_view name : {std::string_view(e.value), first}) {
      if (name.size() < 5) {
        continue;
      }
      for (size_t at = sentence.find(name); at != std::string_view::npos; at = sentence.find(name, at + 1)) {
        size_t distance = at < report ? report - at : sentence.size() + at;
        if (distance < best_distance) {
          best_distance = distance;
          best = e.value;
        }
      }
    }
  }
  return best;
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
      if (std::optional<SeriesMention> m = series_in(kSeries[i], sentence, low, before)) {
        series_mentions[i].emplace_back(*m, s);
      }
    }
    if (std::optional<std::string> doc = session_document(low, whole_low, published)) {
      note(std::move(*doc), s);
    } else if (std::optional<LetterAbroad> to = letter_abroad(sentence, low, context)) {
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
