// prepare.cc — the per-file pipeline (see prepare.h).
#include "indexer/prepare.h"

#include <filesystem>

#include "indexer/dates.h"
#include "indexer/parse/article_parser.h"

namespace tonle {

Preparer::Preparer(const entities::Gazetteer& gazetteer, const InputSet& inputs,
                   uintmax_t max_file_bytes)
    : extractor_(gazetteer, analyzer_), inputs_(inputs), max_file_bytes_(max_file_bytes) {}

std::vector<Token> Preparer::enrich(Article& article, std::vector<entities::LearnedAlias>* aliases) const {
  if (!article.source.empty()) {
    article.source = extractor_.canonical_source(article.source);
  }
  if (!article.date) {
    article.date = infer_publication_date(article.body);
    article.date_basis = article.date ? "lead paragraph" : "";
  }
  std::string text = entities::EntityExtractor::article_text(article);
  std::vector<Token> tokens = analyzer_.analyze(text);
  entities::Extraction found = extractor_.extract_text(text, tokens, {.dateline = article.dateline});
  article.entities = std::move(found.entities);
  if (aliases != nullptr) {
    for (entities::LearnedAlias& a : found.aliases) {
      aliases->push_back(std::move(a));
    }
  }
  return tokens;
}

Preparer::ReadArticles Preparer::read_articles(const SourceFile& file) const {
  ReadArticles out;
  std::string problem;
  std::optional<std::string> bytes = read_source(file, max_file_bytes_, &problem);
  if (!bytes) {
    out.problems.push_back(problem);
    return out;
  }
  std::filesystem::path path(file.path);
  parse::ParseOutcome parsed = parse::parse_article_file(
      file.path, *bytes, {.default_id = path.stem().string(), .origin = file.path});
  out.problems = std::move(parsed.problems);
  auto meta_dir = inputs_.metadata.find(path.parent_path().string());
  for (Article& article : parsed.articles) {
    if (article.body.size() > kMaxArticleBytes) {
      size_t cut = kMaxArticleBytes;
      while (cut > 0 && (static_cast<unsigned char>(article.body[cut]) & 0xC0) == 0x80) {
        --cut;  // never split a UTF-8 sequence
      }
      article.body.resize(cut);
      out.problems.push_back("article \"" + article.id + "\": text longer than " +
                             std::to_string(kMaxArticleBytes >> 20) + " MiB; the rest was not indexed");
    }
    if (meta_dir != inputs_.metadata.end()) {
      if (auto m = meta_dir->second.by_id.find(article.id); m != meta_dir->second.by_id.end()) {
        apply_metadata(m->second, article);
      }
    }
    out.tokens.push_back(enrich(article, &out.aliases));
    out.articles.push_back(std::move(article));
  }
  return out;
}

PreparedFile Preparer::prepare(const SourceFile& file) const {
  ReadArticles read = read_articles(file);
  PreparedFile out;
  out.file = &file;
  out.problems = std::move(read.problems);
  out.aliases = std::move(read.aliases);
  for (size_t i = 0; i < read.articles.size(); ++i) {
    const Article& article = read.articles[i];
    out.documents.push_back(build_document(
        article, analyzer_, split_article_tokens(std::move(read.tokens[i]), article)));
  }
  return out;
}

}  // namespace tonle
