// report_documents.cc — see report_documents.h.
#include "indexer/entities/report_documents.h"

#include <algorithm>
#include <array>
#include <cctype>

#include "indexer/entities/lexicon.h"
#include "indexer/entities/report_text.h"

namespace tonle::entities::report_documents {

using namespace report_text;

namespace {

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

}  // namespace

namespace {

// The session number a sentence gives: "its 57th session", "fifty-fourth regular session".
std::optional<int> session_number(std::string_view low) {
  size_t at = low.find(" session");
  if (at == std::string_view::npos) {
    return std::nullopt;
  }
  for (std::string_view w : words_before(low, at, 3)) {
    if (std::optional<int> n = ordinal(w)) {
      return n;
    }
  }
  return std::nullopt;
}

}  // namespace

std::optional<int> council_session_named(std::string_view whole_low) {
  if (whole_low.find("human rights council") == std::string_view::npos) {
    return std::nullopt;
  }
  for (size_t at = whole_low.find(" session"); at != std::string_view::npos; at = whole_low.find(" session", at + 1)) {
    if (std::optional<int> n = session_number(whole_low.substr(0, at + 8))) {
      return n;
    }
  }
  return std::nullopt;
}

// "Letter to the 54th session of the UN Human Rights Council" and its kin, from one sentence.
std::optional<std::string> session_document(std::string_view low, std::string_view whole_low,
                                            const std::optional<Date>& published, std::optional<int> text_session) {
  std::optional<int> n = session_number(low);
  bool about_council = whole_low.find("human rights council") != std::string_view::npos;
  bool council = low.find("human rights council") != std::string_view::npos || low.find("hrc") != std::string_view::npos ||
                 about_council;
  // "the council" of an article about the Human Rights Council is that Council; the rapporteur
  // its article names elsewhere wrote the report a sentence speaks of.
  bool to_council = low.find("the council") != std::string_view::npos ||
                    low.find("human rights council") != std::string_view::npos;
  bool rapporteur_named = low.find("rapporteur") != std::string_view::npos ||
                          whole_low.find("rapporteur") != std::string_view::npos;
  bool rapporteur_report = low.find("report") != std::string_view::npos && rapporteur_named;
  // A letter to the Council or a rapporteur's report to it with no number in the sentence went
  // to the session the article names elsewhere, else to the session of its days.
  bool letter = low.find("letter") != std::string_view::npos &&
                (low.find("human rights council") != std::string_view::npos ||
                 (about_council && low.find("council") != std::string_view::npos));
  bool rapporteur = rapporteur_report && to_council && about_council;
  if (!n && (letter || rapporteur)) {
    n = text_session;
    if (!n && published && published->year >= 2008) {
      n = council_session_at(*published);
    }
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
  if (rapporteur_report) {
    return "Special Rapporteur's report to " + session;
  }
  if (low.find("statement") != std::string_view::npos) {
    return "Joint statement to " + session;
  }
  return std::nullopt;
}

std::optional<LetterAbroad> letter_abroad(std::string_view sentence, std::string_view low,
                                          const ReportContext& context) {
  if (low.find("letter") == std::string_view::npos && low.find("written to") == std::string_view::npos &&
      low.find("wrote to") == std::string_view::npos) {
    return std::nullopt;
  }
  LetterAbroad letter;
  for (std::string_view w : {"parliament", " mps", "lawmakers", "legislature", "legislators", "congress", " diet",
                             "bundestag", "riksdag", "storting"}) {
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
  // Its findings by their formal name, or as the news calls them.
  if (low.find("concluding observations") != std::string_view::npos || low.find("conclusions") != std::string_view::npos ||
      low.find("findings") != std::string_view::npos) {
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

namespace {

// "report, Bulldozed Without Notice, published ...": a title set off by commas from `at` (just
// after "report, "), its words capitalised but for small ones, and what follows saying it was
// published or what it documents. A body's or a person's name so set off ("report, Mekong Labour
// Watch, which ...", "report, Sok Dara, a farmer,") is none: no word of it may head an
// organisation's name or be a role, rank or honorific.
std::string unquoted_title_at(std::string_view sentence, size_t at) {
  static constexpr auto kSmall = std::to_array<std::string_view>(
      {"a", "an", "and", "at", "by", "for", "from", "in", "of", "on", "or", "the", "to", "under", "with"});
  size_t comma = sentence.find(',', at);
  if (comma == std::string_view::npos || comma - at > 80) {
    return {};
  }
  std::string_view run = sentence.substr(at, comma - at);
  std::vector<std::string_view> words;
  for (size_t i = 0; i < run.size();) {
    size_t end = std::min(run.find(' ', i), run.size());
    words.push_back(run.substr(i, end - i));
    i = end + 1;
  }
  if (words.size() < 2 || words.size() > 8) {
    return {};
  }
  for (size_t k = 0; k < words.size(); ++k) {
    std::string_view w = words[k];
    std::string key = lower(w);
    bool small = std::find(kSmall.begin(), kSmall.end(), key) != kSmall.end();
    bool capital = !w.empty() && std::isupper(static_cast<unsigned char>(w[0]));
    if (w.empty() || (!capital && !(small && k > 0 && k + 1 < words.size())) ||
        !std::all_of(w.begin(), w.end(), [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '\''; }) ||
        lexicon::head_kind(key) != lexicon::Head::kNone || lexicon::is_role_noun(key) ||
        lexicon::is_honorific(key) || lexicon::is_rank(key) || lexicon::is_spokes_word(key)) {
      return {};
    }
  }
  // What follows the title says it is one: "..., published on Monday", "..., released ...",
  // "..., which documents ..." (a person's or a place's name set off so is followed by what they
  // are or did: "Sok Dara, a 52-year-old farmer,").
  std::vector<std::string_view> next = words_after(sentence, comma + 1, 2);
  static constexpr auto kPublished = std::to_array<std::string_view>(
      {"documents", "describes", "details", "finds", "found", "issued", "launched", "out", "published", "released"});
  bool published = !next.empty() && std::find(kPublished.begin(), kPublished.end(), next[0]) != kPublished.end();
  bool which = next.size() == 2 && next[0] == "which" &&
               std::find(kPublished.begin(), kPublished.end(), next[1]) != kPublished.end();
  if (!published && !which) {
    return {};
  }
  return std::string(run);
}

}  // namespace

// A report a body gives a title: "Amnesty's report, "Trapped Behind the Walls"", "a report
// titled 'Dust and Debt'", "the 'Trapped Behind the Walls' report", "its report, Ash in the Rice
// Fields, published ...". The title, if any.
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
    if (!q && sentence.substr(at + 6).starts_with(", ")) {
      if (std::string title = unquoted_title_at(sentence, i); !title.empty()) {
        return title;
      }
    }
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
  // (A sentence before the one naming the report has no "report": its names count from its end.)
  size_t report = std::min(sentence.find("report"), sentence.size());
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

}  // namespace tonle::entities::report_documents
