// page_text.cc — the paragraph and line rules declared in page_text.h (is_chrome_line is in
// chrome_lines.cc, the trailer rules in page_trailer.cc).
#include "indexer/parse/page_text.h"

#include <algorithm>
#include <array>
#include <cctype>

#include "core/khmer.h"
#include "core/text.h"

namespace tonle::parse {

namespace {

// A line mostly in Khmer whose last mark is a Khmer full stop (។ or ៕), "!" or "?", perhaps
// followed by a closing quote or bracket and zero-width spaces.
bool ends_khmer_paragraph(std::string_view line) {
  std::string_view t = trim(line);
  for (bool again = true; again;) {
    again = false;
    for (std::string_view tail : {"\xE2\x80\x8B", "\xE2\x80\x9D", "\xC2\xBB", "\"", ")", " "}) {
      if (t.ends_with(tail)) {
        t.remove_suffix(tail.size());
        again = true;
      }
    }
  }
  bool stop = t.ends_with("\xE1\x9F\x94") || t.ends_with("\xE1\x9F\x95") || t.ends_with("!") || t.ends_with("?");
  return stop && mostly_khmer(t);
}

}  // namespace

std::vector<Paragraph> split_paragraphs(std::string_view text) {
  std::vector<Paragraph> out;
  Paragraph current;
  for (std::string_view line : split_lines(text)) {
    if (trim(line).empty()) {
      if (!current.empty()) {
        out.push_back(std::move(current));
        current.clear();
      }
      continue;
    }
    current.push_back(line);
    // Khmer has no spaces to wrap lines at: a Khmer line that ends a sentence ends its paragraph.
    if (ends_khmer_paragraph(line)) {
      out.push_back(std::move(current));
      current.clear();
    }
  }
  if (!current.empty()) {
    out.push_back(std::move(current));
  }
  return out;
}

size_t words_in(std::string_view line) {
  size_t n = 0;
  bool in_word = false;
  for (char c : line) {
    bool space = c == ' ' || c == '\t';
    n += !space && !in_word ? 1 : 0;
    in_word = !space;
  }
  return n;
}

std::string paragraph_text(const Paragraph& p) {
  std::string joined;
  for (std::string_view line : p) {
    joined += line;
    joined += ' ';
  }
  return collapse_spaces(joined);
}

namespace {

// "Home   Local News   International   Business   Video": a menu whose items are set apart by
// runs of spaces, four items or more, each one to three words of letters (a table's figures
// are no menu).
bool is_spaced_menu_line(std::string_view line) {
  // Cheap tests first: every story line passes here, and a story line ends with punctuation.
  if (line.empty() || line.size() > 200 || line.back() == '.' || line.back() == '"' ||
      line.find("  ") == std::string_view::npos) {
    return false;
  }
  size_t items = 0;
  size_t i = 0;
  while (i < line.size()) {
    size_t end = line.find("  ", i);
    std::string_view item = trim(line.substr(i, end == std::string_view::npos ? std::string_view::npos : end - i));
    size_t words = words_in(item);
    bool letters = !item.empty() && std::none_of(item.begin(), item.end(), [](char c) {
      return std::isdigit(static_cast<unsigned char>(c)) || c == '.' || c == ',';
    });
    if (!letters || words > 3) {
      return false;
    }
    ++items;
    if (end == std::string_view::npos) {
      break;
    }
    i = line.find_first_not_of(' ', end);
    if (i == std::string_view::npos) {
      break;
    }
  }
  return items >= 4;
}

// "A /// B /// C", ">>> TICKER: A ... B ... C <<<", "A • B • C", "A · B · C": other stories' headlines set
// apart by a mark. Three parts or more (four with "...", which quotes also use), each of two to
// sixteen words, and no quotation marks (prose with ellipses quotes someone).
bool is_marked_ticker_line(std::string_view line) {
  // (Any quotation mark: "..." U+201C U+2018 U+2019 ' « „.)
  if (line.size() < 30 || line.find_first_of("\"'") != std::string_view::npos ||
      line.find("\xE2\x80\x9C") != std::string_view::npos || line.find("\xE2\x80\x98") != std::string_view::npos ||
      line.find("\xE2\x80\x99") != std::string_view::npos || line.find("\xC2\xAB") != std::string_view::npos ||
      line.find("\xE2\x80\x9E") != std::string_view::npos) {
    return false;
  }
  for (std::string_view mark : {" /// ", " // ", " ... ", " \xE2\x80\xA6 ", " \xE2\x80\xA2 ", " +++ ", " *** ",
                                " \xE2\x97\x86 ", " \xE2\x96\xAA ", " \xC2\xB7 "}) {  // U+2026 U+2022 U+25C6 U+25AA U+00B7
    size_t parts = 1;
    bool headlines = true;
    size_t from = 0;
    for (size_t at = line.find(mark); headlines; at = line.find(mark, from)) {
      std::string_view part = trim(line.substr(from, at == std::string_view::npos ? std::string_view::npos : at - from));
      size_t words = words_in(part);
      // A headline opens with a capital (or a ticker's mark) and ends no sentence.
      bool opens = !part.empty() && ((part[0] >= 'A' && part[0] <= 'Z') || (part[0] >= '0' && part[0] <= '9') ||
                                     part[0] == '>' || static_cast<unsigned char>(part[0]) >= 0x80);
      headlines = words >= 2 && words <= 16 && opens && !part.ends_with(',');
      if (at == std::string_view::npos) {
        break;
      }
      ++parts;
      from = at + mark.size();
    }
    if (headlines && parts >= (mark == " ... " || mark == " \xE2\x80\xA6 " ? 4u : 3u)) {
      return true;
    }
  }
  return false;
}

}  // namespace

bool is_ticker_line(std::string_view line) {
  line = trim(line);
  // " | " counted from its bar (searching for the space first would stop at every word).
  size_t bars = 0;
  for (size_t pos = line.find('|'); pos != line.npos; pos = line.find('|', pos + 1)) {
    bars += pos > 0 && line[pos - 1] == ' ' && pos + 1 < line.size() && line[pos + 1] == ' ' ? 1 : 0;
  }
  return bars >= 2 || (bars >= 1 && line.ends_with(" |")) || is_spaced_menu_line(line) ||
         is_marked_ticker_line(line);
}

std::string menu_line_outlet(std::string_view line) {
  if (!is_ticker_line(line)) {
    return "";
  }
  std::vector<std::string> parts = split(trim(line), '|');
  bool home = std::any_of(parts.begin(), parts.end(),
                          [](const std::string& p) { return to_lower_ascii(trim(p)) == "home"; });
  if (!home || parts.empty()) {
    return "";
  }
  std::string_view first = trim(parts.front());
  first = trim(first.substr(0, first.find(" - ")));  // "EAC News - English Edition"
  size_t words = words_in(first);
  return !first.empty() && words <= 5 && to_lower_ascii(first) != "home" ? std::string(first) : "";
}

std::string sign_off_agency(std::string_view line) {
  line = trim(line);
  // "This report by The Canadian Press was first published Nov. 4, 2025."
  for (std::string_view opening : {"this report by ", "this story by ", "this article by "}) {
    if (starts_with_ci(line, opening)) {
      std::string_view rest = line.substr(opening.size());
      size_t end = rest.find(" was first published");
      if (end != std::string_view::npos && end > 0 && end <= 40) {
        return std::string(trim(rest.substr(0, end)));
      }
    }
  }
  // "-- BERNAMA", "— AFP" (capitals), "==Kyodo" (Kyodo's own mark).
  bool dashes = line.starts_with("--") || line.starts_with("\xE2\x80\x94") || line.starts_with("\xE2\x80\x93");
  bool equals = line.starts_with("==");
  if (line.size() > 30 || (!dashes && !equals)) {
    return "";
  }
  std::string_view name = line;
  while (!name.empty() && !std::isalnum(static_cast<unsigned char>(name.front()))) {
    name.remove_prefix(1);
  }
  while (!name.empty() && !std::isalnum(static_cast<unsigned char>(name.back()))) {
    name.remove_suffix(1);  // "--AKP--", "– AKP –": the mark on both sides
  }
  bool one_word = !name.empty() && name.find(' ') == std::string_view::npos &&
                  std::all_of(name.begin(), name.end(), [](char c) { return std::isalpha(static_cast<unsigned char>(c)); });
  bool capitals = std::none_of(name.begin(), name.end(), [](char c) { return c >= 'a' && c <= 'z'; });
  return one_word && (capitals || equals) ? std::string(name) : "";
}

bool is_desk_initials(std::string_view line) {
  line = trim(line);
  // "bur-ptr/ser": three or more lower-case desk initials joined by "-" and "/", closing wire copy.
  if (line.size() < 5 || line.size() > 24 || line.find('/') == std::string_view::npos) {
    return false;
  }
  size_t parts = 1 + static_cast<size_t>(std::count_if(line.begin(), line.end(),
                                                       [](char c) { return c == '-' || c == '/'; }));
  bool letters = std::all_of(line.begin(), line.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || c == '-' || c == '/';
  });
  // "ac/cwl": two desks' initials, each of two to four letters ("and/or" is a word pair).
  size_t slash = line.find('/');
  bool pair = parts == 2 && slash >= 2 && slash <= 4 && line.size() - slash - 1 >= 2 &&
              line.size() - slash - 1 <= 4 && line != "and/or";
  return letters && (parts >= 3 || pair);
}

