// report_text.cc — see report_text.h.
#include "indexer/entities/report_text.h"

#include <array>
#include <cctype>

namespace tonle::entities::report_text {

namespace {

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

}  // namespace

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

}  // namespace tonle::entities::report_text
