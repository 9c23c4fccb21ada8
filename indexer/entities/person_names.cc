// person_names.cc — see person_names.h.
#include "indexer/entities/person_names.h"

#include <algorithm>
#include <array>

#include "indexer/entities/lexicon.h"

namespace tonle::entities {

namespace {

namespace lx = lexicon;

bool letters_only(std::string_view key) {
  return std::all_of(key.begin(), key.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || c == '-' || c == '\'' || static_cast<unsigned char>(c) >= 0x80;
  });
}

uint8_t shape_of(const Word& w, const Gazetteer& g) {
  if (!w.capitalized || w.all_caps || !letters_only(w.key)) {
    return 0;
  }
  if (w.key.size() == 1) {
    return (w.gap_after & kGapAbbrev) ? kShapeName | kShapeInitial : 0;
  }
  // ("Neak" is a title only before another: "Neak Oknha"; alone, a name: "Neak Sokunthea".)
  bool honorific = (lx::is_honorific(w) && w.key != "neak") ||
                   (lx::is_dotted_title(w) && (w.gap_after & kGapAbbrev));
  if (lx::is_calendar_word(w) || honorific || lx::is_rank(w) ||
      lx::is_role_noun(w) || lx::is_spokes_word(w) || lx::is_never_name(w) ||
      lx::head_kind(w) != lx::Head::kNone || lx::is_company_word(w) ||
      lx::is_place_noun(w)) {
    return 0;
  }
  bool name = listed_name_word(g, w);
  uint8_t shape = kShapeName;
  shape |= lx::is_function_word(w) ? kShapeFunction : 0;
  shape |= name ? kShapeNameWord : 0;
  // A name opens with a name word or with a word no English text uses in lower case:
  // "Interior Sar Sokha" and "Rejects Budget Criticism" are no names.
  shape |= name || !g.is_common_word(w.key) ? kShapeStart : 0;
  return shape;
}

}  // namespace

bool listed_name_word(const Gazetteer& g, const Word& w) {
  return g.is_name_word(w.key) || (!w.plain.empty() && g.is_name_word(w.plain));
}

void ensure_shapes(Scan& scan, const Gazetteer& g) {
  if (scan.name_shape.size() != scan.words.size()) {
    scan.name_shape.resize(scan.words.size());
    for (size_t i = 0; i < scan.words.size(); ++i) {
      scan.name_shape[i] = shape_of(scan.words[i], g);
    }
  }
}

// A word that can be part of a person's name here (first: as its first word).
bool name_word(const Scan& scan, size_t i, bool first) {
  if (i >= scan.words.size() || scan.covered(i)) {
    return false;
  }
  uint8_t shape = scan.name_shape[i];
  if (!(shape & kShapeName)) {
    return false;
  }
  if (shape & kShapeInitial) {
    return !first;
  }
  // "But", "At": never in a name. Khmer family names that are also function words ("In",
  // "Or", "But") open a name only inside a sentence, where no clause starts with them.
  const Word& w = scan.words[i];
  bool clause_start = w.sentence_start || (i > 0 && (scan.words[i - 1].gap_after & kGapComma));
  if ((shape & kShapeFunction) && !(first && !clause_start && (shape & kShapeNameWord))) {
    return false;
  }
  return !first || (shape & kShapeStart);
}

// Keys of words [first, last] joined by a separator no word holds: a cheap map key.
std::string joined_keys(const Scan& scan, size_t first, size_t last) {
  std::string out;
  for (size_t k = first; k <= last; ++k) {
    out += scan.words[k].key;
    out += '\x1f';
  }
  return out;
}

// The words of a name may not include a possessive before its last word.
bool possessive_inside(const Scan& scan, size_t first, size_t last) {
  for (size_t k = first; k < last; ++k) {
    if (scan.words[k].possessive) {
      return true;
    }
  }
  return false;
}

