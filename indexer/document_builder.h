// document_builder.h — turns one enriched Article into the Xapian::Document the schema describes
// (see core/schema.h): positional words of title and body, stemmed Z terms, title S terms, the
// unique id term, boolean facet terms, value slots and the stored JSON. In memory only; the
// IndexWriter owns the database. Pure given its inputs; one Analyzer per thread.
#pragma once

#include <xapian.h>

#include <array>
#include <string>
#include <vector>

#include "core/analyzer.h"
#include "core/article.h"

namespace tonle {

struct BuiltDocument {
  std::string id;
  Xapian::Document document;
  // Distinct unstemmed words, for the spelling table ("did you mean").
  std::vector<std::string> spelling_words;
  size_t entity_count = 0;
};

BuiltDocument build_document(const Article& article, const Analyzer& analyzer);

// Gives a built document another article id (its id term and stored data).
void set_article_id(BuiltDocument& doc, const std::string& id);

// A word worth suggesting in "did you mean": 3 to 32 bytes and not a number.
bool spelling_word(std::string_view term);

// The analyzer's tokens of an article's fields, each with offsets and positions of its own field.
struct FieldTokens {
  std::vector<Token> title;
  std::vector<Token> body;
};
// Splits the tokens of EntityExtractor::article_text (title, paragraph break, body) into fields,
// so one analysis serves entity extraction and indexing.
FieldTokens split_article_tokens(std::vector<Token> tokens, const Article& article);
BuiltDocument build_document(const Article& article, const Analyzer& analyzer, const FieldTokens& tokens);

}  // namespace tonle
