// snippets.cc — window choice and highlighting (see snippets.h).
#include "searcher/snippets.h"

#include <algorithm>
#include <map>

#include "core/text.h"

namespace tonle {

namespace {

constexpr size_t kMaxMatches = 2000;  // enough for any real article; bounds the window search

struct Match {
  size_t first = 0;  // token index
  size_t last = 0;   // token index, inclusive
  size_t key = 0;    // which query item matched (for counting distinct items)
  double weight = 1;
  size_t begin = 0;  // bytes to highlight: the tokens', or a Khmer word's letters inside one
  size_t end = 0;
};

// Khmer syllable sequences (HighlightSpec::syllables) wherever their clusters follow each other
// in `body`, highlighted exactly: a word inside a longer dictionary word marks only its letters.
template <class KeyOf>
void add_syllable_matches(std::string_view body, const std::vector<Token>& toks, const HighlightSpec& spec,
                          const Analyzer& a, KeyOf key_of, std::vector<Match>& out) {
  if (spec.syllables.empty()) {
    return;
  }
  std::vector<KhmerSyllable> syl = a.syllables(body);
  for (const auto& seq : spec.syllables) {
    if (seq.empty()) {
      continue;
    }
    size_t key = key_of("K" + join(seq, " "));
    for (size_t i = 0; i + seq.size() <= syl.size() && out.size() < kMaxMatches; ++i) {
      bool ok = true;
      for (size_t k = 0; k < seq.size() && ok; ++k) {
        ok = syl[i + k].key == seq[k] && syl[i + k].position == syl[i].position + k;
      }
      if (!ok) {
        continue;
      }
      size_t b = syl[i].begin;
      size_t e = syl[i + seq.size() - 1].end;
      auto first = std::partition_point(toks.begin(), toks.end(), [&](const Token& t) { return t.end <= b; });
      auto last = std::partition_point(toks.begin(), toks.end(), [&](const Token& t) { return t.begin < e; });
      if (first == toks.end() || last == toks.begin()) {
        continue;
      }
      out.push_back({static_cast<size_t>(first - toks.begin()), static_cast<size_t>(last - toks.begin()) - 1, key,
                     seq.size() > 1 ? 1.5 : 1.0, b, e});
    }
  }
}

// The first n bytes every body word stemming to `stem` begins with, into `out`: Porter2 rewrites
// only endings, except "dying/lying/tying" -> "die/lie/tie", covered by "y" for a second "i".
void add_stem_head(const std::string& stem, size_t n, std::vector<std::string>& out) {
  out.push_back(stem.substr(0, n));
  if (n >= 2 && stem.size() >= 2 && stem[1] == 'i') {
    out.push_back(stem.substr(0, 1) + "y");
  }
}

std::vector<Match> find_matches(std::string_view body, const std::vector<Token>& toks,
                                const HighlightSpec& spec, const Analyzer& a) {
  std::vector<Match> out;
  std::map<std::string, size_t> keys;
  auto key_of = [&](const std::string& k) { return keys.emplace(k, keys.size()).first->second; };
  for (size_t p = 0; p < spec.phrases.size(); ++p) {
    const auto& phrase = spec.phrases[p];
    for (size_t i = 0; i + phrase.size() <= toks.size() && out.size() < kMaxMatches; ++i) {
      bool ok = true;
      for (size_t k = 0; k < phrase.size() && ok; ++k) {
        ok = toks[i + k].term == phrase[k];
      }
      if (ok) {
        out.push_back({i, i + phrase.size() - 1, key_of("\"" + join(phrase, " ")), 3.0, toks[i].begin,
                       toks[i + phrase.size() - 1].end});
      }
    }
  }
  // English stemming rewrites endings: a word whose first two bytes begin no query stem cannot
  // stem to one, so most words of a body are never looked up. (The one exception, Porter2's
  // "dying/lying/tying" -> "die/lie/tie", is covered by also accepting "y" for a second "i".)
  std::vector<std::string> heads;
  for (const std::string& s : spec.stems) {
    add_stem_head(s, 2, heads);
  }
  auto may_stem_to_query = [&](const std::string& t) {
    return std::any_of(heads.begin(), heads.end(), [&](const std::string& h) { return t.starts_with(h); });
  };
  for (size_t i = 0; i < toks.size() && out.size() < kMaxMatches; ++i) {
    const std::string& t = toks[i].term;
    if (spec.terms.contains(t)) {
      out.push_back({i, i, key_of(t), 1.0, toks[i].begin, toks[i].end});
    } else if (!spec.stems.empty() && may_stem_to_query(t)) {
      const std::string& stem = a.stem(t);
      if (spec.stems.contains(stem)) {
        out.push_back({i, i, key_of("Z" + stem), 1.0, toks[i].begin, toks[i].end});
      }
    }
  }
  add_syllable_matches(body, toks, spec, a, key_of, out);
  // In text order (token order too); of two starting together, the longer first.
  std::sort(out.begin(), out.end(), [](const Match& x, const Match& y) {
    return x.begin != y.begin ? x.begin < y.begin : x.end > y.end;
  });
  return out;
}

// Score of a window: each distinct item once at full weight, repeats a little. `ms` is sorted by
// first token, so only the matches that start inside the window are visited.
double window_score(const std::vector<Match>& ms, size_t begin, size_t end) {
  std::map<size_t, double> best;
  double repeats = 0;
  auto from = std::lower_bound(ms.begin(), ms.end(), begin,
                               [](const Match& m, size_t b) { return m.first < b; });
  for (auto it = from; it != ms.end() && it->first < end; ++it) {
    const Match& m = *it;
    if (m.last < end) {
      auto [it, fresh] = best.emplace(m.key, m.weight);
      if (!fresh) {
        repeats += 0.1;
      }
    }
  }
  double score = repeats;
  for (const auto& [key, w] : best) {
    score += w;
  }
  return score;
}

// Where a window around a match at token `first` should start: the beginning of its sentence
// when that is close, else `context` words before it.
size_t window_start(std::string_view body, const std::vector<Token>& toks, size_t first,
                    size_t context) {
  size_t earliest = first > 2 * context ? first - 2 * context : 0;
  for (size_t j = first; j > earliest; --j) {
    std::string_view gap = body.substr(toks[j - 1].end, toks[j].begin - toks[j - 1].end);
    if (gap.find_first_of(".!?\n") != std::string_view::npos) {
      return j;
    }
  }
  if (earliest == 0) {
    return 0;
  }
  return first > context ? first - context : 0;
}

// Bodies up to this size are analysed whole; in longer ones only the paragraph most likely to
// hold the best window (and what follows it) is, since the analyzer is most of a hit's cost.
constexpr size_t kAnalyzeWhole = 2000;
constexpr size_t kRegionAfter = 1000;  // bytes analysed past the chosen paragraph's start
constexpr size_t kRegionBefore = 400;  // a paragraph this close before it is analysed too

// Lower-case ASCII prefixes that every body word matching the query begins with: a term's first
// four bytes, a stem's first bytes but its last (Porter2 rewrites endings only: "citi" is
// "city"), with "y" for a second "i". Empty when a query word is not plain ASCII (Khmer, accents):
// then the text's bytes say nothing cheap about it.
std::vector<std::string> probes_of(const HighlightSpec& spec) {
  std::vector<std::string> out;
  auto ascii = [](const std::string& t) {
    return !t.empty() && std::all_of(t.begin(), t.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
  };
  if (!spec.syllables.empty()) {
    return {};
  }
  std::vector<std::string> words(spec.terms.begin(), spec.terms.end());
  for (const auto& phrase : spec.phrases) {
    words.insert(words.end(), phrase.begin(), phrase.end());
  }
  for (const std::string& t : words) {
    if (!ascii(t)) {
      return {};
    }
    out.push_back(to_lower_ascii(t.substr(0, 4)));
  }
  for (const std::string& st : spec.stems) {
    if (!ascii(st)) {
      return {};
    }
    add_stem_head(to_lower_ascii(st), std::clamp<size_t>(st.size() - 1, 1, 4), out);
  }
  return out;
}

// The byte range of a long body to analyse: from the start of the paragraph that holds the most
// distinct probes (the first of equals; or of a short paragraph right before it) to
// kRegionAfter bytes past it, cut at a line's end. The first kRegionAfter bytes when no
// paragraph holds one; the whole body when it is short.
std::pair<size_t, size_t> region_to_analyze(std::string_view body, const HighlightSpec& spec) {
  if (body.size() <= kAnalyzeWhole) {
    return {0, body.size()};
  }
  std::vector<std::string> probes = probes_of(spec);
  if (probes.empty() && (!spec.terms.empty() || !spec.stems.empty() || !spec.phrases.empty() ||
                         !spec.syllables.empty())) {
    return {0, body.size()};
  }
  std::string lower = to_lower_ascii(body);
  // Scored as windows are (window_score): each distinct probe once, repeats a little. A window
  // may start in the paragraph before (its context words), so a short one before is kept.
  size_t best_at = 0;
  size_t best_from = 0;
  double best_score = 0;
  size_t previous = 0;
  for (size_t at = 0; at < lower.size();) {
    size_t end = lower.find('\n', at);
    end = end == std::string::npos ? lower.size() : end;
    std::string_view para = std::string_view(lower).substr(at, end - at);
    double score = 0;
    for (const std::string& p : probes) {
      size_t seen = 0;
      for (size_t hit = para.find(p); hit != std::string_view::npos && seen < 20; hit = para.find(p, hit + 1)) {
        ++seen;
      }
      score += seen > 0 ? 1 + 0.1 * static_cast<double>(seen - 1) : 0;
    }
    if (score > best_score) {
      best_score = score;
      best_at = at;
      best_from = at - previous <= kRegionBefore ? previous : at;
    }
    if (end > at) {
      previous = at;  // the last paragraph with text (blank lines separate paragraphs)
    }
    at = end + 1;
  }
  size_t stop = std::min(body.size(), best_at + kRegionAfter);
  if (stop < body.size()) {
    size_t nl = body.find('\n', stop);
    stop = nl == std::string_view::npos ? body.size() : nl;
  }
  return {best_from, stop};
}

}  // namespace

Snippet make_snippet(std::string_view whole, const HighlightSpec& spec, const Analyzer& a,
                     const SnippetOptions& o) {
  Snippet s;
  auto [region_begin, region_end] = region_to_analyze(whole, spec);
  std::string_view body = whole.substr(region_begin, region_end - region_begin);
  std::vector<Token> toks = a.analyze(body);
  if (toks.empty()) {
    return s;
  }
  std::vector<Match> ms = find_matches(body, toks, spec, a);
  size_t start = 0;
  double best = -1;
  for (const Match& m : ms) {
    size_t candidate = window_start(body, toks, m.first, o.context_words);
    double score = window_score(ms, candidate, candidate + o.max_words);
    if (score > best) {
      best = score;
      start = candidate;
    }
  }
  size_t end = std::min(toks.size(), start + o.max_words);
  size_t byte_begin = start == 0 ? 0 : toks[start].begin;
  size_t byte_end = toks[end - 1].end;
  // Keep punctuation glued to the last word (a full stop, a closing quote).
  while (byte_end < body.size() && body[byte_end] != ' ' && body[byte_end] != '\n') {
    ++byte_end;
  }
  s.text = std::string(body.substr(byte_begin, byte_end - byte_begin));
  std::replace(s.text.begin(), s.text.end(), '\n', ' ');
  s.cut_before = start > 0 || region_begin > 0;
  s.cut_after = end < toks.size() || region_end < whole.size();
  for (const Match& m : ms) {
    if (m.first < start || m.last >= end) {
      continue;
    }
    Highlight h{m.begin - byte_begin, m.end - byte_begin};
    if (!s.highlights.empty() && h.begin <= s.highlights.back().end) {  // overlapping or touching
      s.highlights.back().end = std::max(s.highlights.back().end, h.end);  // one mark
    } else {
      s.highlights.push_back(h);
    }
  }
  return s;
}

std::vector<Highlight> highlight_ranges(std::string_view text, const HighlightSpec& spec, const Analyzer& a) {
  std::vector<Highlight> out;
  std::vector<Token> toks = a.analyze(text);
  for (const Match& m : find_matches(text, toks, spec, a)) {
    if (!out.empty() && m.begin <= out.back().end) {
      out.back().end = std::max(out.back().end, m.end);
    } else {
      out.push_back({m.begin, m.end});
    }
  }
  return out;
}

std::string snippet_html(const Snippet& s) {
  std::string out = s.cut_before ? "\xE2\x80\xA6" : "";
  size_t pos = 0;
  for (const Highlight& h : s.highlights) {
    out += html_escape(std::string_view(s.text).substr(pos, h.begin - pos));
    out += "<mark>";
    out += html_escape(std::string_view(s.text).substr(h.begin, h.end - h.begin));
    out += "</mark>";
    pos = h.end;
  }
  out += html_escape(std::string_view(s.text).substr(pos));
  if (s.cut_after) {
    out += "\xE2\x80\xA6";
  }
  return out;
}

}  // namespace tonle
