// org_special_names.cc — organisations whose names the head-word grammar cannot read (see
// org_cues.h): head-first names in other languages and national Red Cross and Red Crescent
// societies.
#include <algorithm>
#include <array>

#include "core/text.h"
#include "indexer/entities/lexicon.h"
#include "indexer/entities/org_cues.h"

namespace tonle::entities {

// "Fundación Salares Vivos", "Instituto de Ecología Andina", "Sindicato de Trabajadores Salar
// Norte", "Verein Erinnerung und Rückgabe": names in languages that put the head word first.
// A foundation, association, union, institute or centre of civil society, unless a state's word
// follows the head ("Instituto Nacional de Estadística" is the state's).
void find_head_first_names(Scan& scan, const Gazetteer& g) {
  static constexpr std::array<std::string_view, 22> kLinks = {
      "da", "das", "de", "del", "della", "der", "des", "di", "do", "dos", "du", "e", "et", "für", "la", "las",
      "le", "los", "para", "pour", "und", "y"};
  static constexpr std::array<std::string_view, 9> kState = {
      "nacional", "national", "nationale", "federal", "estatal", "estadual", "provincial", "municipal", "nazionale"};
  const std::vector<Word>& w = scan.words;
  auto in = [](const auto& list, std::string_view key) { return std::find(list.begin(), list.end(), key) != list.end(); };
  for (size_t i = 0; i + 1 < w.size(); ++i) {
    if (!lexicon::is_head_first(w[i]) || !w[i].capitalized || w[i].headline || scan.covered(i) || !joined(w, i)) {
      continue;
    }
    size_t last = i;
    for (size_t k = i + 1; k < w.size() && k <= i + 8;) {
      size_t next = k;
      while (next < w.size() && next < k + 2 && !w[next].capitalized && in(kLinks, w[next].key) && joined(w, next)) {
        ++next;  // "de", "de la", "und"
      }
      if (next >= w.size() || !w[next].capitalized || scan.covered(next) || lexicon::is_function_word(w[next]) ||
          !joined(w, next - 1)) {
        break;
      }
      last = next;
      if (!joined(w, next) || w[next].possessive) {
        break;
      }
      k = next + 1;
    }
    if (last == i || g.is_name_word(w[i + 1].key)) {
      continue;  // a head alone, or "Centro Sok Dara": a person's name after it
    }
    // Business's bodies in those languages: "Confederación Española de Cajas de Ahorros",
    // "Syndicat Professionnel des Entrepreneurs de Travaux Publics".
    static constexpr std::array<std::string_view, 17> kBusinessWords = {
        "ahorros", "arbeitgeber", "banca", "bancos", "cajas", "comercio", "commerce", "empresarial", "empresarios",
        "empresas", "entrepreneurs", "entreprises", "exportadores", "industria", "industrie", "unternehmen",
        "unternehmer"};
    if (std::any_of(w.begin() + static_cast<std::ptrdiff_t>(i), w.begin() + static_cast<std::ptrdiff_t>(last) + 1,
                    [&](const Word& x) { return in(kBusinessWords, x.key) || lexicon::is_company_word(x); })) {
      i = last;
      continue;
    }
    bool state = in(kState, w[i + 1].key) || (i + 2 <= last && in(kState, w[i + 2].key));
    scan.add(Mention{.kind = MentionKind::kEntity,
                     .facet = state ? Facet::kMinistry : Facet::kNgo,
                     .canonical = span_text(scan.text, w, i, last),
                     .first = i,
                     .last = last,
                     .rule = "head-first name"});
    i = last;
  }
}

void find_red_cross_societies(Scan& scan) {
  if (scan.text.find("Red Cr") == std::string_view::npos && scan.text.find("RED CR") == std::string_view::npos) {
    return;  // (most texts: one search instead of a look at every word)
  }
  const std::vector<Word>& w = scan.words;
  for (size_t i = 0; i + 1 < w.size(); ++i) {
    if (w[i].key != "red" || (w[i + 1].key != "cross" && w[i + 1].key != "crescent") || !w[i].capitalized ||
        !w[i + 1].capitalized || !joined(w, i) || scan.covered(i) || scan.covered(i + 1)) {
      continue;
    }
    size_t first = i;
    const Mention* country = i > 0 && joined(w, i - 1) ? scan.at(i - 1) : nullptr;
    if (country != nullptr && country->kind == MentionKind::kCountry && country->last == i - 1 &&
        !w[i - 1].possessive) {
      first = country->first;
    }
    size_t last = i + 1;
    if (last + 1 < w.size() && joined(w, last) && w[last + 1].key == "society" && w[last + 1].capitalized) {
      ++last;
    }
    scan.add(Mention{.kind = MentionKind::kEntity,
                     .facet = Facet::kNgo,
                     .canonical = span_text(scan.text, w, first, last),
                     .first = first,
                     .last = last,
                     .rule = "Red Cross society"});
    i = last;
  }
}

}  // namespace tonle::entities
