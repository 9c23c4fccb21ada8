// match_set.cc — see match_set.h.
#include "searcher/match_set.h"

#include <algorithm>

namespace tonle {

DocSet& DocSet::operator&=(const DocSet& o) {
  for (size_t i = 0; i < words_.size(); ++i) {
    words_[i] &= i < o.words_.size() ? o.words_[i] : 0;
  }
  return *this;
}

DocSet& DocSet::operator|=(const DocSet& o) {
  for (size_t i = 0; i < std::min(words_.size(), o.words_.size()); ++i) {
    words_[i] |= o.words_[i];
  }
  return *this;
}

DocSet& DocSet::operator^=(const DocSet& o) {
  for (size_t i = 0; i < std::min(words_.size(), o.words_.size()); ++i) {
    words_[i] ^= o.words_[i];
  }
  return *this;
}

DocSet& DocSet::subtract(const DocSet& o) {
  for (size_t i = 0; i < std::min(words_.size(), o.words_.size()); ++i) {
    words_[i] &= ~o.words_[i];
  }
  return *this;
}

// The POPCNT instruction where the CPU has it (every x86-64 since 2008), libgcc's loop elsewhere:
// chosen once at load time. GCC only: clang 14's target_clones leaves the plain symbol undefined
// (the fuzz build links with clang).
#if defined(__x86_64__) && defined(__GNUC__) && !defined(__clang__)
__attribute__((target_clones("popcnt", "default")))
#endif
Xapian::doccount DocSet::count() const {
  Xapian::doccount n = 0;
  for (uint64_t w : words_) {
    n += static_cast<Xapian::doccount>(__builtin_popcountll(w));
  }
  return n;
}

bool DocSet::empty() const {
  return std::all_of(words_.begin(), words_.end(), [](uint64_t w) { return w == 0; });
}

namespace {

class Evaluator {
 public:
  Evaluator(const Xapian::Database& db, const MatchSetOptions& o)
      : db_(db), options_(o), last_(db.get_lastdocid()) {}

  DocSet eval(const Xapian::Query& q) {
    switch (q.get_type()) {
      case Xapian::Query::LEAF_TERM: {
        DocSet s(last_);
        add_postings(term_of(q), s);
        return s;
      }
      case Xapian::Query::LEAF_MATCH_ALL: {
        DocSet s(last_);
        add_postings(std::string(), s);
        return s;
      }
      case Xapian::Query::LEAF_MATCH_NOTHING:
        return DocSet(last_);
      case Xapian::Query::OP_OR:
      case Xapian::Query::OP_SYNONYM:
      case Xapian::Query::OP_MAX:
        return any_of(q);
      case Xapian::Query::OP_AND:
      case Xapian::Query::OP_FILTER:
        return all_of(q);
      case Xapian::Query::OP_AND_NOT: {
        DocSet s = eval(q.get_subquery(0));
        for (size_t i = 1; i < q.get_num_subqueries() && !s.empty(); ++i) {
          s.subtract(eval(q.get_subquery(i)));
        }
        return s;
      }
      case Xapian::Query::OP_XOR: {
        DocSet s(last_);
        for (size_t i = 0; i < q.get_num_subqueries(); ++i) {
          s ^= eval(q.get_subquery(i));
        }
        return s;
      }
      case Xapian::Query::OP_AND_MAYBE:
      case Xapian::Query::OP_SCALE_WEIGHT:
        return eval(q.get_subquery(0));
      default:
        return by_matcher(q);
    }
  }

  static bool handled_here(Xapian::Query::op op) {
    switch (op) {
      case Xapian::Query::LEAF_TERM:
      case Xapian::Query::LEAF_MATCH_ALL:
      case Xapian::Query::LEAF_MATCH_NOTHING:
      case Xapian::Query::OP_OR:
      case Xapian::Query::OP_SYNONYM:
      case Xapian::Query::OP_MAX:
      case Xapian::Query::OP_AND:
      case Xapian::Query::OP_FILTER:
      case Xapian::Query::OP_AND_NOT:
      case Xapian::Query::OP_XOR:
      case Xapian::Query::OP_AND_MAYBE:
      case Xapian::Query::OP_SCALE_WEIGHT:
        return true;
      default:
        return false;
    }
  }

