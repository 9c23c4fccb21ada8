// query_builder.cc — parsed query → Xapian::Query (see query_builder.h).
#include "searcher/query_builder.h"

#include <algorithm>
#include <optional>

#include "core/khmer.h"
#include "core/schema.h"
#include "core/text.h"
#include "searcher/date_range.h"
#include "searcher/match_all.h"
#include "core/stopwords.h"

namespace tonle {

namespace {

using Kind = QueryNode::Kind;

// How a built part combines inside an AND.
struct Part {
  enum class Role { kPositive, kFilter, kNegative };
  Xapian::Query query;
  Role role = Role::kPositive;
};

std::optional<int> parse_year(std::string_view s) {
  if (s.size() != 4 || !std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; })) {
    return std::nullopt;
  }
  return std::stoi(std::string(s));
}

class Builder {
 public:
  Builder(const Analyzer& a, const AliasIndex& aliases, const BuildOptions& o, BuiltQuery& out)
      : a_(a), aliases_(aliases), o_(o), out_(out) {}

  std::optional<Part> node(const QueryNode& n) {
    switch (n.kind) {
      case Kind::kWord: return words({&n});
      case Kind::kPhrase: return phrase(n.text);
      case Kind::kField: return field(n);
      case Kind::kNot: {
        std::optional<Part> child = node(n.children[0]);
        if (!child) {
          return std::nullopt;
        }
        return Part{child->query, Part::Role::kNegative};
      }
      case Kind::kOr: return any_of(n);
      case Kind::kAnd: return all_of(n);
    }
    return std::nullopt;
  }

