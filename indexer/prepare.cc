// prepare.cc — the per-file pipeline (see prepare.h).
#include "indexer/prepare.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>

#include "core/encoding.h"
#include "core/text.h"
#include "indexer/dates.h"
#include "indexer/entities/reports.h"
#include "indexer/parse/article_parser.h"

namespace tonle {

Preparer::Preparer(const entities::Gazetteer& gazetteer, const InputSet& inputs,
                   uintmax_t max_file_bytes)
    : extractor_(gazetteer, analyzer_), inputs_(inputs), max_file_bytes_(max_file_bytes) {}

std::vector<Token> Preparer::enrich(Article& article, std::vector<entities::LearnedAlias>* aliases) const {
  if (!article.source.empty()) {
    article.source = extractor_.canonical_source(article.source);
  }
  for (size_t i = 0; i < article.source_hints.size() && article.source.empty(); ++i) {
    article.source = extractor_.known_outlet(article.source_hints[i]);
  }
  if (!article.date) {
    article.date = infer_publication_date(article.body, article.dateline_day);
    article.date_basis = article.date ? "lead paragraph" : "";
  }
  std::string text = entities::EntityExtractor::article_text(article);
  std::vector<Token> tokens = analyzer_.analyze(text);
  entities::Extraction found = extractor_.extract_text(text, tokens, {.dateline = article.dateline, .outlet = article.source});
  article.entities = std::move(found.entities);
  article.places = std::move(found.places);
  entities::ReportContext reports{article.date, article.entities, [this](std::string_view word) {
                                     return extractor_.country_of(word);
                                   }};
  for (Entity& report : entities::find_reports(text, reports)) {
    article.entities.push_back(std::move(report));
  }
  if (aliases != nullptr) {
    for (entities::LearnedAlias& a : found.aliases) {
      aliases->push_back(std::move(a));
    }
  }
  return tokens;
}

namespace {

// By its name, as the parser tells formats (".jsonl", ".ndjson", in any case).
bool is_json_lines(const SourceFile& file) {
  return parse::sniff_format(file.path, {}) == parse::Format::kJsonLines;
}

}  // namespace

Preparer::ReadArticles Preparer::read_articles(const SourceFile& file) const {
  ReadArticles out;
  std::string problem;
  std::optional<std::string> bytes = read_source(file, max_file_bytes_, &problem);
  if (!bytes) {
    out.problems.push_back(problem);
    return out;
  }
  out.content_hash = content_hash(*bytes);
  articles_from(file, std::move(*bytes), 1, out);
  return out;
}

void Preparer::articles_from(const SourceFile& file, std::string bytes, size_t first_line,
                             ReadArticles& out) const {
  // An archive's old pages in Windows-1252 or Latin-1: read in the set ICU finds, with a note.
  if (!is_json_lines(file) && bytes.find('\0') == std::string::npos && !is_valid_utf8(bytes)) {
    if (std::optional<Converted> c = to_utf8(bytes, declared_charset(bytes))) {
      out.notes.push_back("not UTF-8: read as " + c->charset + " (confidence " +
                          std::to_string(c->confidence) + ")");
      bytes = std::move(c->text);
    }
  }
  std::filesystem::path path(file.path);
  // The parser names a one-article file's article by the file's stem, which metadata.json
  // beside it uses; its id in the index is the file's (its path in the input, SourceFile::id).
  std::string stem = path.stem().string();
  parse::ParseOutcome parsed = parse::parse_article_file(
      file.path, bytes, {.default_id = stem, .origin = printable(file.path), .first_line = first_line});
  for (std::string& p : parsed.problems) {
    out.problems.push_back(std::move(p));
  }
  auto meta_dir = inputs_.metadata.find(path.parent_path().string());
  for (Article& article : parsed.articles) {
    std::string local_id = article.id;
    if (parsed.articles.size() == 1 && article.id == stem && !file.id.empty() && !is_json_lines(file)) {
      article.id = file.id;
    }
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
      if (auto m = meta_dir->second.by_id.find(local_id); m != meta_dir->second.by_id.end()) {
        apply_metadata(m->second, article);
      }
    }
    out.tokens.push_back(enrich(article, &out.aliases));
    out.articles.push_back(std::move(article));
  }
}

