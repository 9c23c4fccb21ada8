// speaker_bodies.cc — the bodies a spokesperson's phrase and story name, declared in
// speaker_bodies.h.
#include "indexer/entities/speaker_bodies.h"

#include <algorithm>
#include <array>
#include <map>

#include "indexer/entities/lexicon.h"

namespace tonle::entities {

namespace lx = lexicon;

namespace {

// Words that refer to a body by its kind, and the words its name must contain to be that body.
struct KindNoun {
  std::string_view noun;
  std::array<std::string_view, 3> name_words;  // any of these, as a whole word of the name
  Facet facet;
};
constexpr std::array<KindNoun, 39> kKindNouns = {{
    {"ministry", {"Ministry", "", ""}, Facet::kMinistry},
    {"court", {"Court", "Tribunal", ""}, Facet::kMinistry},
    {"police", {"Police", "Commissariat", "Gendarmerie"}, Facet::kMinistry},
    {"embassy", {"Embassy", "", ""}, Facet::kMinistry},
    {"hall", {"Hall", "Administration", ""}, Facet::kMinistry},
    {"administration", {"Administration", "Hall", ""}, Facet::kMinistry},
    {"department", {"Department", "", ""}, Facet::kMinistry},
    {"authority", {"Authority", "", ""}, Facet::kMinistry},
    {"committee", {"Committee", "", ""}, Facet::kMinistry},
    {"commission", {"Commission", "", ""}, Facet::kMinistry},
    {"council", {"Council", "", ""}, Facet::kMinistry},
    {"unit", {"Unit", "", ""}, Facet::kMinistry},
    {"delegation", {"Delegation", "", ""}, Facet::kMinistry},
    {"senate", {"Senate", "", ""}, Facet::kMinistry},
    {"assembly", {"Assembly", "", ""}, Facet::kMinistry},
    {"government", {"Government", "", ""}, Facet::kMinistry},
    {"army", {"Army", "Forces", ""}, Facet::kMinistry},
    {"party", {"", "", ""}, Facet::kParty},
    {"group", {"", "", ""}, Facet::kNgo},
    {"organisation", {"", "", ""}, Facet::kNgo},
    {"organization", {"", "", ""}, Facet::kNgo},
    {"ngo", {"", "", ""}, Facet::kNgo},
    {"union", {"Union", "Federation", "Confederation"}, Facet::kNgo},
    {"federation", {"Federation", "Confederation", "Union"}, Facet::kNgo},
    {"confederation", {"Confederation", "Federation", ""}, Facet::kNgo},
    {"association", {"Association", "", ""}, Facet::kNgo},
    {"coalition", {"Coalition", "Alliance", "Network"}, Facet::kNgo},
    {"network", {"Network", "", ""}, Facet::kNgo},
    {"alliance", {"Alliance", "Coalition", ""}, Facet::kNgo},
    {"centre", {"Centre", "Center", ""}, Facet::kNgo},
    {"center", {"Center", "Centre", ""}, Facet::kNgo},
    {"foundation", {"Foundation", "", ""}, Facet::kNgo},
    {"institute", {"Institute", "", ""}, Facet::kNgo},
    {"agency", {"Agency", "", ""}, Facet::kMinistry},
    {"office", {"Office", "", ""}, Facet::kMinistry},
    {"regulator", {"Regulator", "Authority", "Commission"}, Facet::kMinistry},
    {"board", {"Board", "", ""}, Facet::kMinistry},
    {"bank", {"Bank", "", ""}, Facet::kMinistry},
    {"ombudsman", {"Ombudsman", "", ""}, Facet::kMinistry},
}};

const KindNoun* kind_noun(std::string_view key) {
  for (const KindNoun& k : kKindNouns) {
    if (k.noun == key) {
      return &k;
    }
  }
  return nullptr;
}

bool has_word(std::string_view name, std::string_view word) {
  for (size_t pos = name.find(word); pos != std::string_view::npos; pos = name.find(word, pos + 1)) {
    bool start = pos == 0 || name[pos - 1] == ' ';
    bool end = pos + word.size() == name.size() || name[pos + word.size()] == ' ';
    if (start && end) {
      return true;
    }
  }
  return false;
}

// The body's name holds the kind's word, as canonical or as the story wrote it ("the unit" is the
// Government Spokesperson Unit, whose canonical name is the Royal Government's).
bool matches(const Scan& scan, const Mention& m, const KindNoun& k, std::string_view qualifier) {
  if (!m.is_body() || m.facet != k.facet) {
    return false;
  }
  auto written = [&](std::string_view w) {
    for (size_t i = m.first; i <= m.last && i < scan.words.size(); ++i) {
      std::string_view s = scan.words[i].surface;
      if (s == w || (s.starts_with(w) && scan.words[i].possessive && s.size() <= w.size() + 3)) {
        return true;
      }
    }
    return false;
  };
  bool named = k.name_words[0].empty() ||
               std::any_of(k.name_words.begin(), k.name_words.end(), [&](std::string_view w) {
                 return !w.empty() && (has_word(m.canonical, w) || written(w));
               });
  return named && (qualifier.empty() || has_word(m.canonical, qualifier));
}

// The sentence index of each word, counted from the start of the text.
size_t sentence_index(const Scan& scan, size_t i) {
  size_t n = 0;
  for (size_t k = 1; k <= i && k < scan.words.size(); ++k) {
    n += scan.words[k].sentence_start ? 1 : 0;
  }
  return n;
}

// Which body a kind noun at word i means: the one named in this or the previous sentence
// ("Thailand's Foreign Ministry said ... Ministry spokesman X"); else the one the story has
// named most so far, the earliest of equals (a story's lead names its court: "Court
// spokesman" speaks for it); else the first named after.
const Mention* resolve_kind(const Scan& scan, const KindNoun& k, std::string_view qualifier, size_t i) {
  size_t here = sentence_index(scan, i);
  for (std::string_view q : {qualifier, std::string_view()}) {
    const Mention* nearest = nullptr;
    const Mention* after = nullptr;
    std::map<std::string, std::pair<int, const Mention*>> before;  // canonical → (count, first)
    for (const Mention& m : scan.mentions) {
      if (!matches(scan, m, k, q)) {
        continue;
      }
      if (m.last < i) {
        auto& [count, first] = before[m.canonical];
        ++count;
        first = first == nullptr || m.first < first->first ? &m : first;
        // A body named inside a quotation is what someone said, not what the story is about.
        if (!scan.words[m.first].quoted) {
          nearest = nearest == nullptr || m.last > nearest->last ? &m : nearest;
        }
      } else if (m.first > i && (after == nullptr || m.first < after->first)) {
        after = &m;
      }
    }
    if (nearest != nullptr && here - sentence_index(scan, nearest->last) <= 1) {
      return nearest;
    }
    const Mention* best = nullptr;
    int best_count = 0;
    for (const auto& [name, entry] : before) {
      auto [count, first] = entry;
      if (count > best_count || (count == best_count && first->first < best->first)) {
        best = first;
        best_count = count;
      }
    }
    if (best != nullptr || after != nullptr) {
      return best != nullptr ? best : after;
    }
  }
  return nullptr;
}

}  // namespace

bool is_kind_noun(std::string_view key) { return kind_noun(key) != nullptr; }

// "Provincial police": the capitalised qualifier a kind noun may carry.
std::string qualifier_before(const Scan& scan, size_t noun) {
  if (noun == 0 || !joined(scan.words, noun - 1)) {
    return "";
  }
  const std::string& key = scan.words[noun - 1].key;
  if (key == "provincial" || key == "municipal" || key == "district" || key == "national" ||
      key == "capital" || key == "appeal" || key == "supreme") {
    std::string q = key;
    q[0] = static_cast<char>(q[0] - 'a' + 'A');
    return q;
  }
  return "";
}

void add_body(Speaker& s, const Scan& scan, const Mention& m) {
  Body b{m.facet, m.canonical};
  if (std::find(s.bodies.begin(), s.bodies.end(), b) == s.bodies.end()) {
    s.bodies.push_back(std::move(b));
    s.body_mentions.push_back(scan.index_of(&m));
  }
}

// The body a word names by kind ("Court", "ministry's"), resolved in the article.
const Mention* kind_body(const Scan& scan, size_t k) {
  if (scan.covered(k)) {
    return nullptr;
  }
  const KindNoun* noun = kind_noun(scan.words[k].key);
  return noun ? resolve_kind(scan, *noun, qualifier_before(scan, k), k) : nullptr;
}

// The body named nearest before word i in the same sentence, or up to `back` sentences before.
const Mention* body_nearby(const Scan& scan, size_t i, size_t back) {
  size_t here = sentence_index(scan, i);
  const Mention* nearest = nullptr;
  for (const Mention& m : scan.mentions) {
    if (m.is_body() && m.last < i && (nearest == nullptr || m.last > nearest->last)) {
      nearest = &m;
    }
  }
  if (nearest == nullptr || here - sentence_index(scan, nearest->last) > back) {
    return nullptr;
  }
  return nearest;
}

// "The Candlelight Party had written to the NEC ... Its spokesman, X, said": a pronoun that opens
// its sentence refers to the previous sentence's subject, the body that opens it ("The" aside),
// not to the body named last.
const Mention* subject_of_sentence_before(const Scan& scan, size_t i) {
  const std::vector<Word>& w = scan.words;
  if (i == 0 || i >= w.size() || !w[i].sentence_start) {
    return nullptr;
  }
  size_t start = i - 1;
  while (start > 0 && !w[start].sentence_start) {
    --start;
  }
  if (w[start].key == "the" && joined(w, start)) {
    ++start;
  }
  const Mention* m = scan.mention_starting_at(start);
  return m != nullptr && m->is_body() && m->last < i ? m : nullptr;
}

// The body a kind noun ("the ministry") in this or the previous sentence before word i refers to.
const Mention* kind_nearby(const Scan& scan, size_t i) {
  size_t sentences = 0;
  for (size_t k = i; k > 0 && sentences < 2;) {
    --k;
    if (scan.words[k + 1].sentence_start) {
      ++sentences;
    }
    if (!scan.words[k].capitalized || scan.words[k].sentence_start) {
      if (const Mention* b = kind_body(scan, k)) {
        return b;
      }
    }
  }
  return nullptr;
}

// "Speaking at a press conference at the ministry, spokesman X said": the body a kind noun
// ("the ministry", "the court's") names in the sentence before word i, outside quotations.
const Mention* kind_earlier_in_sentence(const Scan& scan, size_t i) {
  if (i >= scan.words.size() || scan.words[i].sentence_start) {
    return nullptr;  // the phrase opens its sentence: nothing before it in the sentence
  }
  for (size_t k = i; k > 0;) {
    --k;
    if (!scan.words[k].quoted && !scan.words[k].capitalized && k > 0 && scan.words[k - 1].key == "the") {
      if (const Mention* b = kind_body(scan, k)) {
        return b;
      }
    }
    if (scan.words[k].sentence_start) {
      break;  // (a quotation's own sentences end the search too)
    }
  }
  return nullptr;
}

// The body named nearest before word i in its paragraph, outside quotations.
const Mention* body_in_paragraph(const Scan& scan, size_t i) {
  size_t start = i;
  while (start > 0 && !(scan.words[start - 1].gap_after & kGapParagraph)) {
    --start;
  }
  const Mention* nearest = nullptr;
  for (const Mention& m : scan.mentions) {
    if (m.is_body() && m.first >= start && m.last < i && !scan.words[m.first].quoted &&
        (nearest == nullptr || m.last > nearest->last)) {
      nearest = &m;
    }
  }
  return nearest;
}

// "Registry spokesman", "Municipality spokeswoman": a capitalised word of a body's name the
// story gave in full before ("the National Registry of Civil Status", "the Istanbul
// Metropolitan Municipality"), the nearest such body. Kind nouns with a table of their own
// ("Ministry", "Court") are read by kind_body first.
const Mention* body_named_by_word(const Scan& scan, size_t k) {
  const Word& w = scan.words[k];
  if (!w.capitalized || w.headline || w.all_caps || scan.covered(k) || lx::is_function_word(w) ||
      lx::is_role_modifier(w) || lx::is_rank(w) || w.key.size() < 4) {
    return nullptr;
  }
  const Mention* nearest = nullptr;
  for (const Mention& m : scan.mentions) {
    if (m.is_body() && m.last < k && m.last > m.first && has_word(m.canonical, w.surface) &&
        (nearest == nullptr || m.last > nearest->last)) {
      nearest = &m;
    }
  }
  return nearest;
}

namespace {

// The body whose mention is followed by a speech verb ("the Thai Foreign Ministry said on
// Tuesday"), nearest before word i in its sentence or the one before.
const Mention* body_that_spoke(const Scan& scan, size_t i) {
  size_t here = sentence_index(scan, i);
  const Mention* nearest = nullptr;
  for (const Mention& m : scan.mentions) {
    if (m.is_body() && m.last < i && !scan.words[m.first].quoted && joined(scan.words, m.last) &&
        lx::is_speech_verb(scan.words[m.last + 1]) && (nearest == nullptr || m.last > nearest->last)) {
      nearest = &m;
    }
  }
  return nearest != nullptr && here - sentence_index(scan, nearest->last) <= 1 ? nearest : nullptr;
}

// The one body every spokesperson found so far speaks for ("spokesman X of the Ministry of
// Information ... deputy spokesperson Y"), if they all speak for the same one.
const Mention* body_of_earlier_speakers(const Scan& scan) {
  const Mention* only = nullptr;
  for (const Speaker& sp : scan.speakers) {
    for (size_t b : sp.body_mentions) {
      if (b == kNoEntry) {
        return nullptr;
      }
      const Mention& m = scan.mentions[b];
      if (only != nullptr && only->canonical != m.canonical) {
        return nullptr;
      }
      only = &m;
    }
  }
  return only;
}

}  // namespace

// ", of the Liberal Party," / ", from the Ministry of Health," right after a name: the body the
// named person belongs to.
const Mention* body_after_name(const Scan& scan, size_t name_last) {
  const std::vector<Word>& w = scan.words;
  size_t k = name_last + 1;
  if (k + 1 >= w.size() || w[name_last].gap_after != kGapComma || (w[k].key != "of" && w[k].key != "from") ||
      !joined(w, k)) {
    return nullptr;
  }
  k = w[k + 1].key == "the" && joined(w, k + 1) ? k + 2 : k + 1;
  const Mention* m = scan.mention_starting_at(k);
  return m != nullptr && m->is_body() ? m : nullptr;
}

// True if the role phrase [role_first, s] says nothing of whose spokesperson it is: "Deputy
// spokeswoman X", "..., deputy spokesperson X told reporters" — no word of a name before it
// ("Festival spokeswoman", "A UNICEF spokesperson"), no pronoun ("Its spokesperson") and no
// "for the company" after it.
bool bare_role(const Scan& scan, size_t role_first, size_t s) {
  const std::vector<Word>& w = scan.words;
  if (role_first > 0 && joined(w, role_first - 1)) {
    const Word& before = w[role_first - 1];
    constexpr std::array<std::string_view, 4> kOwners = {"its", "their", "his", "her"};
    bool owner = std::find(kOwners.begin(), kOwners.end(), before.key) != kOwners.end();
    if ((before.capitalized && !before.sentence_start) || owner || !lx::is_function_word(before) ||
        scan.covered(role_first - 1)) {
      return false;
    }
  }
  constexpr std::array<std::string_view, 4> kLinks = {"for", "of", "at", "in"};
  return !(joined(w, s) && std::find(kLinks.begin(), kLinks.end(), w[s + 1].key) != kLinks.end());
}

// A spokesperson whose phrase and paragraph name no body ("Deputy spokeswoman X said"): the body
// the story gives: the one body the story's other spokespeople speak for; else, of the sentence
// before, the body that had just spoken ("the Thai Foreign Ministry said on Tuesday. Deputy
// spokeswoman X told a briefing"); else the body a kind noun later in the sentence names
// ("X said ..., the ministry received complaints every week"). `phrase_first` opens the role
// phrase, `name_last` ends the name.
const Mention* body_the_story_gives(const Scan& scan, size_t phrase_first, size_t name_last) {
  if (const Mention* shared = body_of_earlier_speakers(scan)) {
    return shared;
  }
  if (const Mention* spoke = body_that_spoke(scan, phrase_first)) {
    return spoke;
  }
  const std::vector<Word>& w = scan.words;
  for (size_t k = name_last + 1; k < w.size() && !sentence_ends(w, k - 1); ++k) {
    if (!w[k].quoted && !w[k].capitalized && w[k - 1].key == "the") {
      if (const Mention* b = kind_body(scan, k)) {
        return b;
      }
    }
  }
  return nullptr;
}

}  // namespace tonle::entities
