// document_builder.cc — Article → Xapian::Document, following core/schema.h.
#include "indexer/document_builder.h"

#include <set>
#include <unordered_set>

#include "core/schema.h"

namespace tonle {

namespace {

bool spellable(const Token& t) {
  return !t.numeric && t.term.size() >= 3 && t.term.size() <= 32;
}

// Indexes one field's tokens: positional unprefixed terms (weighted by wdf), stemmed Z terms,
// and optionally the field's own prefixed terms.
void index_field(const std::vector<Token>& tokens, Xapian::termpos base, Xapian::termcount wdf,
                 std::string_view prefix, std::string_view stem_prefix, const Analyzer& analyzer,
                 Xapian::Document& doc) {
  std::string prefixed;
  std::string stem_term;
  for (const Token& t : tokens) {
    Xapian::termpos pos = base + t.position;
    doc.add_posting(t.term, pos, wdf);
    std::string stem = analyzer.stem(t.term);
    stem_term.assign(schema::kStemPrefix).append(stem);
    doc.add_term(stem_term, wdf);
    if (!prefix.empty()) {
      prefixed.assign(prefix).append(t.term);
      doc.add_posting(prefixed, pos);
      stem_term.assign(stem_prefix).append(stem);
      doc.add_term(stem_term);
    }
  }
}

// Xapian refuses terms over 245 bytes; facet values that long are not names anyway.
constexpr size_t kMaxFacetTermBytes = 200;

void add_facet(Facet f, const std::string& value, unsigned slot_index, const Analyzer& analyzer,
               Xapian::Document& doc, schema::FacetValues& packed) {
  std::string term = schema::facet_term(f, analyzer.fold(value));
  if (term.size() > kMaxFacetTermBytes) {
    return;
  }
  doc.add_boolean_term(term);
  doc.add_value(schema::facet_slot(f, slot_index), value);
  packed.emplace_back(f, value);
}

}  // namespace

BuiltDocument build_document(const Article& article, const Analyzer& analyzer) {
  BuiltDocument built;
  built.id = article.id;
  Xapian::Document& doc = built.document;
  doc.add_boolean_term(schema::id_term(article.id));

  std::vector<Token> title = analyzer.analyze(article.title);
  std::vector<Token> body = analyzer.analyze(article.body);
  index_field(title, 1, schema::kTitleWdf, schema::kTitlePrefix, schema::kTitleStemPrefix,
              analyzer, doc);
  Xapian::termpos body_base = 1 + static_cast<Xapian::termpos>(title.size()) +
                              schema::kBodyPositionOffset;
  index_field(body, body_base, 1, "", "", analyzer, doc);

  std::unordered_set<std::string> spelling;
  for (const auto* tokens : {&title, &body}) {
    for (const Token& t : *tokens) {
      if (spellable(t)) {
        spelling.insert(t.term);
      }
    }
  }
  built.spelling_words.assign(spelling.begin(), spelling.end());

  // Facets. Values of one facet are de-duplicated by their folded key, so an article counts once
  // per value however often it names it.
  std::array<std::set<std::string>, 7> seen;
  schema::FacetValues packed;
  for (const Entity& e : article.entities) {
    size_t f = static_cast<size_t>(e.facet);
    if (!schema::is_multi_valued(e.facet) || seen[f].size() >= schema::kMaxValuesPerFacet ||
        !seen[f].insert(analyzer.fold(e.value)).second) {
      continue;
    }
    add_facet(e.facet, e.value, static_cast<unsigned>(seen[f].size() - 1), analyzer, doc, packed);
    ++built.entity_count;
  }
  if (!article.source.empty()) {
    add_facet(Facet::kSource, article.source, 0, analyzer, doc, packed);
  }
  if (article.date) {
    doc.add_value(schema::kSlotDate, schema::date_value(*article.date));
    add_facet(Facet::kYear, std::to_string(article.date->year), 0, analyzer, doc, packed);
  }
  doc.add_value(schema::kSlotFacetPack, schema::pack_facets(packed));
  doc.set_data(schema::encode_stored(article));
  return built;
}

}  // namespace tonle