 private:
  static std::string term_of(const Xapian::Query& q) { return *q.get_unique_terms_begin(); }

  void add_postings(const std::string& term, DocSet& s) {
    for (auto it = db_.postlist_begin(term), end = db_.postlist_end(term); it != end; ++it) {
      s.add(*it);
    }
  }

  DocSet any_of(const Xapian::Query& q) {
    DocSet s(last_);
    for (size_t i = 0; i < q.get_num_subqueries(); ++i) {
      Xapian::Query sub = q.get_subquery(i);
      if (sub.get_type() == Xapian::Query::LEAF_TERM) {
        add_postings(term_of(sub), s);  // straight into the union: no temporary set
      } else {
        s |= eval(sub);
      }
    }
    return s;
  }

  // Rarest terms first; a term much commoner than what is left is checked by skipping through
  // its postings to each remaining document instead of reading them all.
  DocSet all_of(const Xapian::Query& q) {
    std::vector<Xapian::Query> subs;
    for (size_t i = 0; i < q.get_num_subqueries(); ++i) {
      subs.push_back(q.get_subquery(i));
    }
    auto cost = [&](const Xapian::Query& s) -> Xapian::doccount {
      return s.get_type() == Xapian::Query::LEAF_TERM ? db_.get_termfreq(term_of(s)) : db_.get_doccount();
    };
    std::stable_sort(subs.begin(), subs.end(), [&](const auto& a, const auto& b) { return cost(a) < cost(b); });
    DocSet s = eval(subs.front());
    for (size_t i = 1; i < subs.size(); ++i) {
      Xapian::doccount left = s.count();
      if (left == 0) {
        break;
      }
      if (subs[i].get_type() == Xapian::Query::LEAF_TERM && left * 8 < cost(subs[i])) {
        keep_with_term(term_of(subs[i]), s);
      } else {
        s &= eval(subs[i]);
      }
    }
    return s;
  }

  void keep_with_term(const std::string& term, DocSet& s) {
    DocSet kept(last_);
    Xapian::PostingIterator it = db_.postlist_begin(term);
    Xapian::PostingIterator end = db_.postlist_end(term);
    s.for_each([&](Xapian::docid did) {
      if (it == end) {
        return;
      }
      it.skip_to(did);
      if (it != end && *it == did) {
        kept.add(did);
      }
    });
    s = std::move(kept);
  }

  DocSet by_matcher(const Xapian::Query& q) {
    DocSet s(last_);
    Xapian::Enquire enquire(db_);
    enquire.set_query(q);
    enquire.set_weighting_scheme(Xapian::BoolWeight());
    enquire.set_docid_order(Xapian::Enquire::DONT_CARE);
    enquire.set_time_limit(options_.time_limit_seconds);
    DocSetCollector collect(s);
    enquire.add_matchspy(&collect);
    Xapian::MSet m = enquire.get_mset(0, 0, db_.get_doccount());
    complete_ = complete_ && counted_every_match(m) && s.count() == m.get_matches_lower_bound();
    return s;
  }

 public:
  bool complete() const { return complete_; }

 private:
  bool complete_ = true;
  const Xapian::Database& db_;
  MatchSetOptions options_;
  Xapian::docid last_;
};

}  // namespace

bool needs_matcher(const Xapian::Query& query) {
  if (!Evaluator::handled_here(query.get_type())) {
    return true;
  }
  for (size_t i = 0; i < query.get_num_subqueries(); ++i) {
    if (needs_matcher(query.get_subquery(i))) {
      return true;
    }
  }
  return false;
}

bool counted_every_match(const Xapian::MSet& mset) {
  return mset.get_matches_lower_bound() == mset.get_matches_upper_bound();
}

DocSet match_set(const Xapian::Database& db, const Xapian::Query& query, const MatchSetOptions& options,
                 bool* complete) {
  Evaluator evaluator(db, options);
  DocSet s = evaluator.eval(query);
  if (complete != nullptr) {
    *complete = evaluator.complete();
  }
  return s;
}

}  // namespace tonle
