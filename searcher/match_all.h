// match_all.h — a query that matches every document, made fresh for each use.
//
// Never use Xapian::Query::MatchAll itself: in Xapian 1.4 it is one global object whose
// reference count is a plain unsigned, so threads that copy it at the same moment (every
// Enquire::set_query and every query built around it does) lose counts and free it under each
// other; `tonle serve` crashed in Enquire::set_query under load that way. A query from here has
// its own internals, owned by the caller. Thread-safe.
#pragma once

#include <xapian.h>

#include <string>

namespace tonle {

inline Xapian::Query match_all() { return Xapian::Query(std::string()); }

}  // namespace tonle