PreparedFile Preparer::build(const SourceFile& file, ReadArticles&& read) const {
  PreparedFile out;
  out.file = &file;
  out.problems = std::move(read.problems);
  out.notes = std::move(read.notes);
  out.aliases = std::move(read.aliases);
  out.content_hash = std::move(read.content_hash);
  for (size_t i = 0; i < read.articles.size(); ++i) {
    const Article& article = read.articles[i];
    out.documents.push_back(build_document(
        article, analyzer_, split_article_tokens(std::move(read.tokens[i]), article)));
  }
  return out;
}

PreparedFile Preparer::prepare(const SourceFile& file) const { return build(file, read_articles(file)); }

bool Preparer::in_parts(const SourceFile& file) { return is_json_lines(file) && file.size > kJsonLinesPartBytes; }

void Preparer::prepare_each(const SourceFile& file,
                            const std::function<void(PreparedFile&&, bool)>& sink) const {
  if (!is_json_lines(file)) {
    sink(prepare(file), true);
    return;
  }
  // JSON Lines of any size, a part at a time: whole lines, the last part's hash the file's.
  std::ifstream in(file.path, std::ios::binary);
  if (!in) {
    ReadArticles failed;
    failed.problems.push_back(std::string("cannot read: ") + std::strerror(errno));
    sink(build(file, std::move(failed)), true);
    return;
  }
  uint64_t hash = kContentHashSeed;
  std::string carry;
  size_t line = 1;
  std::string block(kJsonLinesPartBytes, '\0');
  bool skipping = false;  // inside a line longer than a part
  while (true) {
    in.read(block.data(), static_cast<std::streamsize>(block.size()));
    size_t got = static_cast<size_t>(in.gcount());
    bool end = got < block.size();
    hash = content_hash_update(hash, std::string_view(block.data(), got));
    std::string text = std::move(carry);
    carry.clear();
    size_t skipped_from = 0;  // > 0: a line longer than a part was dropped from here
    if (skipping) {  // the rest of an over-long line
      size_t nl = std::string_view(block.data(), got).find('\n');
      skipping = nl == std::string_view::npos;
      text.append(block.data() + (skipping ? got : nl + 1), skipping ? 0 : got - nl - 1);
      line += skipping ? 0 : 1;
      if (skipping && !end) {
        continue;  // still inside it
      }
    } else {
      text.append(block.data(), got);
    }
    size_t cut = end ? text.size() : text.rfind('\n');
    if (cut == std::string::npos && text.size() < kJsonLinesPartBytes) {
      carry = std::move(text);  // the start of a line that goes on in the next part
      continue;
    }
    if (cut == std::string::npos) {
      // One line longer than a part: no article is that long; say so and skip to its end.
      skipped_from = line;
      skipping = true;
      text.clear();
      cut = 0;
    } else if (!end) {
      ++cut;
    }
    carry = text.substr(cut);
    text.resize(cut);
    ReadArticles read;
    if (skipped_from > 0) {
      read.problems.push_back("line " + std::to_string(skipped_from) + ": longer than " +
                              std::to_string(kJsonLinesPartBytes >> 20) + " MiB; skipped");
    }
    size_t lines = static_cast<size_t>(std::count(text.begin(), text.end(), '\n'));
    if (!trim(text).empty() || line == 1) {
      articles_from(file, std::move(text), line, read);
    }
    line += lines;
    if (end) {  // the last part always ends the text (cut == text.size())
      read.content_hash = content_hash_hex(hash);
      sink(build(file, std::move(read)), true);
      return;
    }
    sink(build(file, std::move(read)), false);
  }
}

}  // namespace tonle
