// stopwords.h — English function words that carry no meaning on their own. Used for mode=any
// (long natural-language queries), where "what are the problems of ..." would otherwise match
// almost every article through its "the" and "of", and by the indexer's story signatures, which
// compare what two articles say, not their grammar. Pure; thread-safe.
#pragma once

#include <string_view>

namespace tonle {

// True for an analyzer term (lower case) that is an English stopword.
bool is_stopword(std::string_view term);

}  // namespace tonle
