// analyzer.cc — ICU-backed implementation of Analyzer. This is the only file of tonle that
// includes ICU headers.
#include "core/analyzer.h"

#include "core/ascii_words.h"
#include "core/khmer.h"

#include <unicode/brkiter.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utext.h>
#include <xapian.h>

#include <algorithm>
#include <stdexcept>
#include <unordered_map>

namespace tonle {

namespace {

void replace_all(std::string& s, std::string_view from, std::string_view to) {
  for (size_t pos = s.find(from); pos != std::string::npos; pos = s.find(from, pos + to.size())) {
    s.replace(pos, from.size(), to);
  }
}

// A word is capitalised when its first letter is upper case, digits before it allowed: "Ministry",
// "UN", and also "3S Rivers Protection Network", "7NG"; never "3 million" or "1990s".
bool starts_capitalized(std::string_view surface) {
  const auto* bytes = reinterpret_cast<const uint8_t*>(surface.data());
  const auto size = static_cast<int32_t>(surface.size());
  for (int32_t i = 0; i < size;) {
    if (bytes[i] < 0x80) {  // ASCII needs no ICU
      char a = static_cast<char>(bytes[i++]);
      if ((a >= 'a' && a <= 'z') || (a >= 'A' && a <= 'Z')) {
        return a <= 'Z';
      }
      if (a < '0' || a > '9') {
        return false;
      }
      continue;
    }
    UChar32 c = 0;
    U8_NEXT(bytes, i, size, c);
    if (u_isalpha(c)) {
      return u_isupper(c);
    }
    if (!u_isdigit(c)) {
      return false;
    }
  }
  return false;
}

bool is_ascii_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// Post-NFKC clean-up of one word: the parts of normalisation ICU does not do for us.
void tidy_term(std::string& t, bool numeric) {
  bool ascii = std::all_of(t.begin(), t.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
  if (!ascii) {
    replace_all(t, "\xE2\x80\x99", "'");  // RIGHT SINGLE QUOTATION MARK
    replace_all(t, "\xCA\xBC", "'");      // MODIFIER LETTER APOSTROPHE
  }
  if (t.size() > 2 && t.compare(t.size() - 2, 2, "'s") == 0) {
    t.resize(t.size() - 2);  // possessive: Cambodia's → cambodia
  }
  while (!t.empty() && t.back() == '\'') {
    t.pop_back();
  }
  if (numeric) {
    std::erase(t, ',');  // 1,300 → 1300
  } else if (t.find('.') != std::string::npos) {
    // Dotted acronyms: u.s → us, h.e → he (a dot between letters only).
    std::string out;
    for (size_t i = 0; i < t.size(); ++i) {
      bool inner_dot = t[i] == '.' && i > 0 && i + 1 < t.size() && is_ascii_alpha(t[i - 1]) &&
                       is_ascii_alpha(t[i + 1]);
      if (!inner_dot) {
        out += t[i];
      }
    }
    t = std::move(out);
  }
  if (!ascii && (t.find("\xE1\x9E") != std::string::npos || t.find("\xE1\x9F") != std::string::npos)) {
    t = khmer_normalise(t);  // Khmer block U+1780..U+17FF
  }
}

bool plain_latin_word(const std::string& t) {
  for (char c : t) {
    if (!(c >= 'a' && c <= 'z') && c != '\'') {
      return false;
    }
  }
  return !t.empty();
}

}  // namespace

struct Analyzer::Impl {
  std::unique_ptr<icu::BreakIterator> words;
  const icu::Normalizer2* nfkc_cf = nullptr;
  const icu::Normalizer2* nfd = nullptr;  // strip_accents: decompose, drop the marks, recompose
  const icu::Normalizer2* nfc = nullptr;
  Xapian::Stem stemmer{"english"};
  // Stemming is a hot spot of indexing and words repeat a lot; the cache is bounded.
  std::unordered_map<std::string, std::string> stems;
  static constexpr size_t kMaxCachedStems = 200000;