  Xapian::Query facet_filter(Facet f, const std::vector<std::string>& values) const {
    std::vector<Xapian::Query> terms;
    for (const std::string& v : values) {
      std::vector<std::string> names = {v};
      if (!o_.exact) {
        if (const auto* group = aliases_.group_for(keys(v))) {
          names.insert(names.end(), group->begin(), group->end());
        }
      }
      for (const std::string& name : names) {
        terms.emplace_back(schema::facet_term(f, a_.fold(trim(name))));
      }
    }
    return Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT, Xapian::Query(Xapian::Query::OP_OR, terms.begin(), terms.end()), 0);
  }

 private:
  std::vector<std::string> keys(std::string_view text) const {
    std::vector<std::string> k;
    for (const Token& t : a_.analyze(text)) {
      k.push_back(t.term);
    }
    return k;
  }

  // One typed word: its stem unless capitalised or a number (names are not stemmed).
  Xapian::Query term(const Token& t) {
    out_.has_terms = true;
    if (t.capitalized || t.numeric) {
      out_.highlight.terms.insert(t.term);
      return Xapian::Query(t.term);
    }
    std::string stem = a_.stem(t.term);
    out_.highlight.stems.insert(stem);
    return Xapian::Query(std::string(schema::kStemPrefix) + stem);
  }

  // An exact sequence of terms (prefix for title: phrases).
  Xapian::Query exact(const std::vector<std::string>& ks, std::string_view prefix = "") {
    out_.has_terms = true;
    if (prefix.empty()) {
      if (ks.size() == 1) {
        out_.highlight.terms.insert(ks[0]);
      } else {
        out_.highlight.phrases.push_back(ks);
      }
    }
    std::vector<Xapian::Query> qs;
    for (const std::string& k : ks) {
      qs.emplace_back(std::string(prefix) + k);
    }
    if (qs.size() == 1) {
      return qs[0];
    }
    return Xapian::Query(Xapian::Query::OP_PHRASE, qs.begin(), qs.end(), static_cast<Xapian::termcount>(qs.size()));
  }

  // OR(original, each alias) when `ks` names an entity with aliases.
  Xapian::Query with_aliases(Xapian::Query original, const std::vector<std::string>& ks,
                             const std::string& typed) {
    const std::vector<std::string>* group = o_.exact ? nullptr : aliases_.group_for(ks);
    if (group == nullptr) {
      return original;
    }
    std::vector<Xapian::Query> alternatives = {std::move(original)};
    Expansion e{typed, {}};
    const auto& group_keys = aliases_.keys_of_group(group);
    for (size_t i = 0; i < group->size(); ++i) {
      if (group_keys[i] != ks) {
        alternatives.push_back(or_syllables(exact(group_keys[i]), (*group)[i]));  // a Khmer spelling too
        e.to.push_back((*group)[i]);
      }
    }
    out_.expanded.push_back(std::move(e));
    return Xapian::Query(Xapian::Query::OP_OR, alternatives.begin(), alternatives.end());
  }

  // A run of adjacent words (one or more nodes); multi-token words ("Covid-19") are phrases.
  std::optional<Part> words(const std::vector<const QueryNode*>& run) {
    std::vector<Xapian::Query> qs;
    std::vector<std::string> ks;
    std::string typed;
    for (const QueryNode* n : run) {
      std::vector<Token> toks = a_.analyze(n->text);
      for (const Token& t : toks) {
        ks.push_back(t.term);
        // (Not Khmer: its words are found inside others by syllables, and a one-letter edit of
        // a Khmer word, "ល" to "ត", is another word, not a typo's repair.)
        if (!t.numeric && n->spell && !has_khmer_letter(t.term)) {
          out_.spell_words.push_back(t.term);
        }
      }
      if (toks.size() == 1) {
        qs.push_back(or_syllables(term(toks[0]), n->text));
      } else if (toks.size() > 1) {
        std::vector<std::string> pk;
        for (const Token& t : toks) {
          pk.push_back(t.term);
        }
        qs.push_back(or_syllables(exact(pk), n->text));
      }
      typed += (typed.empty() ? "" : " ") + n->text;
    }
    if (qs.empty()) {
      return std::nullopt;
    }
    Xapian::Query q = qs.size() == 1 ? qs[0] : Xapian::Query(Xapian::Query::OP_AND, qs.begin(), qs.end());
    return Part{with_aliases(q, ks, typed)};
  }

  std::optional<Part> phrase(const std::string& text) {
    std::vector<std::string> ks = keys(text);
    if (ks.empty()) {
      return std::nullopt;
    }
    return Part{with_aliases(or_syllables(exact(ks), text), ks, text)};
  }

  // `words` OR the phrase of the Khmer syllables of `text`, when the text is Khmer letters only
  // (no punctuation, digits or Latin: "។ល។" is no word to find inside others): the word is then
  // found inside longer dictionary words and however the dictionary split the passage.
  // Syllables are weightless in the index, so the dictionary words still rank.
  Xapian::Query or_syllables(Xapian::Query words, std::string_view text) {
    if (!only_khmer_letters(text)) {
      return words;
    }
    // One run: letters only, and spaces do not end a run.
    std::vector<Xapian::Query> qs;
    std::vector<std::string> keys;
    for (const KhmerSyllable& syl : a_.syllables(text)) {
      qs.emplace_back(std::string(schema::kSyllablePrefix) + syl.key);
      keys.push_back(syl.key);
    }
    if (qs.empty()) {
      return words;
    }
    Xapian::Query by_syllables = qs.size() == 1 ? qs[0]
                                                : Xapian::Query(Xapian::Query::OP_PHRASE, qs.begin(), qs.end(),
                                                                static_cast<Xapian::termcount>(qs.size()));
    out_.highlight.syllables.push_back(std::move(keys));
    return Xapian::Query(Xapian::Query::OP_OR, words, by_syllables);
  }

  std::optional<Part> field(const QueryNode& n) {
    if (n.field == "title") {
      std::vector<Token> toks = a_.analyze(n.text);
      if (toks.empty()) {
        return std::nullopt;
      }
      out_.has_terms = true;
      if (toks.size() == 1 && !n.quoted) {
        const Token& t = toks[0];
        out_.highlight.terms.insert(t.term);
        return Part{t.capitalized ? Xapian::Query(std::string(schema::kTitlePrefix) + t.term)
                                  : Xapian::Query(std::string(schema::kTitleStemPrefix) + a_.stem(t.term))};
      }
      std::vector<std::string> ks;
      for (const Token& t : toks) {
        ks.push_back(t.term);
      }
      return Part{exact(ks, schema::kTitlePrefix)};
    }
    if (n.field == "year") {
      return year(n.text);
    }
    if (n.field == "date") {
      return dates("date", n.text);
    }
    std::optional<Facet> f = facet_from_name(n.field);
    return Part{facet_filter(*f, {n.text}), Part::Role::kFilter};
  }

  // year:2023 is the year facet's term; year:2021..2023 and every date: are ranges of the date slot.
  std::optional<Part> year(const std::string& v) {
    if (v.find("..") == std::string::npos) {
      if (!parse_year(v)) {
        out_.warnings.push_back("year:" + v + " is not a year (YYYY or YYYY..YYYY); ignored");
        return std::nullopt;
      }
      return Part{Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT, Xapian::Query(schema::facet_term(Facet::kYear, v)), 0),
                  Part::Role::kFilter};
    }
    return dates("year", v);
  }

  std::optional<Part> dates(const std::string& field, const std::string& v) {
    std::optional<DateRange> r = parse_date_range(v);
    if (!r) {
      out_.warnings.push_back(field + ":" + v +
                              " is not a date or a range (YYYY, YYYY-MM or YYYY-MM-DD, or two of them "
                              "joined by ..); ignored");
      return std::nullopt;
    }
    if (r->reversed) {
      out_.warnings.push_back(field + ":" + v + " runs backwards; searched from " + to_iso(r->from) + " to " +
                              to_iso(r->to));
    }
    return Part{date_range_query(*r), Part::Role::kFilter};
  }

  std::optional<Part> any_of(const QueryNode& n) {
    std::vector<Xapian::Query> qs;
    for (const QueryNode& c : n.children) {
      std::optional<Part> p = node(c);
      if (!p) {
        continue;
      }
      if (p->role == Part::Role::kNegative) {
        qs.emplace_back(Xapian::Query::OP_AND_NOT, match_all(), p->query);
      } else if (p->role == Part::Role::kFilter) {
        qs.emplace_back(Xapian::Query::OP_SCALE_WEIGHT, p->query, 0);
      } else {
        qs.push_back(p->query);
      }
    }
    if (qs.empty()) {
      return std::nullopt;
    }
    return Part{qs.size() == 1 ? qs[0] : Xapian::Query(Xapian::Query::OP_OR, qs.begin(), qs.end())};
  }

  // In mode=any, a lone stopword adds nothing but noise when other words are there.
  bool droppable_stopword(const QueryNode& n, const QueryNode& parent) const {
    if (o_.mode != MatchMode::kAny || !parent.implicit || n.kind != Kind::kWord) {
      return false;
    }
    std::vector<std::string> ks = keys(n.text);
    if (ks.size() != 1 || !is_stopword(ks[0])) {
      return false;
    }
    return std::any_of(parent.children.begin(), parent.children.end(), [&](const QueryNode& c) {
      if (c.kind != Kind::kWord) {
        return true;
      }
      std::vector<std::string> k = keys(c.text);
      return !(k.size() == 1 && is_stopword(k[0]));
    });
  }

  // Adjacent word children become runs so that "human rights watch" can expand as one name.
  std::vector<Part> and_parts(const QueryNode& n) {
    std::vector<Part> parts;
    const auto& ch = n.children;
    for (size_t i = 0; i < ch.size();) {
      if (droppable_stopword(ch[i], n)) {
        ++i;
        continue;
      }
      if (ch[i].kind != Kind::kWord) {
        if (std::optional<Part> p = node(ch[i])) {
          parts.push_back(*p);
        }
        ++i;
        continue;
      }
      size_t len = alias_run_length(ch, i);
      std::vector<const QueryNode*> run;
      for (size_t k = i; k < i + len; ++k) {
        run.push_back(&ch[k]);
      }
      if (std::optional<Part> p = words(run)) {
        parts.push_back(*p);
      }
      i += len;
    }
    return parts;
  }

  // The longest run of word children from i that names an aliased entity (1 if none).
  size_t alias_run_length(const std::vector<QueryNode>& ch, size_t i) const {
    if (o_.exact) {
      return 1;
    }
    size_t max = 0;
    while (i + max < ch.size() && ch[i + max].kind == Kind::kWord && max < aliases_.longest()) {
      ++max;
    }
    for (size_t len = max; len > 1; --len) {
      std::vector<std::string> ks;
      for (size_t k = i; k < i + len; ++k) {
        std::vector<std::string> w = keys(ch[k].text);
        ks.insert(ks.end(), w.begin(), w.end());
      }
      if (aliases_.group_for(ks) != nullptr) {
        return len;
      }
    }
    return 1;
  }

  std::optional<Part> all_of(const QueryNode& n) {
    std::vector<Xapian::Query> positive, filters, negative;
    for (Part& p : and_parts(n)) {
      (p.role == Part::Role::kPositive ? positive
       : p.role == Part::Role::kFilter ? filters
                                       : negative).push_back(std::move(p.query));
    }
    if (positive.empty() && filters.empty() && negative.empty()) {
      return std::nullopt;
    }
    bool any = o_.mode == MatchMode::kAny && n.implicit;
    Xapian::Query q = positive.empty() ? match_all()
                                       : Xapian::Query(any ? Xapian::Query::OP_OR : Xapian::Query::OP_AND,
                                                       positive.begin(), positive.end());
    if (!filters.empty()) {
      q = Xapian::Query(Xapian::Query::OP_FILTER, q, Xapian::Query(Xapian::Query::OP_AND, filters.begin(), filters.end()));
    }
    if (!negative.empty()) {
      q = Xapian::Query(Xapian::Query::OP_AND_NOT, q, Xapian::Query(Xapian::Query::OP_OR, negative.begin(), negative.end()));
    }
    bool only_filters = positive.empty() && negative.empty();
    return Part{q, only_filters ? Part::Role::kFilter : Part::Role::kPositive};
  }

  const Analyzer& a_;
  const AliasIndex& aliases_;
  const BuildOptions& o_;
  BuiltQuery& out_;
};

}  // namespace

Xapian::Query date_range_query(const DateRange& r) {
  return Xapian::Query(Xapian::Query::OP_VALUE_RANGE, schema::kSlotDate, schema::date_value(r.from),
                       schema::date_value(r.to));
}

BuiltQuery QueryBuilder::build(const ParsedQuery& parsed, const BuildOptions& options) const {
  BuiltQuery out;
  out.warnings = parsed.warnings;
  Builder b(analyzer_, aliases_, options, out);
  std::optional<Part> p = b.node(parsed.root);
  if (!p) {
    out.query = match_all();
  } else if (p->role == Part::Role::kNegative) {
    out.query = Xapian::Query(Xapian::Query::OP_AND_NOT, match_all(), p->query);
  } else {
    out.query = p->query;
  }
  return out;
}

Xapian::Query QueryBuilder::facet_filter(Facet f, const std::vector<std::string>& values,
                                         bool exact) const {
  BuiltQuery unused;
  BuildOptions o{.mode = MatchMode::kAll, .exact = exact};
  return Builder(analyzer_, aliases_, o, unused).facet_filter(f, values);
}

}  // namespace tonle
