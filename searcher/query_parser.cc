// query_parser.cc — lexer and recursive-descent parser for the query language (query_parser.h).
#include "searcher/query_parser.h"

#include <algorithm>
#include <array>
#include <cctype>

#include "core/facets.h"
#include "core/text.h"

namespace tonle {

namespace {

// Fields beside the facets (facets.h): a date range and words in the title.
constexpr std::array<std::string_view, 2> kOtherFields = {"date", "title"};
constexpr int kMaxDepth = 32;  // deeper brackets are flattened

struct Tok {
  enum class Kind { kEnd, kLParen, kRParen, kWord, kPhrase, kField, kOr, kAnd, kNot, kMinus };
  Kind kind = Kind::kEnd;
  std::string text;
  std::string field;
  bool quoted = false;
  bool spell = true;  // kWord: may be spell-checked (not an unknown field's name typed as text)
};

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

// Opening and closing quote marks: ASCII and the curly ones phones and word processors type.
size_t quote_len(std::string_view s, size_t i) {
  if (s[i] == '"') {
    return 1;
  }
  if (s.substr(i, 3) == "\xE2\x80\x9C" || s.substr(i, 3) == "\xE2\x80\x9D") {
    return 3;
  }
  return 0;
}

class Lexer {
 public:
  Lexer(std::string_view s, std::vector<std::string>& warnings) : s_(s), warnings_(warnings) {}

  std::vector<Tok> run() {
    std::vector<Tok> out;
    while (true) {
      while (i_ < s_.size() && is_space(s_[i_])) {
        ++i_;
      }
      if (i_ >= s_.size()) {
        out.push_back({});
        return out;
      }
      char c = s_[i_];
      if (c == '(' || c == ')') {
        ++i_;
        out.push_back({c == '(' ? Tok::Kind::kLParen : Tok::Kind::kRParen});
      } else if (quote_len(s_, i_) > 0) {
        out.push_back({Tok::Kind::kPhrase, read_quoted()});
      } else if (c == '-' && i_ + 1 < s_.size() && !is_space(s_[i_ + 1]) && s_[i_ + 1] != '-') {
        ++i_;
        out.push_back({Tok::Kind::kMinus});
      } else {
        out.push_back(read_word());
      }
    }
  }

 private:
  std::string read_quoted() {
    i_ += quote_len(s_, i_);
    size_t start = i_;
    while (i_ < s_.size() && quote_len(s_, i_) == 0) {
      ++i_;
    }
    std::string text(s_.substr(start, i_ - start));
    if (i_ < s_.size()) {
      i_ += quote_len(s_, i_);
    } else {
      warnings_.push_back("unbalanced quote: the phrase runs to the end of the query");
    }
    return text;
  }

  Tok read_word() {
    size_t start = i_;
    while (i_ < s_.size() && !is_space(s_[i_]) && s_[i_] != '(' && s_[i_] != ')' &&
           quote_len(s_, i_) == 0) {
      ++i_;
    }
    std::string word(s_.substr(start, i_ - start));
    if (word == "OR" || word == "||") {
      return {Tok::Kind::kOr};
    }
    if (word == "AND" || word == "&&") {
      return {Tok::Kind::kAnd};
    }
    if (word == "NOT") {
      return {Tok::Kind::kNot};
    }
    size_t colon = word.find(':');
    if (colon == std::string::npos || colon == 0) {
      return {Tok::Kind::kWord, word};
    }
    std::string name = to_lower_ascii(word.substr(0, colon));
    std::string value = word.substr(colon + 1);
    if (!is_query_field(name)) {
      for (char ch : name) {
        if (!std::isalpha(static_cast<unsigned char>(ch))) {
          return {Tok::Kind::kWord, word};  // "10:30", "http://…": not a field at all
        }
      }
      warnings_.push_back("unknown field \"" + name + ":\"; searched as text");
      return {.kind = Tok::Kind::kWord, .text = name + " " + value, .spell = false};
    }
    bool quoted = false;
    if (value.empty() && i_ < s_.size() && quote_len(s_, i_) > 0) {
      value = read_quoted();
      quoted = true;
    }
    if (value.empty()) {
      warnings_.push_back("field \"" + name + ":\" has no value; ignored");
      return {Tok::Kind::kWord, ""};
    }
    return {Tok::Kind::kField, value, name, quoted};
  }

  std::string_view s_;
  size_t i_ = 0;
  std::vector<std::string>& warnings_;
};

QueryNode make(QueryNode::Kind kind) {
  QueryNode n;
  n.kind = kind;
  return n;
}

QueryNode simplify(QueryNode n) {
  if ((n.kind == QueryNode::Kind::kAnd || n.kind == QueryNode::Kind::kOr) &&
      n.children.size() == 1) {
    return std::move(n.children[0]);
  }
  return n;
}

class Parser {
 public:
  Parser(std::vector<Tok> toks, std::vector<std::string>& warnings)
      : t_(std::move(toks)), warnings_(warnings) {}

  QueryNode parse_all() {
    QueryNode root = make(QueryNode::Kind::kAnd);
    root.implicit = true;
    while (peek() != Tok::Kind::kEnd) {
      if (peek() == Tok::Kind::kRParen) {
        ++pos_;
        warnings_.push_back("unmatched \")\" ignored");
        continue;
      }
      QueryNode n = parse_or(0);
      if (!empty(n)) {
        root.children.push_back(std::move(n));
      }
    }
    return simplify(std::move(root));
  }

