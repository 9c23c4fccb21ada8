// ascii_words.cc — see ascii_words.h.
#include "core/ascii_words.h"

#include <array>
#include <cstdint>

namespace tonle {

namespace {

enum class Cls : uint8_t { kOther, kLetter, kDigit, kConnector, kMidBoth, kMidNum };

constexpr std::array<Cls, 128> make_classes() {
  std::array<Cls, 128> t{};
  for (int c = 'a'; c <= 'z'; ++c) {
    t[c] = Cls::kLetter;
  }
  for (int c = 'A'; c <= 'Z'; ++c) {
    t[c] = Cls::kLetter;
  }
  t['@'] = Cls::kLetter;
  for (int c = '0'; c <= '9'; ++c) {
    t[c] = Cls::kDigit;
  }
  t['_'] = Cls::kConnector;  // ExtendNumLet
  t['.'] = Cls::kMidBoth;    // MidNumLet
  t['\''] = Cls::kMidBoth;   // Single_Quote
  t[','] = Cls::kMidNum;
  t[';'] = Cls::kMidNum;
  return t;
}

constexpr std::array<Cls, 128> kClasses = make_classes();

Cls cls(char c) { return kClasses[static_cast<unsigned char>(c) & 0x7F]; }

bool wordy(Cls c) { return c == Cls::kLetter || c == Cls::kDigit || c == Cls::kConnector; }

}  // namespace

void ascii_words(std::string_view text, size_t begin, size_t end, std::vector<WordSpan>& out) {
  size_t i = begin;
  while (i < end) {
    if (!wordy(cls(text[i]))) {
      ++i;
      continue;
    }
    size_t j = i;
    // ICU's rule status as the word grows: a letter makes it a word, a digit a number; "_" after
    // a letter or a digit keeps what it was, a second "_" makes it a word ("1_" is a number,
    // "1__" a word, a lone "_" nothing).
    enum { kNone, kNumber, kWord } status = kNone;
    while (j < end) {
      Cls c = cls(text[j]);
      if (wordy(c)) {
        if (c == Cls::kLetter) {
          status = kWord;
        } else if (c == Cls::kDigit) {
          status = kNumber;
        } else if (j > i && cls(text[j - 1]) == Cls::kConnector) {
          status = kWord;
        }
        ++j;
        continue;
      }
      if ((c == Cls::kMidBoth || c == Cls::kMidNum) && j > i && j + 1 < end) {
        Cls before = cls(text[j - 1]);
        Cls after = cls(text[j + 1]);
        bool letters = c == Cls::kMidBoth && before == Cls::kLetter && after == Cls::kLetter;
        bool digits = before == Cls::kDigit && after == Cls::kDigit;
        if (letters || digits) {
          j += 2;
          status = letters ? kWord : kNumber;
          continue;
        }
      }
      break;
    }
    if (status != kNone) {
      out.push_back({i, j, status == kNumber});
    }
    i = j;
  }
}

}  // namespace tonle
