// word_stream.cc — builds the Word stream from analyzer tokens and the gaps between them.
#include "indexer/entities/word_stream.h"

#include "core/khmer.h"
#include "indexer/entities/lexicon.h"

#include <algorithm>
#include <array>
#include <cctype>

namespace tonle::entities {

namespace {

// Words that are written with a full stop that ends no sentence: titles, ranks, months.
constexpr std::array<std::string_view, 41> kAbbreviations = {
    "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "brig", "capt", "sgt", "pol",
    "gov", "sen", "rep", "rev", "st", "jr", "sr", "cpl", "adm", "cmdr", "hon", "messrs", "ven",
    "pres", "insp", "supt", "comr", "dato", "atty", "amb",
    "jan", "feb", "aug", "sept", "sep", "oct", "nov", "dec"};

bool is_abbreviation(std::string_view surface, std::string_view key) {
  if (surface.size() == 1 && std::isupper(static_cast<unsigned char>(surface[0]))) {
    return true;  // an initial: "Daniel K. Whitford"
  }
  if (surface.find('.') != std::string_view::npos) {
    return true;  // a dotted acronym: "H.E.", "U.S."
  }
  return std::find(kAbbreviations.begin(), kAbbreviations.end(), key) != kAbbreviations.end();
}

unsigned classify_gap(std::string_view gap, std::string_view prev_word) {
  if (gap == "-" || gap == "\xE2\x80\x90" || gap == "\xE2\x80\x91") {
    return kGapHyphen;  // "Anti-Corruption": one name, two words
  }
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
      case '\n': if (gap.find('\n', i + 1) != gap.npos) { g |= kGapSentence | kGapParagraph; } break;
      case ',': g |= kGapComma; break;
      case '(': case '[': g |= kGapOpenParen; break;
      case ')': case ']': g |= kGapCloseParen; break;
      case '.': case '!': case '?': g |= kGapSentence | kGapStop; break;
      case ';': case ':': g |= kGapSentence; break;
      case '"': g |= kGapQuote; break;
      case '&':
        // "Fishers & Forests Alliance": a spaced ampersand joins a name's words like "and".
        if (!(i > 0 && gap[i - 1] == ' ' && i + 1 < gap.size() && gap[i + 1] == ' ')) {
          g |= kGapDash;
        }
        break;
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
  // "... journalists.\n\n“MMW relies on ...": a quotation opening the next paragraph.
  if (g & kGapParagraph) {
    std::string_view after = gap.substr(gap.rfind('\n') + 1);
    if (after.find('"') != std::string_view::npos || after.find("\xE2\x80\x9C") != std::string_view::npos) {
      g |= kGapQuoteOpens;
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

bool possessive(std::string_view s) {
  return s.ends_with("'s") || s.ends_with("\xE2\x80\x99s") || s.ends_with("'S") ||
         s.ends_with("\xE2\x80\x99S");
}

size_t letters_of(std::string_view s) {
  return static_cast<size_t>(std::count_if(s.begin(), s.end(), [](char c) {
    return std::isalpha(static_cast<unsigned char>(c));
  }));
}

// Marks the words of headline-like lines: a paragraph that ends without a full stop and has most
// of its long words capitalised (Title Case, even across a ";": "Court Curbs Agency's Power;
// Senators Vow Fix"), or any sentence written in capitals. There capitalisation says nothing
// about names. Lines after a paragraph ending in a colon ("Endorsed by the following
// organisations:") are a list's items, names in their own case, until a sentence ends one.
void mark_headlines(std::vector<Word>& words, std::string_view text) {
  // Each word is looked at twice (its paragraph as a line, its sentence): count letters once.
  std::vector<size_t> letter_counts(words.size());
  for (size_t k = 0; k < words.size(); ++k) {
    letter_counts[k] = letters_of(words[k].surface);
  }
  auto mark = [&](size_t start, size_t end, bool title_case_only_lines) {
    size_t long_words = 0, capitalised = 0, lettered = 0, capitals = 0;
    for (size_t k = start; k < end; ++k) {
      const Word& w = words[k];
      size_t letters = letter_counts[k];
      if (letters > 0) {
        ++lettered;
        capitals += w.all_caps ? 1 : 0;
      }
      if (letters >= 4 && !w.all_caps) {
        ++long_words;
        capitalised += w.capitalized ? 1 : 0;
      }
    }
    unsigned last_gap = words[end - 1].gap_after;
    bool line = (end == words.size() || (last_gap & kGapParagraph)) && !(last_gap & kGapStop);
    bool title_case = title_case_only_lines && line && long_words >= 3 &&
                      capitalised * 5 >= long_words * 4;
    bool shouting = !title_case_only_lines && lettered >= 2 && capitals * 5 >= lettered * 4;
    if ((title_case || shouting) && end - start <= 40) {
      for (size_t k = start; k < end; ++k) {
        words[k].headline = true;
      }
    }
  };
  bool listing = false;
  for (size_t start = 0; start < words.size();) {
    size_t end = start + 1;
    while (end < words.size() && !(words[end - 1].gap_after & kGapParagraph)) {
      ++end;
    }
    if (!listing) {
      mark(start, end, true);  // the paragraph as a line
    }
    size_t gap_end = end < words.size() ? words[end].begin : text.size();
    std::string_view gap = text.substr(words[end - 1].end, gap_end - words[end - 1].end);
    bool colon = gap.find(':') != std::string_view::npos;
    listing = colon || (listing && !(words[end - 1].gap_after & kGapStop));
    for (size_t s = start; s < end;) {
      size_t e = s + 1;
      while (e < end && !words[e].sentence_start) {
        ++e;
      }
      mark(s, e, false);  // each sentence for capitals
      s = e;
    }
    start = end;
  }
}

// Words between quotation marks: the marks alternate open and close within a paragraph.
void mark_quotes(std::vector<Word>& words) {
  bool open = false;
  for (size_t i = 0; i < words.size(); ++i) {
    words[i].quoted = open;
    if (words[i].gap_after & kGapParagraph) {
      open = (words[i].gap_after & kGapQuoteOpens) != 0;
    } else if (words[i].gap_after & kGapQuote) {
      open = !open;
    }
  }
}

}  // namespace

namespace {

// "Unit (អង្គភាពអ្នកនាំពាក្យ), H.E. Ly Chantola": a name's Khmer spelling in brackets after its
// English one, [open, close] byte offsets of the brackets. The rules read past it as if the
// brackets were not there, so the comma after them still sets off the name that follows.
std::vector<std::pair<size_t, size_t>> khmer_glosses(std::string_view text) {
  std::vector<std::pair<size_t, size_t>> out;
  for (size_t open = text.find('('); open != std::string_view::npos; open = text.find('(', open + 1)) {
    size_t close = text.find(')', open);
    if (close == std::string_view::npos || close - open > 400) {
      break;
    }
    std::string_view inside = text.substr(open + 1, close - open - 1);
    size_t before = open;
    while (before > 0 && text[before - 1] == ' ') {
      --before;
    }
    bool after_latin = before > 0 && std::isalnum(static_cast<unsigned char>(text[before - 1]));
    bool latin_inside = std::any_of(inside.begin(), inside.end(), [](char c) { return std::isalpha(static_cast<unsigned char>(c)); });
    if (after_latin && !latin_inside && has_khmer_letter(inside)) {
      out.emplace_back(open, close);
    }
  }
  return out;
}

}  // namespace

std::vector<Word> make_word_stream(std::string_view text, const std::vector<Token>& tokens) {
  std::vector<Word> words;
  words.reserve(tokens.size());
  size_t prev_end = 0;
  std::vector<std::pair<size_t, size_t>> glosses = khmer_glosses(text);
  auto gloss_at = [&](size_t offset) {
    return std::find_if(glosses.begin(), glosses.end(),
                        [&](const auto& g) { return g.first < offset && offset < g.second; });
  };
  for (size_t i = 0; i < tokens.size(); ++i) {
    const Token& t = tokens[i];
    if (gloss_at(t.begin) != glosses.end()) {
      continue;
    }
    unsigned gap_before = kGapSentence;
    std::string gap_without_gloss;
    if (!words.empty()) {
      std::string_view gap = text.substr(prev_end, t.begin - prev_end);
      // A gloss skipped: the gap is what stands before its brackets and after them.
      if (auto g = std::find_if(glosses.begin(), glosses.end(),
                                [&](const auto& x) { return prev_end <= x.first && x.second < t.begin; });
          g != glosses.end()) {
        gap_without_gloss = std::string(text.substr(prev_end, g->first - prev_end)) +
                            std::string(text.substr(g->second + 1, t.begin - g->second - 1));
        gap = gap_without_gloss;
      }
      Word& prev = words.back();
      gap_before = classify_gap(gap, prev.surface);
      std::string_view after_dot = gap.substr(std::min<size_t>(1, gap.size()));
      bool dot_then_space = gap.starts_with('.') &&
                            after_dot.find_first_not_of(' ') == std::string_view::npos;
      if ((gap_before & ~unsigned{kGapStop}) == kGapSentence && dot_then_space &&
          is_abbreviation(prev.surface, prev.key)) {
        gap_before = kGapAbbrev;
      }
      prev.gap_after = gap_before;
    }
    std::string_view surface = text.substr(t.begin, t.end - t.begin);
    words.push_back(Word{.surface = surface,
                         .key = t.term,
                         .begin = t.begin,
                         .end = t.end,
                         .capitalized = t.capitalized,
                         .all_caps = all_caps(surface),
                         .sentence_start = (gap_before & kGapSentence) != 0,
                         .possessive = possessive(surface),
                         .headline = false,
                         .quoted = false,
                         .lex = lexicon::classes(t.term),
                         .gap_after = kGapSentence});
    prev_end = t.end;
  }
  if (!words.empty()) {
    // What ends the text: a full stop or nothing (a headline has none).
    std::string_view tail = text.substr(prev_end);
    words.back().gap_after = kGapSentence | (classify_gap(tail, words.back().surface) & kGapStop);
  }
  mark_headlines(words, text);
  mark_quotes(words);
  return words;
}

std::string span_text(std::string_view text, const std::vector<Word>& words, size_t first,
                      size_t last) {
  std::string s(text.substr(words[first].begin, words[last].end - words[first].begin));
  for (size_t pos = s.find("\xE2\x80\x99"); pos != s.npos; pos = s.find("\xE2\x80\x99", pos)) {
    s.replace(pos, 3, "'");
  }
  if (s.size() > 2 && (s.ends_with("'s") || s.ends_with("'S"))) {
    s.resize(s.size() - 2);
  }
  std::string out;
  for (char c : s) {  // newlines inside a name become spaces
    out += (c == '\n' || c == '\r' || c == '\t') ? ' ' : c;
  }
  return out;
}

}  // namespace tonle::entities
