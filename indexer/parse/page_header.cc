// page_header.cc — see page_header.h.
#include "indexer/parse/page_header.h"

#include <algorithm>
#include <array>
#include <cctype>

#include "core/text.h"
#include "indexer/dates.h"
#include "indexer/parse/dateline.h"

namespace tonle::parse {

namespace {

// Four or more lines of one to three words each (the first, the site's name, up to five), none
// ending a sentence: a menu.
bool is_menu_block(const Paragraph& p) {
  if (p.size() < 4) {
    return false;
  }
  // (The site's name first may be longer: "Voice of America Khmer".)
  return std::all_of(p.begin(), p.end(), [&](std::string_view line) {
    bool first = line.data() == p.front().data();
    line = trim(line);
    size_t words = words_in(line);
    return !line.empty() && words <= (first ? 5u : 3u) && line.back() != '.' && line.back() != '"';
  });
}

// A sentence with its credit after it ("... on Sunday. Photo supplied", "... district. (Supplied)").
bool caption_line(std::string_view line) {
  return line.ends_with(')') || line.find(". ") != std::string_view::npos;
}

// "Publication date", "Published on:", "Last updated": a label a page sets on its own line over
// the date.
bool is_date_label(std::string_view line) {
  std::string lower = to_lower_ascii(trim(line));
  while (!lower.empty() && (lower.back() == ':' || lower.back() == ' ')) {
    lower.pop_back();
  }
  for (std::string_view label : {"publication date", "published", "published on", "date published", "posted",
                                 "posted on", "date", "updated", "last updated", "first published", "dated"}) {
    if (lower == label) {
      return true;
    }
  }
  return false;
}

// "By Ny Chansophea | Published: 14 Jan 2025, 18:20": a line that says its date is the
// publication's (a masthead's date above it is the day the page was read).
bool says_published(std::string_view line) {
  std::string lower = to_lower_ascii(line);
  return lower.find("published") != std::string::npos || lower.find("posted") != std::string::npos;
}

}  // namespace

// "Rhodri Bevan at Allianz Stadium", "... at the Kingsmead Arena": a byline's name and where the
// reporter was, by the date.
bool name_at_place(std::string_view line) {
  line = trim(line);
  size_t at = line.find(" at ");
  if (at == std::string_view::npos || !name_only_line(line.substr(0, at))) {
    return false;
  }
  std::string_view where = line.substr(at + 4);
  if (where.starts_with("the ")) {
    where.remove_prefix(4);
  }
  std::vector<std::string> place = split(where, ' ');
  return !place.empty() && place.size() <= 4 && std::all_of(place.begin(), place.end(), [](const std::string& w) {
    return !w.empty() && std::isupper(static_cast<unsigned char>(w[0]));
  });
}

// What sets a furniture line's parts apart: "EAC News | 10 July 2025 | Society".
constexpr std::array<std::string_view, 6> kPartSeparators = {
    " | ", " \xC2\xB7 ", " \xE2\x80\xA2 ", " \xE2\x80\x94 ", " \xE2\x80\x93 ", " - "};

std::vector<std::string> line_names(std::string_view line) {
  std::vector<std::string> names;
  std::string_view rest = trim(line);
  while (!rest.empty()) {
    size_t cut = rest.size();
    size_t width = 0;
    for (std::string_view sep : kPartSeparators) {
      if (size_t at = rest.find(sep); at < cut) {
        cut = at;
        width = sep.size();
      }
    }
    std::string_view part = trim(rest.substr(0, cut));
    bool name = !part.empty() && words_in(part) <= 4 && !date_line(part) && !is_reading_time(part) &&
                !is_byline(part) && std::isalpha(static_cast<unsigned char>(part.front())) &&
                std::none_of(part.begin(), part.end(), [](char c) { return c == '.' || c == ':' || c == '?' || c == '!'; });
    if (name) {
      names.emplace_back(part);
    }
    rest = cut == rest.size() ? std::string_view() : rest.substr(cut + width);
  }
  return names;
}

bool outlet_line(std::string_view line) {
  line = trim(line);
  if (line.empty() || words_in(line) > 7 || date_line(line)) {
    return false;
  }
  // Without a separator only a name of three words at most ("dpa international"): a hard-wrapped
  // story's first line under its date ("The minister said on Monday that") is no outlet's.
  size_t parts = 1;
  for (std::string_view sep : kPartSeparators) {
    for (size_t at = line.find(sep); at != std::string_view::npos; at = line.find(sep, at + 1)) {
      ++parts;
    }
  }
  if (parts == 1 && words_in(line) > 3) {
    return false;
  }
  // Every part a name.
  return line_names(line).size() == parts;
}

// "Tith Kongnov": a line of two to four capitalised words and nothing else, a byline's name.
bool name_only_line(std::string_view line) {
  std::vector<std::string> words = split(trim(line), ' ');
  return words.size() >= 2 && words.size() <= 4 &&
         std::all_of(words.begin(), words.end(), [](const std::string& w) {
           return w.size() >= 2 && std::isupper(static_cast<unsigned char>(w[0])) &&
                  std::all_of(w.begin() + 1, w.end(), [](char c) { return std::isalpha(static_cast<unsigned char>(c)) || c == '-'; });
         });
}


std::vector<Paragraph> strip_header_chrome(std::vector<Paragraph> paragraphs, LogoLine* logo,
                                           std::optional<Date>* header_date, HeaderNotes* notes) {
  std::vector<Paragraph> kept;
  bool published_date = false;  // the header's date came from a line saying "Published"
  for (Paragraph& p : paragraphs) {
    Paragraph lines;
    bool after_image = false;
    bool header = kept.size() < 3;
    size_t after_date = 0;  // lines read since the header's date line, 0 before it
    for (std::string_view line : p) {
      // A "Published" line under a masthead's date: the publication's date wins.
      if (*header_date && !published_date && kept.size() < 5 && line.size() <= 200 && says_published(line)) {
        if (std::optional<Date> d = date_line(line)) {
          *header_date = d;
          published_date = true;
        }
      }
      if (header && !*header_date && line.size() <= 80) {
        if (std::optional<Date> d = date_line(line)) {
          *header_date = d;
          published_date = says_published(line);
          for (std::string& name : line_names(line)) {
            notes->outlet_hints.push_back(std::move(name));
          }
          // The byline above it: the author's name, and the outlet's name under it.
          if (!lines.empty() && (trim(lines.back()) == notes->site || trim(lines.back()) == logo->outlet)) {
            lines.pop_back();
          }
          // (Above the date, a line of one name may be the headline: "Quake shakes Mindanao".)
          // (Under a headline already read, one name alone over the date is the outlet's.)
          bool outlet_above = !lines.empty() && !(kept.empty() && lines.size() == 1) &&
                              outlet_line(lines.back()) &&
                              (line_names(lines.back()).size() >= 2 || (!kept.empty() && lines.size() == 1));
          // (A byline with the reporter's place over the date, under a headline already read.)
          bool byline_above = !lines.empty() && !(kept.empty() && lines.size() == 1) && name_at_place(lines.back());
          if (!lines.empty() && (name_only_line(lines.back()) || outlet_above || byline_above)) {
            for (std::string& name : line_names(lines.back())) {
              notes->outlet_hints.push_back(std::move(name));
            }
            lines.pop_back();
          }
          if (!lines.empty() && is_date_label(lines.back())) {
            lines.pop_back();  // "Publication date" on the line above the date
          }
          after_date = 1;
          continue;
        }
      }
      // ... or under it: "June 11, 2025 7:05 AM / Huy Sokhorn".
      if (after_date > 0 && after_date++ <= 2 &&
          (name_only_line(line) || is_byline(line) || name_at_place(line) || outlet_line(line))) {
        for (std::string& name : line_names(line)) {
          notes->outlet_hints.push_back(std::move(name));
        }
        continue;
      }
      if (LogoLine l = parse_logo_line(line); !l.title.empty() && logo->title.empty()) {
        *logo = l;
      }
      if (logo->outlet.empty()) {
        // A menu line opening with the site's name, a wire sign-off ("==Kyodo").
        logo->outlet = menu_line_outlet(line);
        logo->outlet = logo->outlet.empty() ? sign_off_agency(line) : logo->outlet;
      }
      // "by Ayen Castro": a wire's lower-case byline, in the page's first block or alone in a
      // paragraph of the header (in a story, a line wrapped before "by Sok Dara" is the middle of
      // a sentence).
      bool wire_byline = (kept.empty() || (header && p.size() == 1)) && trim(line).starts_with("by ") &&
                         name_only_line(trim(line).substr(3));
      // ("Related:" is chrome too, but the teasers under it go only with it, in drop_trailer.)
      if (wire_byline || is_ticker_line(line) || (is_chrome_line(line) && !is_trailer_heading(line))) {
        // "October 21, 2025 | By Mean Sokleng | 5 min read" under the headline dates the page.
        if (!*header_date && kept.size() < 5 && line.size() <= 200) {
          *header_date = date_line(line);
        }
        // "Content image - Outlet" is followed by the photo's caption line.
        after_image = starts_with_ci(trim(line), "content image");
        continue;
      }
      if (after_image) {
        after_image = false;  // the caption under an image
        continue;
      }
      lines.push_back(line);
    }
    // "Kiripost / Home / News / Business / ...": the site's menu above the story, one item a line,
    // the site's name first.
    if (kept.empty() && !lines.empty() && is_menu_block(lines)) {
      notes->site = notes->site.empty() ? std::string(trim(lines.front())) : notes->site;
      continue;
    }
    if (!lines.empty()) {
      notes->trimmed.push_back(lines.size() < p.size());
      kept.push_back(std::move(lines));
    }
  }
  return kept;
}


// Above the headline: what is left of the site's header once its menus and tickers are gone
// ("The Korea Herald", "LOUD & CLEAR / music · festivals · live"), whose first line names the
// site, and section labels of one or two words ("Social", "Press Freedom"). Both go when a
// paragraph of three words or more follows.
void drop_leading_labels(std::vector<Paragraph>& paragraphs, std::vector<bool> trimmed, std::string* site) {
  auto short_lines = [](const Paragraph& p, size_t most) {
    return std::all_of(p.begin(), p.end(), [&](std::string_view l) {
      return words_in(l) <= most && !trim(l).ends_with('.');
    });
  };
  // The site's name (five words at most) over its tagline ("News from Estonia, Latvia and
  // Lithuania in English"), or beside it ("ANDES WIRE  |  Mining · Energy · Politics",
  // "Kampot Daily — Independent news and analysis").
  auto name_part = [](std::string_view line) {
    line = trim(line);
    size_t cut = std::min({line.find(" | "), line.find(" - "), line.find(" \xE2\x80\x94 "), line.find(" \xE2\x80\x93 ")});
    return trim(line.substr(0, cut));
  };
  auto name_and_tagline = [&](const Paragraph& p) {
    return p.size() <= 3 && words_in(name_part(p.front())) <= 5 && short_lines(p, 10);
  };
  // Untouched by the chrome rules, a first line is the site's only when it says so: a name in
  // capitals, a dash, and a tagline about news ("Río de la Plata Ledger — English-language news
  // from Argentina"); "Ministry rejects report — fake news, spokesman says" is a headline.
  auto says_site = [&](const Paragraph& p) {
    std::string_view line = trim(p.front());
    std::string_view name = name_part(line);
    if (name.size() == line.size() || p.size() != 1 || words_in(name) > 5 || words_in(line) > 16 || line.ends_with('.')) {
      return false;
    }
    for (const std::string& word : split(name, ' ')) {
      if (word.size() >= 4 && !(word[0] >= 'A' && word[0] <= 'Z') && static_cast<unsigned char>(word[0]) < 0x80) {
        return false;
      }
    }
    std::string tagline = to_lower_ascii(line.substr(name.size()));
    for (std::string_view w : {"news", "journalism", "reporting", "magazine"}) {
      size_t at = tagline.find(w);
      if (at != std::string::npos && (at == 0 || !std::isalpha(static_cast<unsigned char>(tagline[at - 1])))) {
        return true;
      }
    }
    return false;
  };
  trimmed.resize(paragraphs.size(), false);
  std::string name;
  size_t j = 0;
  for (; j < paragraphs.size(); ++j) {
    const Paragraph& p = paragraphs[j];
    bool header = j == 0 && ((trimmed[j] && name_and_tagline(p)) || says_site(p));  // the page's top only
    // ("Politics & Society": an ampersand joins two words of one label.)
    bool ampersand = p.size() == 1 && p.front().find(" & ") != std::string::npos && short_lines(p, 3);
    bool label = p.size() == 1 && (short_lines(p, 2) || ampersand);
    if (!header && !label) {
      break;
    }
    if (header && name.empty()) {
      // "FRESH NEWS | English", "Xinhua | english.news.cn": the name before its edition or address.
      name = std::string(name_part(p.front()));
    }
  }
  // What follows must be a headline: one line of 3 to 30 words that is no sentence, or a header
  // block of three lines or more that holds one (read_header finds it).
  if (j == 0 || j == paragraphs.size()) {
    return;
  }
  std::string_view next = trim(paragraphs[j].front());
  size_t n = words_in(next);
  bool headline = paragraphs[j].size() == 1 && n >= 3 && n <= 30 && !next.ends_with('.');
  bool labelled = paragraphs[j].size() == 2 && n <= 2;  // "Local / Health Ministry Warns ..."
  // A headline over its standfirst: "Party Names Candidate" / "The party hopes the former ...".
  bool standfirst = paragraphs[j].size() == 2 && n >= 3 && n <= 30 && !next.ends_with('.') &&
                    words_in(trim(paragraphs[j][1])) >= 5;
  if (!headline && !labelled && !standfirst && paragraphs[j].size() < 3) {
    return;
  }
  paragraphs.erase(paragraphs.begin(), paragraphs.begin() + static_cast<std::ptrdiff_t>(j));
  if (site->empty()) {
    *site = name;
  }
}


HeaderBlock read_header(const Paragraph& header) {
  HeaderBlock b;
  size_t best_words = 0;
  size_t end = header.size();
  for (size_t i = 0; i < header.size(); ++i) {
    std::string_view line = trim(header[i]);
    size_t n = words_in(line);
    if (n > 30 || (n > 15 && line.ends_with('.') && !caption_line(line.substr(0, line.size() - 1)))) {
      end = i;  // the lead: the story has begun
      break;
    }
    // A standfirst is a sentence; a headline has no full stop.
    bool shaped = n >= 4 && line.find(" | ") == std::string_view::npos && !starts_with_ci(line, "by ") &&
                  !caption_line(line) && !line.ends_with('.') && !date_line(line);
    if (shaped && n > best_words) {
      b.headline = i;
      best_words = n;
    }
  }
  // "Labour ministry disputes union survey" over "Officials say inspectors received only 86
  // complaints, far fewer than the survey suggests": a long standfirst with no full stop is
  // longer than the headline right above it. A breadcrumb ("Home / National") is no headline.
  if (b.headline > 0 && best_words >= 12) {
    std::string_view above = trim(header[b.headline - 1]);
    size_t n = words_in(above);
    bool crumbs = above.find(" / ") != std::string_view::npos || above.find(" > ") != std::string_view::npos ||
                  above.find("\xC2\xBB") != std::string_view::npos;
    bool capitals = std::none_of(above.begin(), above.end(), [](unsigned char c) { return std::islower(c); });
    // ("TRENDING / Funan Techo canal: tender opens / Headline": a label's teaser is no headline.)
    std::string_view label = b.headline >= 2 ? trim(header[b.headline - 2]) : std::string_view();
    bool teaser = !label.empty() && words_in(label) == 1 && std::isupper(static_cast<unsigned char>(label[0])) &&
                  std::none_of(label.begin(), label.end(), [](unsigned char c) { return std::islower(c); });
    if (n >= 4 && n < best_words && !crumbs && !capitals && !teaser && above.find(" | ") == std::string_view::npos &&
        !starts_with_ci(above, "by ") && !caption_line(above) && !above.ends_with('.') && !above.ends_with(':') &&
        !date_line(above)) {
      --b.headline;
    }
  }
  for (size_t i = b.headline + 1; i < end; ++i) {
    size_t n = words_in(header[i]);
    // "Facebook", "X", "Print": a share bar, one button a line; "Sok Dara": the byline's name.
    if ((caption_line(trim(header[i])) && n >= 4) || n == 1 || name_only_line(header[i])) {
      b.furniture.push_back(i);
    }
  }
  return b;
}

// "Headline - VOD English" when the header also has "VOD English" on a line of its own (or as the
// outlet): the site's name is no part of the headline.
std::string without_site_suffix(std::string title, const Paragraph& header, const std::string& outlet) {
  for (std::string_view sep : {" - ", " | ", " – "}) {
    size_t at = title.rfind(sep);
    if (at == std::string::npos || at == 0) {
      continue;
    }
    std::string site(trim(std::string_view(title).substr(at + sep.size())));
    bool named = site == outlet || std::any_of(header.begin(), header.end(), [&](std::string_view l) {
                   return trim(l) == site;
                 });
    if (named && !site.empty()) {
      title.resize(at);
      return title;
    }
  }
  return title;
}

}  // namespace tonle::parse
