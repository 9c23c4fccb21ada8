// facet_dump.cc — the facet values tonle extracted, one JSON line per article, for feeding the
// same facets to another engine (bench/sphinx.py gives them to Sphinx as multi-valued attributes).
//   tonle_facet_dump --db DIR > facets.jsonl
// Prints {"id": "0000/reuters-1", "facets": {"ngo": [["Human Rights Watch", "human rights watch"]],
// "source": [["Reuters", "reuters"]], "year": [["1987", "1987"]], ...}} per article in docid
// order: each value as the searcher counts it (the packed facet slot, display form) with the key
// the searcher filters by (the analyzer-folded form of the facet's boolean term, core/schema.h).
// Reads the index only; facets an article has no value for are left out.
#include <xapian.h>

#include <iostream>
#include <nlohmann/json.hpp>
#include <string>

#include "core/analyzer.h"
#include "core/article.h"
#include "core/schema.h"
#include "searcher/index_reader.h"

int main(int argc, char** argv) {
  std::string db;
  for (int i = 1; i + 1 < argc; i += 2) {
    if (std::string(argv[i]) == "--db") db = argv[i + 1];
  }
  if (db.empty()) {
    std::cerr << "usage: tonle_facet_dump --db DIR\n";
    return 2;
  }
  try {
    tonle::IndexReader reader(db);
    Xapian::Database& xdb = reader.database();
    tonle::Analyzer analyzer;
    std::ios::sync_with_stdio(false);
    const std::string id_prefix(tonle::schema::kIdPrefix);
    size_t n = 0;
    for (auto it = xdb.postlist_begin(""); it != xdb.postlist_end(""); ++it) {
      Xapian::Document doc = xdb.get_document(*it);
      // The id term: "Q" sorts below every other prefix that could follow it ("S", "X...", "Z...")
      // and above none that starts with "Q", so the first term from "Q" on is the id.
      std::string id;
      Xapian::TermIterator t = doc.termlist_begin();
      t.skip_to(id_prefix);
      if (t != doc.termlist_end() && (*t).rfind(id_prefix, 0) == 0) {
        id = (*t).substr(id_prefix.size());
      } else {
        id = tonle::schema::decode_stored(doc.get_data()).id;
      }
      nlohmann::json facets = nlohmann::json::object();
      tonle::schema::unpack_facets(doc.get_value(tonle::schema::kSlotFacetPack),
                                   [&](tonle::Facet f, std::string_view value) {
                                     facets[std::string(tonle::facet_name(f))].push_back(
                                         {std::string(value), analyzer.fold(value)});
                                   });
      std::cout << nlohmann::json{{"id", id}, {"facets", facets}}.dump(-1, ' ', false,
                                                                      nlohmann::json::error_handler_t::replace)
                << '\n';
      ++n;
    }
    std::cerr << "tonle_facet_dump: " << n << " articles\n";
  } catch (const std::exception& e) {
    std::cerr << "tonle_facet_dump: " << e.what() << "\n";
    return 1;
  } catch (const Xapian::Error& e) {
    std::cerr << "tonle_facet_dump: " << e.get_description() << "\n";
    return 1;
  }
  return 0;
}
