// word_stream.cc — builds the Word stream from analyzer tokens and the gaps between them.
#include "indexer/entities/word_stream.h"

#include <cctype>

namespace tonle::entities {

namespace {

unsigned classify_gap(std::string_view gap, std::string_view prev_word) {
  unsigned g = kGapSpace;
  // "Citizens' Participation", "Citizens’ Participation": a plural possessive, not a quote.
  if (!prev_word.empty() && (prev_word.back() == 's' || prev_word.back() == 'S')) {
    if (gap.starts_with("'")) {
      gap.remove_prefix(1);
    } else if (gap.starts_with("\xE2\x80\x99")) {
      gap.remove_prefix(3);
    }
  }
  for (size_t i = 0; i < gap.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(gap[i]);
    switch (c) {
      case ' ': case '\t': case '\r': break;
      case '\n': if (gap.find('\n', i + 1) != gap.npos) { g |= kGapSentence; } break;
      case ',': g |= kGapComma; break;
      case '(': case '[': g |= kGapOpenParen; break;
      case ')': case ']': g |= kGapCloseParen; break;
      case '.': case '!': case '?': case ';': case ':': g |= kGapSentence; break;
      case '"': g |= kGapQuote; break;
      default:
        if (c == 0xE2 && i + 2 < gap.size() && static_cast<unsigned char>(gap[i + 1]) == 0x80) {
          unsigned char c3 = static_cast<unsigned char>(gap[i + 2]);
          g |= (c3 >= 0x98 && c3 <= 0x9F) ? kGapQuote : kGapDash;  // ‘ ’ “ ” vs dashes
          i += 2;
        } else if (c >= 0x80) {
          // Other non-ASCII punctuation (NBSP is a space).
          if (!(c == 0xC2 && i + 1 < gap.size() && static_cast<unsigned char>(gap[i + 1]) == 0xA0)) {
            g |= kGapDash;
          }
          ++i;
        } else {
          g |= kGapDash;
        }
    }
  }
  return g;
}

bool all_caps(std::string_view s) {
  int letters = 0;
  for (char c : s) {
    if (c == '\'' || static_cast<unsigned char>(c) >= 0x80) {
      break;  // stop at a possessive (ASCII or curly apostrophe)
    }
    if (std::islower(static_cast<unsigned char>(c))) {
      return false;
    }
    if (std::isupper(static_cast<unsigned char>(c))) {
      ++letters;
    }
  }
  return letters >= 2;
}

}  // namespace

std::vector<Word> make_word_stream(std::string_view text, const Analyzer& analyzer) {
  return make_word_stream(text, analyzer.analyze(text));
}

std::vector<Word> make_word_stream(std::string_view text, const std::vector<Token>& tokens) {
  std::vector<Word> words;
  words.reserve(tokens.size());
  size_t prev_end = 0;
  for (size_t i = 0; i < tokens.size(); ++i) {
    const Token& t = tokens[i];
    unsigned gap_before = i == 0 ? kGapSentence : classify_gap(text.substr(prev_end, t.begin - prev_end),
                                                           words.empty() ? std::string_view() : words.back().surface);
    if (!words.empty()) {
      words.back().gap_after = gap_before;
    }
    std::string_view surface = text.substr(t.begin, t.end - t.begin);
    words.push_back(Word{.surface = surface,
                         .key = t.term,
                         .begin = t.begin,
                         .end = t.end,
                         .capitalized = t.capitalized,
                         .all_caps = all_caps(surface),
                         .sentence_start = (gap_before & kGapSentence) != 0,
                         .gap_after = kGapSentence});
    prev_end = t.end;
  }
  return words;
}

std::string span_text(std::string_view text, const std::vector<Word>& words, size_t first,
                      size_t last) {
  std::string s(text.substr(words[first].begin, words[last].end - words[first].begin));
  for (size_t pos = s.find("\xE2\x80\x99"); pos != s.npos; pos = s.find("\xE2\x80\x99", pos)) {
    s.replace(pos, 3, "'");
  }
  if (s.size() > 2 && s.ends_with("'s")) {
    s.resize(s.size() - 2);
  }
  std::string out;
  for (char c : s) {  // newlines inside a name become spaces
    out += (c == '\n' || c == '\r' || c == '\t') ? ' ' : c;
  }
  return out;
}

}  // namespace tonle::entities