 private:
  Tok::Kind peek() const { return t_[pos_].kind; }
  static bool empty(const QueryNode& n) {
    return (n.kind == QueryNode::Kind::kAnd || n.kind == QueryNode::Kind::kOr) &&
           n.children.empty();
  }
  bool ends_group() const {
    return peek() == Tok::Kind::kEnd || peek() == Tok::Kind::kRParen;
  }

  QueryNode parse_or(int depth) {
    QueryNode n = make(QueryNode::Kind::kOr);
    QueryNode first = parse_and(depth);
    if (!empty(first)) {
      n.children.push_back(std::move(first));
    }
    while (peek() == Tok::Kind::kOr) {
      ++pos_;
      QueryNode next = parse_and(depth);
      if (empty(next) || n.children.empty()) {
        warnings_.push_back("OR needs something on both sides; ignored");
      }
      if (!empty(next)) {
        n.children.push_back(std::move(next));
      }
    }
    return simplify(std::move(n));
  }

  QueryNode parse_and(int depth) {
    QueryNode n = make(QueryNode::Kind::kAnd);
    n.implicit = true;
    while (!ends_group() && peek() != Tok::Kind::kOr) {
      if (peek() == Tok::Kind::kAnd) {
        ++pos_;
        n.implicit = false;
        if (ends_group() || n.children.empty()) {
          warnings_.push_back("AND needs something on both sides; ignored");
        }
        continue;
      }
      QueryNode item = parse_unary(depth);
      if (!empty(item)) {
        n.children.push_back(std::move(item));
      }
    }
    return simplify(std::move(n));
  }

  // NOT x, -x; runs of NOTs are read in a loop (no recursion), and cancel in pairs.
  QueryNode parse_unary(int depth) {
    size_t nots = 0;
    while (peek() == Tok::Kind::kNot || peek() == Tok::Kind::kMinus) {
      ++pos_;
      ++nots;
    }
    if (nots > 0 && (ends_group() || peek() == Tok::Kind::kOr || peek() == Tok::Kind::kAnd)) {
      warnings_.push_back("NOT needs something to exclude; ignored");
      return make(QueryNode::Kind::kAnd);
    }
    QueryNode operand = parse_primary(depth);
    if (nots % 2 == 0 || empty(operand)) {
      return operand;
    }
    QueryNode n = make(QueryNode::Kind::kNot);
    n.children.push_back(std::move(operand));
    return n;
  }

  QueryNode parse_primary(int depth) {
    Tok& t = t_[pos_++];
    switch (t.kind) {
      case Tok::Kind::kLParen: {
        if (depth >= kMaxDepth) {
          return make(QueryNode::Kind::kAnd);  // flatten: the contents join the outer group
        }
        QueryNode inner = parse_or(depth + 1);
        if (peek() == Tok::Kind::kRParen) {
          ++pos_;
        } else {
          warnings_.push_back("missing \")\" added at the end");
        }
        return inner;
      }
      case Tok::Kind::kWord: {
        QueryNode n = make(QueryNode::Kind::kWord);
        n.text = std::move(t.text);
        n.spell = t.spell;
        return n.text.empty() ? make(QueryNode::Kind::kAnd) : n;
      }
      case Tok::Kind::kPhrase: {
        QueryNode n = make(QueryNode::Kind::kPhrase);
        n.text = std::move(t.text);
        return n;
      }
      case Tok::Kind::kField: {
        QueryNode n = make(QueryNode::Kind::kField);
        n.field = std::move(t.field);
        n.text = std::move(t.text);
        n.quoted = t.quoted;
        return n;
      }
      default:
        return make(QueryNode::Kind::kAnd);
    }
  }

  std::vector<Tok> t_;
  size_t pos_ = 0;
  std::vector<std::string>& warnings_;
};

}  // namespace

bool is_query_field(std::string_view name) {
  if (facet_from_name(name)) {
    return true;
  }
  for (std::string_view f : kOtherFields) {
    if (f == name) {
      return true;
    }
  }
  return false;
}

ParsedQuery parse_query(std::string_view text) {
  ParsedQuery out;
  Lexer lexer(text, out.warnings);
  Parser parser(lexer.run(), out.warnings);
  out.root = parser.parse_all();
  // One note per repair, however often it was made ("((((" closes four brackets).
  std::vector<std::string> unique;
  for (std::string& w : out.warnings) {
    if (std::find(unique.begin(), unique.end(), w) == unique.end()) {
      unique.push_back(std::move(w));
    }
  }
  out.warnings = std::move(unique);
  return out;
}

std::string describe(const QueryNode& n) {
  switch (n.kind) {
    case QueryNode::Kind::kWord:
      return "word(" + n.text + ")";
    case QueryNode::Kind::kPhrase:
      return "phrase(\"" + n.text + "\")";
    case QueryNode::Kind::kField:
      return n.field + ":\"" + n.text + "\"";
    case QueryNode::Kind::kNot:
      return "NOT(" + describe(n.children[0]) + ")";
    default: {
      std::string s = n.kind == QueryNode::Kind::kOr ? "OR(" : "AND(";
      for (size_t i = 0; i < n.children.size(); ++i) {
        s += (i ? " " : "") + describe(n.children[i]);
      }
      return s + ")";
    }
  }
}

}  // namespace tonle
