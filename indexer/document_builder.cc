// document_builder.cc — Article → Xapian::Document, following core/schema.h.
#include "indexer/document_builder.h"

#include <algorithm>
#include <array>
#include <iterator>
#include <set>
#include <unordered_set>

#include "core/schema.h"
#include "indexer/stories.h"

namespace tonle {

namespace {

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

// Khmer syllables of title and body (core/khmer.h), positional and weightless: they find a
// Khmer word however the dictionary split the passage, while the words alone rank and the
// document's length stays that of its words.
void index_syllables(const Article& article, const Analyzer& analyzer, Xapian::Document& doc) {
  std::string term;
  uint32_t next = 1;
  for (const std::string* text : {&article.title, &article.body}) {
    for (const KhmerSyllable& s : analyzer.syllables(*text, next, &next)) {
      term.assign(schema::kSyllablePrefix).append(s.key);
      if (term.size() <= Analyzer::kMaxTermBytes) {
        doc.add_posting(term, s.position, 0);
      }
    }
  }
}

// Xapian refuses terms over 245 bytes; facet values that long are not names anyway.
constexpr size_t kMaxFacetTermBytes = 200;

// The facet values one document gets: one boolean term and one value slot per distinct value,
// slots filled from 0 up with no gap (the searcher finds a facet's width from that), plus the
// packed slot.
class FacetWriter {
 public:
  FacetWriter(const Analyzer& analyzer, Xapian::Document& doc) : analyzer_(analyzer), doc_(doc) {}

  // Adds `value` unless the document has it already (by folded key) or it cannot be a term.
  bool add(Facet f, const std::string& value) {
    size_t i = static_cast<size_t>(f);
    if (used_[i] >= (schema::is_multi_valued(f) ? schema::kMaxValuesPerFacet : 1)) {
      return false;
    }
    std::string key = analyzer_.fold(value);
    std::string term = schema::facet_term(f, key);
    if (term.size() > kMaxFacetTermBytes || !seen_[i].insert(std::move(key)).second) {
      return false;
    }
    doc_.add_boolean_term(term);
    doc_.add_value(schema::facet_slot(f, used_[i]++), value);
    packed_.emplace_back(f, value);
    return true;
  }
  void finish() { doc_.add_value(schema::kSlotFacetPack, schema::pack_facets(packed_)); }

 private:
  const Analyzer& analyzer_;
  Xapian::Document& doc_;
  std::array<std::set<std::string>, kAllFacets.size()> seen_;
  std::array<unsigned, kAllFacets.size()> used_{};
  schema::FacetValues packed_;
};

}  // namespace

bool spelling_word(std::string_view term) {
  return term.size() >= 3 && term.size() <= 32 &&
         !std::all_of(term.begin(), term.end(), [](char c) { return (c >= '0' && c <= '9') || c == '.' || c == ','; });
}

BuiltDocument build_document(const Article& article, const Analyzer& analyzer) {
  return build_document(article, analyzer, {analyzer.analyze(article.title), analyzer.analyze(article.body)});
}

FieldTokens split_article_tokens(std::vector<Token> tokens, const Article& article) {
  FieldTokens out;
  size_t body_start = article.title.size() + 2;  // the "\n\n" between them
  auto first_body = std::find_if(tokens.begin(), tokens.end(), [&](const Token& t) { return t.begin >= body_start; });
  out.title.assign(std::make_move_iterator(tokens.begin()), std::make_move_iterator(first_body));
  out.body.assign(std::make_move_iterator(first_body), std::make_move_iterator(tokens.end()));
  auto shift = static_cast<uint32_t>(out.title.size());
  for (Token& t : out.body) {
    t.position -= shift;
    t.begin -= body_start;
    t.end -= body_start;
  }
  return out;
}

BuiltDocument build_document(const Article& article, const Analyzer& analyzer, const FieldTokens& tokens) {
  BuiltDocument built;
  built.id = article.id;
  Xapian::Document& doc = built.document;
  doc.add_boolean_term(schema::id_term(article.id));

  const std::vector<Token>& title = tokens.title;
  const std::vector<Token>& body = tokens.body;
  index_field(title, 1, schema::kTitleWdf, schema::kTitlePrefix, schema::kTitleStemPrefix,
              analyzer, doc);
  Xapian::termpos body_base = 1 + static_cast<Xapian::termpos>(title.size()) +
                              schema::kBodyPositionOffset;
  index_field(body, body_base, 1, "", "", analyzer, doc);
  index_syllables(article, analyzer, doc);

  std::unordered_set<std::string> spelling;
  for (const auto* tokens : {&title, &body}) {
    for (const Token& t : *tokens) {
      if (!t.numeric && spelling_word(t.term)) {
        spelling.insert(t.term);
      }
    }
  }
  built.spelling_words.assign(spelling.begin(), spelling.end());

  // Facets: an article counts once per value however often it names it. Source and year come
  // from the article's fields, never from entities.
  FacetWriter facets(analyzer, doc);
  for (const Entity& e : article.entities) {
    if (schema::is_multi_valued(e.facet) && facets.add(e.facet, e.value)) {
      ++built.entity_count;
    }
  }
  if (!article.source.empty()) {
    facets.add(Facet::kSource, article.source);
  }
  if (article.date) {
    doc.add_value(schema::kSlotDate, schema::date_value(*article.date));
    facets.add(Facet::kYear, std::to_string(article.date->year));
  }
  facets.finish();
  doc.add_value(schema::kSlotStorySignature, encode_signature(sign_story(article, title, body)));
  doc.set_data(schema::encode_stored(article));
  return built;
}

void set_article_id(BuiltDocument& doc, const std::string& id) {
  doc.document.remove_term(schema::id_term(doc.id));
  doc.document.add_boolean_term(schema::id_term(id));
  Article a = schema::decode_stored(doc.document.get_data());
  a.id = id;
  doc.document.set_data(schema::encode_stored(a));
  doc.id = id;
}

}  // namespace tonle