  std::string normalise(std::string_view utf8) const {
    // ASCII needs no ICU: NFKC leaves it alone and case folding is lower-casing.
    bool ascii = true;
    for (char c : utf8) {
      ascii = ascii && static_cast<unsigned char>(c) < 0x80;
    }
    if (ascii) {
      std::string out(utf8);
      for (char& c : out) {
        if (c >= 'A' && c <= 'Z') {
          c = static_cast<char>(c + ('a' - 'A'));
        }
      }
      return out;
    }
    UErrorCode status = U_ZERO_ERROR;
    icu::UnicodeString src = icu::UnicodeString::fromUTF8(
        icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
    icu::UnicodeString dst = nfkc_cf->normalize(src, status);
    std::string out;
    if (U_FAILURE(status)) {
      return out;
    }
    dst.toUTF8String(out);
    return out;
  }
};

Analyzer::Analyzer(AnalyzerOptions options) : impl_(std::make_unique<Impl>()), options_(options) {
  UErrorCode status = U_ZERO_ERROR;
  impl_->words.reset(icu::BreakIterator::createWordInstance(icu::Locale::getRoot(), status));
  if (U_FAILURE(status) || !impl_->words) {
    throw std::runtime_error(std::string("ICU word break iterator: ") + u_errorName(status));
  }
  impl_->nfkc_cf = icu::Normalizer2::getNFKCCasefoldInstance(status);
  impl_->nfd = icu::Normalizer2::getNFDInstance(status);
  impl_->nfc = icu::Normalizer2::getNFCInstance(status);
  if (U_FAILURE(status)) {
    throw std::runtime_error(std::string("ICU normalisers (NFKC_Casefold, NFD, NFC): ") + u_errorName(status));
  }
}

Analyzer::~Analyzer() = default;

namespace {

bool ascii_space(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\v' || c == '\f'; }

}  // namespace

// One word of the input at [begin, end): normalised, tidied and kept unless empty or too long.
void Analyzer::add_word(std::string_view utf8, size_t begin, size_t end, bool numeric, uint32_t& position,
                        std::vector<Token>& tokens) const {
  std::string_view surface = utf8.substr(begin, end - begin);
  std::string term = impl_->normalise(surface);
  tidy_term(term, numeric);
  if (term.empty() || term.size() > kMaxTermBytes) {
    return;
  }
  tokens.push_back(Token{.term = std::move(term),
                         .position = position++,
                         .begin = begin,
                         .end = end,
                         .capitalized = starts_capitalized(surface),
                         .numeric = numeric});
}

// ICU's word breaks over utf8[from, to), a range that starts and ends where ICU would break
// anyway (at white space), with offsets into the whole input.
void Analyzer::icu_words(std::string_view utf8, size_t from, size_t to, uint32_t& position,
                         std::vector<Token>& tokens) const {
  UErrorCode status = U_ZERO_ERROR;
  std::string_view range = utf8.substr(from, to - from);
  UText* text = utext_openUTF8(nullptr, range.data(), static_cast<int64_t>(range.size()), &status);
  if (U_FAILURE(status)) {
    return;
  }
  icu::BreakIterator& bi = *impl_->words;
  bi.setText(text, status);
  int32_t start = bi.first();
  for (int32_t end = bi.next(); end != icu::BreakIterator::DONE; start = end, end = bi.next()) {
    int32_t rule = bi.getRuleStatus();
    if (rule >= UBRK_WORD_NONE && rule < UBRK_WORD_NONE_LIMIT) {
      continue;  // spaces, punctuation, symbols
    }
    bool numeric = rule >= UBRK_WORD_NUMBER && rule < UBRK_WORD_NUMBER_LIMIT;
    add_word(utf8, from + static_cast<size_t>(start), from + static_cast<size_t>(end), numeric, position, tokens);
  }
  bi.setText(icu::UnicodeString());  // drop the pointer into the caller's buffer
  utext_close(text);
}

std::vector<Token> Analyzer::analyze(std::string_view utf8) const {
  std::vector<Token> tokens;
  tokens.reserve(utf8.size() / 6);  // about one word in six bytes of English
  uint32_t position = 0;
  if (!options_.ascii_fast_path) {
    icu_words(utf8, 0, utf8.size(), position, tokens);
    return tokens;
  }
  // White space always ends an ICU word and nothing ICU does reaches across it, so the text is
  // read stretch by stretch: plain ASCII ones by ascii_words, runs of the others by ICU (from
  // the white space before them, as ICU would see them in the whole text).
  std::vector<WordSpan> spans;
  size_t i = 0;
  size_t n = utf8.size();
  while (i < n) {
    if (ascii_space(utf8[i])) {
      ++i;
      continue;
    }
    size_t end = i;
    bool ascii = true;
    while (end < n && !ascii_space(utf8[end])) {
      ascii = ascii && static_cast<unsigned char>(utf8[end]) < 0x80;
      ++end;
    }
    if (ascii) {
      spans.clear();
      ascii_words(utf8, i, end, spans);
      for (const WordSpan& w : spans) {
        add_word(utf8, w.begin, w.end, w.numeric, position, tokens);
      }
      i = end;
      continue;
    }
    // This stretch and the next ones up to a plain ASCII stretch go to ICU together.
    size_t from = i > 0 ? i - 1 : 0;
    size_t to = end;
    for (size_t k = end; k < n;) {
      if (ascii_space(utf8[k])) {
        ++k;
        continue;
      }
      size_t e = k;
      bool plain = true;
      while (e < n && !ascii_space(utf8[e])) {
        plain = plain && static_cast<unsigned char>(utf8[e]) < 0x80;
        ++e;
      }
      if (plain) {
        break;
      }
      to = e;
      k = e;
    }
    icu_words(utf8, from, to, position, tokens);
    i = to;
  }
  return tokens;
}

const std::string& Analyzer::stem(const std::string& term) const {
  if (!plain_latin_word(term)) {
    return term;
  }
  auto& cache = impl_->stems;
  if (auto it = cache.find(term); it != cache.end()) {
    return it->second;
  }
  if (cache.size() >= Impl::kMaxCachedStems) {
    cache.clear();
  }
  return cache.emplace(term, impl_->stemmer(term)).first->second;
}

std::string Analyzer::strip_accents(std::string_view term) const {
  if (std::all_of(term.begin(), term.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; })) {
    return std::string(term);
  }
  UErrorCode status = U_ZERO_ERROR;
  icu::UnicodeString src = icu::UnicodeString::fromUTF8(
      icu::StringPiece(term.data(), static_cast<int32_t>(term.size())));
  icu::UnicodeString decomposed = impl_->nfd->normalize(src, status);
  if (U_FAILURE(status)) {
    return std::string(term);
  }
  icu::UnicodeString bare;
  for (int32_t i = 0; i < decomposed.length();) {
    UChar32 c = decomposed.char32At(i);
    if (c < 0x300 || c > 0x36F) {
      bare.append(c);
    }
    i += U16_LENGTH(c);
  }
  icu::UnicodeString composed = impl_->nfc->normalize(bare, status);
  std::string out;
  if (U_FAILURE(status)) {
    return std::string(term);
  }
  composed.toUTF8String(out);
  return out;
}

std::string Analyzer::fold(std::string_view utf8) const {
  std::string out = impl_->normalise(utf8);
  replace_all(out, "\xE2\x80\x99", "'");
  return khmer_normalise(out);
}

std::vector<KhmerSyllable> Analyzer::syllables(std::string_view utf8, uint32_t first_position,
                                               uint32_t* next_position) const {
  return khmer_syllables(utf8, first_position, next_position);
}

}  // namespace tonle