std::optional<RolePhrase> role_phrase_ending_at(const Scan& scan, size_t last) {
  const std::vector<Word>& w = scan.words;
  auto honorific = [&](size_t k) {
    const std::string& key = w[k].key;
    if (key == "he") {
      return w[k].surface == "H.E" || w[k].surface == "HE";
    }
    if (key == "his" || key == "her") {
      return k + 1 < w.size() && w[k + 1].key == "excellency";
    }
    if (lx::is_dotted_title(key)) {
      return (w[k].gap_after & kGapAbbrev) != 0;  // "Ven." is a title, "Ven" a family name
    }
    if (key == "neak") {  // "Neak Oknha": a title before a title; "Neak Sokunthea" a name
      return k + 1 < w.size() && lx::is_honorific(w[k + 1]);
    }
    if (key == "tan" || key == "sri") {  // "Tan Sri", "Datuk Seri": Malaysian honours
      return k + 1 < w.size() && (w[k + 1].key == "sri" || lx::is_honorific(w[k + 1]) ||
                                  (k > 0 && w[k - 1].key == "tan"));
    }
    return lx::is_honorific(key) || lx::is_rank(key);
  };
  auto linked = [&](size_t k) { return joined(w, k) || (w[k].gap_after & kGapAbbrev); };
  size_t k = last;
  bool found = false;
  // Ranks and honorifics right before the name: "Pol Lt Gen", "H.E.", "Lok Chumteav".
  while (honorific(k) && (k == last || linked(k))) {
    found = true;
    if (k == 0 || !linked(k - 1)) {
      return RolePhrase{.first = k, .role = ""};
    }
    --k;
  }
  size_t role_end = found ? k : last;
  if (found && !linked(k)) {
    return RolePhrase{.first = k + 1, .role = ""};
  }
  // "Minister of Interior": a role noun, "of", capitalised words.
  size_t probe = role_end;
  for (size_t n = 0; n < 5 && probe > 1 && w[probe].capitalized && !lx::is_role_noun(w[probe]) &&
                     linked(probe - 1);
       ++n) {
    --probe;
    if (w[probe].key == "of" || w[probe].key == "for" || w[probe].key == "to") {
      if (probe > 0 && linked(probe - 1) && lx::is_role_noun(w[probe - 1])) {
        size_t noun = probe - 1;  // the whole "Minister of Interior" is the role
        size_t start = noun;
        while (start > 0 && linked(start - 1) && lx::is_role_modifier(w[start - 1])) {
          --start;
        }
        return RolePhrase{.first = start, .role = span_text(scan.text, w, start, role_end)};
      }
      break;
    }
  }
  const std::string& key = w[role_end].key;
  bool role = lx::is_role_noun(key) || lx::is_spokes_word(key);
  bool state = key == "state" && role_end >= 2 && w[role_end - 1].key == "of" &&
               lx::is_role_noun(w[role_end - 2]);  // "Secretary of State"
  if (!role && !state) {
    return found ? std::optional<RolePhrase>(RolePhrase{.first = role_end + 1, .role = ""})
                 : std::nullopt;
  }
  size_t start = state ? role_end - 2 : role_end;
  while (start > 0 && linked(start - 1) &&
         (lx::is_role_modifier(w[start - 1]) || w[start - 1].key == "prime" ||
          (lx::is_role_noun(w[start - 1]) && !lx::is_spokes_word(w[start - 1])))) {
    --start;
  }
  return RolePhrase{.first = start, .role = span_text(scan.text, w, start, role_end)};
}

namespace {

// Lower-case words inside a name: "Pieter van der Linde", "Nur Aisyah binti Hamid".
bool name_particle(std::string_view key) {
  static constexpr std::array<std::string_view, 17> kParticles = {
      "al", "bin", "binti", "bint", "da", "de", "del", "der", "di", "dos", "du", "el", "ibn",
      "la", "le", "van", "von"};
  return std::find(kParticles.begin(), kParticles.end(), key) != kParticles.end();
}

}  // namespace

size_t name_length_at(Scan& scan, const Gazetteer& g, size_t i, bool relaxed) {
  ensure_shapes(scan, g);
  const std::vector<Word>& w = scan.words;
  if (i >= w.size() || (i > 0 && (w[i - 1].gap_after & kGapHyphen))) {
    return 0;  // "Europa-Park Stadion": a name does not start inside a hyphenated word
  }
  // The first word: a name word; after a title any capitalised name-shaped word ("Singer Jade
  // Okafor"); an initial before a name ("K. Ravindran"), or two ("K. P. Sudheeran").
  auto initial = [&](size_t k) { return k < w.size() && (scan.name_shape[k] & kShapeInitial); };
  bool first_ok = name_word(scan, i, true) ||
                  (relaxed && !scan.covered(i) && (scan.name_shape[i] & kShapeName) &&
                   !(scan.name_shape[i] & kShapeInitial)) ||
                  (initial(i) && name_word(scan, i + 1, true)) ||
                  (initial(i) && initial(i + 1) && joined(w, i) && name_word(scan, i + 2, true));
  if (!first_ok) {
    return 0;
  }
  size_t n = 1;
  size_t names = 1;
  // A possessive ends the name: "Ilze Kalniņa-Ozola's New Unity".
  while (n < 6 && joined(w, i + n - 1) && !w[i + n - 1].possessive) {
    size_t k = i + n;
    bool hyphen_part = (w[k - 1].gap_after & kGapHyphen) && !w[k].capitalized &&
                       w[k].key.size() >= 2 && !scan.covered(k);  // "Lin Po-han"
    size_t after = k;  // "van der Linde": particles, then a name word
    while (after < w.size() && !w[after].capitalized && name_particle(w[after].key) && joined(w, after)) {
      ++after;
    }
    bool particle = after > k && name_word(scan, after, false);
    // ("K. P. Sudheeran": a second initial before the name word.)
    bool inner_initial = n == 1 && initial(i) && initial(k) && joined(w, k) && name_word(scan, k + 1, true);
    // "Kim Do-hyun", "Choi In-ho": a hyphenated given name whose first part is also an English
    // function word.
    bool hyphen_head = w[k].capitalized && (scan.name_shape[k] & kShapeName) && !scan.covered(k) &&
                       (w[k].gap_after & kGapHyphen) && k + 1 < w.size() && !w[k + 1].capitalized;
    if (name_word(scan, k, false) || hyphen_head) {
      ++names;
    } else if (!hyphen_part && !particle && !inner_initial) {
      break;
    }
    ++n;
  }
  // A fifth name word means this is no person name we understand ("Angkor Empire Marathon ...").
  if (names > 4) {
    return 0;
  }
  while (n >= 2 && w[i + n - 1].key.size() == 1) {
    --n;  // a name does not end with an initial
  }
  if (n < 2 || possessive_inside(scan, i, i + n - 1)) {
    return 0;
  }
  return n;
}

}  // namespace tonle::entities
