// story_places.cc — see story_places.h.
#include "indexer/story_places.h"

#include <algorithm>
#include <array>
#include <cctype>

#include "core/stopwords.h"
#include "core/text.h"

namespace tonle {

namespace {

struct Word {
  std::string text;    // as written, apostrophes folded to '
  bool joined = true;  // only spaces separate it from the word before
  size_t at = 0;       // byte offset in the text
};

// Words of letters (any non-ASCII byte counts as one), digits, apostrophes and hyphens.
std::vector<Word> words_of(std::string_view text) {
  std::vector<Word> out;
  bool joined = false;
  for (size_t i = 0; i < text.size();) {
    auto c = static_cast<unsigned char>(text[i]);
    bool letter = std::isalnum(c) || c >= 0x80;
    if (!letter) {
      joined = joined && c == ' ';
      ++i;
      continue;
    }
    Word w{.text = {}, .joined = joined && !out.empty(), .at = i};
    while (i < text.size()) {
      if (text.compare(i, 3, "\xE2\x80\x99") == 0) {  // U+2019, a typographic apostrophe
        w.text += '\'';
        i += 3;
        continue;
      }
      auto d = static_cast<unsigned char>(text[i]);
      if (!(std::isalnum(d) || d >= 0x80 || ((d == '\'' || d == '-') && !w.text.empty()))) {
        break;
      }
      w.text += static_cast<char>(d);
      ++i;
    }
    while (!w.text.empty() && (w.text.back() == '\'' || w.text.back() == '-')) {
      w.text.pop_back();
    }
    out.push_back(std::move(w));
    joined = true;
  }
  return out;
}

bool possessive(std::string_view w) { return w.size() > 2 && w.ends_with("'s"); }

std::string bare(std::string_view w) {
  return to_lower_ascii(possessive(w) ? w.substr(0, w.size() - 2) : w);
}

// A word that can be part of a place's name: capitalised, and no function word ("In", "The")
// nor a direction ("Northern").
bool name_word(std::string_view w) {
  if (w.empty() || !(w[0] >= 'A' && w[0] <= 'Z')) {
    return false;
  }
  std::string lower = to_lower_ascii(w);
  static constexpr auto kNot = std::to_array<std::string_view>(
      {"central", "eastern", "neighbouring", "neighboring", "northern", "north", "remote", "rural", "south",
       "southern", "east", "west", "western"});
  return !is_stopword(lower) && std::find(kNot.begin(), kNot.end(), lower) == kNot.end();
}

enum class Noun { kNone, kLocal, kProvince };

Noun noun_after(std::string_view w) {
  std::string b = bare(w);
  if (b == "province" || b == "municipality") {
    return Noun::kProvince;
  }
  // (Not "city" or "town": "Gaza City", "Manchester City", "MEXICO CITY (AP)" are no events'
  // places to join stories by.)
  for (std::string_view n : {"district", "commune", "village", "township"}) {
    if (b == n) {
      return Noun::kLocal;
    }
  }
  return Noun::kNone;
}

bool khmer_prefix(std::string_view w) {
  // (Not "Khan", which is also a name: "Khan Younis", "Sadiq Khan".)
  for (std::string_view p : {"Sangkat", "Srok", "Khum", "Phum"}) {
    if (w == p) {
      return true;
    }
  }
  return false;
}

void add(std::vector<LeadPlace>& out, LeadPlace p) {
  if (!p.name.empty() && std::find(out.begin(), out.end(), p) == out.end()) {
    out.push_back(std::move(p));
  }
}

}  // namespace

std::vector<LeadPlace> lead_places(std::string_view text) {
  constexpr size_t kMaxWords = 3;
  std::vector<Word> words = words_of(text);
  std::vector<LeadPlace> out;
  for (size_t i = 0; i < words.size(); ++i) {
    // "Ang Snuol district", "Kandal province's": the name is the capitalised run before the noun.
    if (Noun noun = noun_after(words[i].text); noun != Noun::kNone && words[i].joined) {
      size_t first = i;
      while (first > 0 && i - first < kMaxWords && words[first].joined && name_word(words[first - 1].text) &&
             !possessive(words[first - 1].text)) {
        --first;
      }
      std::string name;
      for (size_t k = first; k < i; ++k) {
        name += (name.empty() ? "" : " ") + to_lower_ascii(words[k].text);
      }
      add(out, {std::move(name), noun == Noun::kProvince, words[first].at});
      continue;
    }
    // "Khan Chbar Ampov", "Sangkat Tonle Bassac": the name follows the prefix.
    if (khmer_prefix(words[i].text)) {
      std::string name;
      for (size_t k = i + 1; k < words.size() && k <= i + kMaxWords && words[k].joined && name_word(words[k].text);
           ++k) {
        name += (name.empty() ? "" : " ") + bare(words[k].text);
        if (possessive(words[k].text)) {
          break;
        }
      }
      add(out, {std::move(name), false, i + 1 < words.size() ? words[i + 1].at : words[i].at});
    }
  }
  return out;
}

}  // namespace tonle
