// export_test.cc — the export's files: columns, the byte-order mark, the cap said in the file,
// file names from the query.
#include "web/export.h"

#include <catch2/catch.hpp>

namespace tonle::web {

TEST_CASE("an export cut at its cap says so in the file", "[export][unit]") {
  Hit h{.id = "a/1", .title = "=cmd", .source = "Kep Daily"};
  h.entities[Facet::kNgo] = {"LICADHO", "ADHOC"};
  ExportInfo info{.query = "land", .base_url = "http://archive.example", .total = 3, .cap = 1};
  std::string csv = hits_csv({h}, info);
  CHECK(csv.starts_with("\xEF\xBB\xBF"));
  CHECK(csv.find("'=cmd") != std::string::npos);  // a formula neutralised
  CHECK(csv.find("http://archive.example/articles/a%2F1") != std::string::npos);
  CHECK(csv.find(",LICADHO; ADHOC,") != std::string::npos);
  CHECK(csv.find("# exported 1 of 3 matching articles") != std::string::npos);
  info.total = 1;
  CHECK(hits_csv({h}, info).find("# exported") == std::string::npos);
}

TEST_CASE("export file names come from the query", "[export][unit]") {
  CHECK(export_file_name("\"Human Rights Watch\" year:2023", "csv") == "tonle-human-rights-watch-year-2023.csv");
  CHECK(export_file_name("", "json") == "tonle-all.json");
  CHECK(export_file_name("ក្រសួង", "csv") == "tonle-all.csv");
}

}  // namespace tonle::web