bool is_relative_date(std::string_view line) {
  std::string lower = to_lower_ascii(trim(line));
  if (lower.size() > 40 || !lower.ends_with(" ago")) {
    return false;
  }
  for (std::string_view unit : {" minute", " hour", " day", " week", " month"}) {
    if (lower.find(unit) != std::string::npos) {
      return true;
    }
  }
  return false;
}

LogoLine parse_logo_line(std::string_view line) {
  line = trim(line);
  if (!starts_with_ci(line, "logo of ")) {
    return {};
  }
  std::string_view rest = line.substr(8);
  size_t dash = rest.find(" - ");
  if (dash == rest.npos) {
    return {};
  }
  std::string_view who = rest.substr(0, dash);
  size_t newspaper = who.find(" newspaper ");
  std::string_view outlet = newspaper == who.npos ? who : who.substr(0, newspaper);
  // "Cambodianess news site Cambodianess": the name, what it is, the name again.
  for (size_t cut = who.find(' '); cut != who.npos; cut = who.find(' ', cut + 1)) {
    std::string_view tail = who.substr(cut + 1);
    if (tail.size() >= 3 && who.starts_with(tail) && who[tail.size()] == ' ') {
      outlet = tail;
      break;
    }
  }
  return LogoLine{.outlet = std::string(trim(outlet)),
                  .title = collapse_spaces(rest.substr(dash + 3))};
}

}  // namespace tonle::parse
