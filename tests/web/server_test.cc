// server_test.cc — a real server on an ephemeral port over the corpus index: JSON shapes,
// filters, 4xx paths, escaping, headers, export, and method refusal.
#include <httplib.h>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <thread>

#include "corpus_index.h"
#include "running_server.h"
#include "web/server.h"

namespace tonle::web {

namespace {

using nlohmann::json;

httplib::Client& client() {
  // One server for the file's test cases; stopped when the run ends (see running_server.h).
  static httplib::Client c("127.0.0.1", testing::shared_server("server", [] {
                                          web::ServerOptions o = testing::test_server_options(testing::corpus_index());
                                          o.threads = 4;
                                          return o;
                                        }).port);
  c.set_read_timeout(10, 0);
  return c;
}

json get_json(const std::string& path, int expected_status) {
  auto res = client().Get(path.c_str());
  REQUIRE(res);
  INFO(path << " -> " << res->body.substr(0, 300));
  REQUIRE(res->status == expected_status);
  REQUIRE(res->get_header_value("Content-Type").starts_with("application/json"));
  return json::parse(res->body);
}

}  // namespace

TEST_CASE("GET /api/search answers the documented shape", "[http][integration]") {
  json j = get_json("/api/search?q=%22Human%20Rights%20Watch%22", 200);
  for (const char* key : {"query", "total", "exact", "page", "per_page", "hits", "facets", "did_you_mean", "expanded"}) {
    INFO(key);
    CHECK(j.contains(key));
  }
  CHECK(j["total"] == 2);
  CHECK(j["exact"] == true);
  CHECK(j["query"] == "\"Human Rights Watch\"");
  for (const auto& hit : j["hits"]) {
    for (const char* key : {"id", "title", "source", "date", "url", "snippet", "score"}) {
      INFO(key);
      CHECK(hit.contains(key));
    }
    CHECK(hit["snippet"].get<std::string>().find("<mark>") != std::string::npos);
  }
  for (const char* f : {"spokesperson", "ministry", "ngo", "party", "person", "source", "year"}) {
    INFO(f);
    REQUIRE(j["facets"].contains(f));
    for (const auto& v : j["facets"][f]) {
      CHECK(v.contains("value"));
      CHECK(v.contains("count"));
      CHECK(v.contains("selected"));
    }
  }
  CHECK(j["expanded"][0]["to"][0] == "HRW");
}

TEST_CASE("a search says where its time went in Server-Timing", "[http][integration]") {
  auto res = client().Get("/api/search?q=rights");
  REQUIRE(res);
  std::string timing = res->get_header_value("Server-Timing");
  INFO(timing);
  for (const char* stage : {"build;dur=", "match;dur=", "count;dur=", "rank;dur=", "hits;dur=", "suggest;dur="}) {
    CHECK(timing.find(stage) != std::string::npos);
  }
  CHECK(client().Get("/search?q=rights")->has_header("Server-Timing"));
}

TEST_CASE("facet parameters filter, repeat and multi-select", "[http][integration]") {
  json j = get_json("/api/search?ngo=Human%20Rights%20Watch&ngo=LICADHO", 200);
  CHECK(j["total"] == 3);
  j = get_json("/api/search?q=report&source=Phnom%20Penh%20Post&year=2021", 200);
  CHECK(j["total"] == 1);
  CHECK(j["hits"][0]["id"] == "002_a9e448d2d7f60a4d");
  j = get_json("/api/search?q=Sokhoeurn", 200);  // nothing matches: the correction's results
  CHECK(j["query"] == "Sokkhoeurn");
  CHECK(j["corrected_from"] == "Sokhoeurn");
  CHECK(j["total"] == 1);
  j = get_json("/api/search?q=Sokhoeurn&autocorrect=0", 200);
  CHECK(j["did_you_mean"] == "Sokkhoeurn");
  CHECK(j["total"] == 0);
  j = get_json("/api/search?q=&per_page=1000&page=1", 200);
  CHECK(j["per_page"] == 100);
}

TEST_CASE("GET /api/facets/{facet} lists every value of a search, filtered by a fragment",
          "[http][integration]") {
  json j = get_json("/api/facets/person?contains=sokk", 200);
  CHECK(j["facet"] == "person");
  CHECK(j["total_values"] == 1);
  REQUIRE(j["values"].size() == 1);
  CHECK(j["values"][0]["value"] == "An Sokkhoeurn");
  CHECK(j["values"][0]["count"] == 1);
  CHECK(j["values"][0]["selected"] == false);
  // Case and accents do not matter; the search's words and filters do.
  CHECK(get_json("/api/facets/person?contains=K%C3%89O", 200)["values"][0]["value"] == "Keo Remy");
  j = get_json("/api/facets/ngo?q=%22Human%20Rights%20Watch%22&limit=2", 200);
  CHECK(j["articles"] == 2);
  CHECK(j["values"].size() == 2);
  CHECK(j["total_values"].get<int>() > 2);
  CHECK(get_json("/api/facets/person?contains=nobody-has-this", 200)["values"].empty());
}

TEST_CASE("the facet page lists the values as checkboxes that search, without JavaScript", "[http][integration]") {
  auto res = client().Get("/facets/ngo?q=rights&sort=newest&contains=watch");
  REQUIRE(res);
  CHECK(res->status == 200);
  CHECK(res->body.find("name=\"ngo\" value=\"Human Rights Watch\"") != std::string::npos);
  CHECK(res->body.find("<form class=\"facet-values\" action=\"/search\"") != std::string::npos);
  CHECK(res->body.find("<input type=\"hidden\" name=\"sort\" value=\"newest\">") != std::string::npos);
  // A search page whose list was cut at its limit links to it.
  res = client().Get("/search?q=rights&facet_limit=2");
  REQUIRE(res);
  CHECK(res->body.find("href=\"/facets/ngo?q=rights&amp;facet_limit=2\"") != std::string::npos);
  CHECK(res->body.find("data-more=\"1\"") != std::string::npos);
}

TEST_CASE("bad requests get 4xx JSON errors, never 5xx", "[http][integration]") {
  auto [path, status, code] = GENERATE(table<std::string, int, std::string>({
      {"/api/search?page=-3", 400, "invalid_parameter"},
      {"/api/search?per_page=abc", 400, "invalid_parameter"},
      {"/api/search?sort=sideways", 400, "invalid_parameter"},
      {"/api/search?q=%FF%FE", 400, "invalid_encoding"},
      {"/api/articles/no-such-article", 404, "not_found"},
      {"/api/articles/..%2F..%2Fetc%2Fpasswd", 400, "invalid_parameter"},
      {"/api/nothing", 404, "not_found"},
      {"/api/facets/colour", 404, "not_found"},
      {"/api/facets/person?limit=0", 400, "invalid_parameter"},
      {"/api/search?date_from=2023-02-30", 400, "invalid_parameter"},
  }));
  json j = get_json(path, status);
  CHECK(j["error"]["code"] == code);
  CHECK_FALSE(j["error"]["message"].get<std::string>().empty());
}

TEST_CASE("odd but valid queries get sane answers", "[http][integration]") {
  for (const char* q : {"%22unbalanced", "((HRW", "OR%20NOT%20-", "year:abc", "colour:red", "%2A%2A%2A"}) {
    INFO(q);
    json j = get_json(std::string("/api/search?q=") + q, 200);
    CHECK(j["total"].is_number());
  }
  std::string long_q(5000, 'a');
  auto res = client().Get(("/api/search?q=" + long_q).c_str());
  REQUIRE(res);
  CHECK(res->status == 414);
}

TEST_CASE("GET /api/articles/{id} answers the stored article", "[http][integration]") {
  json j = get_json("/api/articles/002_a9e448d2d7f60a4d", 200);
  CHECK(j["title"] == "US rights report \xE2\x80\x98politically motivated\xE2\x80\x99");
  CHECK(j["source"] == "Phnom Penh Post");
  CHECK(j["entities"].is_array());
  CHECK(j["related"].is_array());
}

TEST_CASE("a result's link carries the search, and the article's page marks its matches", "[http][integration]") {
  auto res = client().Get("/search?q=politically%20motivated");
  REQUIRE(res);
  CHECK(res->body.find("href=\"/articles/002_a9e448d2d7f60a4d?q=politically%20motivated\"") != std::string::npos);
  res = client().Get("/articles/002_a9e448d2d7f60a4d?q=politically%20motivated");
  REQUIRE(res);
  CHECK(res->status == 200);
  CHECK(res->body.find("<mark>politically</mark>") != std::string::npos);
  // Without a search, nothing is marked; a query that breaks the parser still shows the page.
  res = client().Get("/articles/002_a9e448d2d7f60a4d");
  REQUIRE(res);
  CHECK(res->body.find("<mark>") == std::string::npos);
  res = client().Get("/articles/002_a9e448d2d7f60a4d?q=%22((%22%20OR");
  REQUIRE(res);
  CHECK(res->status == 200);
}

TEST_CASE("HTML pages escape what they echo and carry security headers", "[http][integration]") {
  auto res = client().Get("/search?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E&ngo=%3Cimg%20src%3Dx%3E");
  REQUIRE(res);
  CHECK(res->status == 200);
  CHECK(res->body.find("<script>alert(1)") == std::string::npos);
  CHECK(res->body.find("<img src=x>") == std::string::npos);
  CHECK(res->body.find("&lt;script&gt;alert(1)&lt;/script&gt;") != std::string::npos);
  CHECK(res->get_header_value("Content-Security-Policy").find("default-src 'none'") != std::string::npos);
  CHECK(res->get_header_value("X-Content-Type-Options") == "nosniff");
  CHECK(res->get_header_value("Referrer-Policy") == "no-referrer");

  res = client().Get("/");
  REQUIRE(res);
  CHECK(res->status == 200);
  CHECK(res->body.find("5 articles") != std::string::npos);
  CHECK(res->body.find("<label for=\"q\"") != std::string::npos);

  res = client().Get("/articles/003_b9fbf3d9378a5c7a");
  REQUIRE(res);
  CHECK(res->status == 200);
  CHECK(res->body.find("Ministry Dismisses Human Rights Watch Credibility") != std::string::npos);
  CHECK(res->body.find("/search?q=&amp;ngo=Human%20Rights%20Watch") != std::string::npos);

  res = client().Get("/articles/missing");
  REQUIRE(res);
  CHECK(res->status == 404);
  CHECK(res->get_header_value("Content-Type").starts_with("text/html"));
}

TEST_CASE("the index cannot be changed over HTTP", "[http][integration]") {
  for (const char* path : {"/api/search", "/", "/api/articles/x"}) {
    auto post = client().Post(path, "a=1", "application/x-www-form-urlencoded");
    REQUIRE(post);
    CHECK(post->status == 405);
    auto del = client().Delete(path);
    REQUIRE(del);
    CHECK(del->status == 405);
  }
}

TEST_CASE("results export as CSV and JSON", "[http][integration]") {
  auto csv = client().Get("/export?format=csv&q=report");
  REQUIRE(csv);
  CHECK(csv->status == 200);
  // A byte-order mark so spreadsheets read UTF-8 (Khmer), then every column.
  CHECK(csv->body.starts_with("\xEF\xBB\xBFid,title,source,date,url,permalink,snippet,spokesperson,ministry,ngo,"
                              "party,person,report\r\n"));
  CHECK(std::count(csv->body.begin(), csv->body.end(), '\n') == 5);  // header + 4 hits
  CHECK(csv->get_header_value("Content-Disposition") == "attachment; filename=\"tonle-report.csv\"");
  CHECK(csv->body.find("/articles/002_a9e448d2d7f60a4d,") != std::string::npos);
  CHECK(csv->body.find("Chin Malin") != std::string::npos);  // a spokesperson column value
  json j = get_json("/export?format=json&q=report", 200);
  CHECK(j["total"] == 4);
  CHECK(j["exported"] == 4);
  CHECK(j["capped"] == false);
  REQUIRE(j["hits"].size() == 4);
  CHECK(j["hits"][0].contains("permalink"));
  CHECK(j["hits"][0]["entities"].contains("spokesperson"));
  get_json("/export?format=xml", 400);
}

TEST_CASE("a search's Atom feed lists the newest first, an OpenSearch description names the templates",
          "[http][integration]") {
  auto res = client().Get("/feed.atom?q=rights&sort=oldest&ngo=HRW");
  REQUIRE(res);
  CHECK(res->status == 200);
  CHECK(res->get_header_value("Content-Type").starts_with("application/atom+xml"));
  const std::string& x = res->body;
  CHECK(x.starts_with("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">"));
  CHECK(std::count(x.begin(), x.end(), '\n') > 10);
  size_t newer = x.find("<updated>2023-12-22T00:00:00+07:00</updated>\n<link rel=\"alternate\"");
  size_t older = x.find("<updated>2023-09-15T00:00:00+07:00</updated>\n<link rel=\"alternate\"");
  REQUIRE(newer != std::string::npos);
  REQUIRE(older != std::string::npos);
  CHECK(newer < older);  // newest first, whatever sort was asked for
  CHECK(x.find("/articles/004_ad849af222343db6") != std::string::npos);
  res = client().Get("/opensearch.xml");
  REQUIRE(res);
  CHECK(res->status == 200);
  CHECK(res->body.find("/search?q={searchTerms}\"") != std::string::npos);
  // Every page points browsers at it.
  res = client().Get("/");
  REQUIRE(res);
  CHECK(res->body.find("rel=\"search\" type=\"application/opensearchdescription+xml\"") != std::string::npos);
}

TEST_CASE("an entity's page and API: articles, years, roles, what else is named, the newest", "[http][integration]") {
  json j = get_json("/api/entities/spokesperson/Chin%20Malin", 200);
  CHECK(j["facet"] == "spokesperson");
  CHECK(j["value"] == "Chin Malin");
  CHECK(j["articles"] == 1);
  CHECK(j["by_year"] == json::parse(R"([{"year": 2021, "count": 1}])"));
  CHECK(j["spoke_for"][0].contains("value"));
  CHECK(j["co_occurring"]["ngo"][0]["value"] == "LICADHO");
  CHECK(j["latest"][0]["id"] == "002_a9e448d2d7f60a4d");
  // An alias reaches the canonical value; a body lists who spoke for it.
  j = get_json("/api/entities/ngo/HRW", 200);
  CHECK(j["value"] == "Human Rights Watch");
  CHECK(j["articles"] == 2);
  j = get_json("/api/entities/ministry/Ministry%20of%20Foreign%20Affairs%20and%20International%20Cooperation", 200);
  CHECK(j["spokespeople"][0]["value"] == "An Sokkhoeurn");
  get_json("/api/entities/person/Nobody%20Known", 404);
  get_json("/api/entities/year/2023", 404);
  auto res = client().Get("/entities/ngo/Human%20Rights%20Watch");
  REQUIRE(res);
  CHECK(res->status == 200);
  CHECK(res->body.find("<h1>Human Rights Watch</h1>") != std::string::npos);
  // The Khmer spelling the gazetteer lists, beside the name.
  CHECK(res->body.find("lang=\"km\">អង្គការឃ្លាំមើលសិទ្ធិមនុស្ស<") != std::string::npos);
  CHECK(res->body.find("href=\"/entities/ngo/LICADHO\"") != std::string::npos);
  // Article pages link their entities there.
  res = client().Get("/articles/002_a9e448d2d7f60a4d");
  REQUIRE(res);
  CHECK(res->body.find("href=\"/entities/spokesperson/Chin%20Malin\"") != std::string::npos);
}

TEST_CASE("a report's thread page and API, an article's story", "[http][integration]") {
  json j = get_json("/api/reports/Letter%20to%20the%2054th%20session%20of%20the%20UN%20Human%20Rights%20Council", 200);
  CHECK(j["report"] == "Letter to the 54th session of the UN Human Rights Council");
  CHECK(j["articles"] == 1);
  CHECK(j["responses"][0]["articles"][0]["id"] == "003_b9fbf3d9378a5c7a");
  get_json("/api/reports/Nothing%20Answers%20This", 404);
  auto res = client().Get("/reports/Letter%20to%20the%2054th%20session%20of%20the%20UN%20Human%20Rights%20Council");
  REQUIRE(res);
  CHECK(res->status == 200);
  CHECK(res->body.find("<h2>Responses</h2>") != std::string::npos);
  // Articles link their report to its thread, and show the other outlets of their story.
  res = client().Get("/articles/000_53f979e27959f980");
  REQUIRE(res);
  CHECK(res->body.find("href=\"/reports/Country%20Reports") != std::string::npos);
  CHECK(res->body.find("Also covered by Phnom Penh Post") != std::string::npos);
  j = get_json("/api/articles/001_f78e1c69674aca81", 200);
  CHECK(j["story"]["size"] == 2);
  CHECK(j["story"]["outlets"] == json::parse(R"(["EAC News", "Phnom Penh Post"])"));
  j = get_json("/api/search?q=rights&collapse=story", 200);
  CHECK(j["total"] == 5);
  CHECK(j["collapsed_total"] == 4);
  CHECK(j["hits"].size() == 4);
  get_json("/api/search?q=rights&collapse=outlet", 400);
  // The search page's report values link to their threads.
  res = client().Get("/search?q=rights");
  REQUIRE(res);
  CHECK(res->body.find("class=\"thread\" href=\"/reports/Letter%20to%20the%2054th") != std::string::npos);
}

TEST_CASE("healthz and static assets", "[http][integration]") {
  json j = get_json("/healthz", 200);
  CHECK(j["status"] == "ok");
  CHECK(j["articles"] == 5);
  auto css = client().Get("/static/app.css");
  REQUIRE(css);
  CHECK(css->status == 200);
  CHECK(css->get_header_value("Content-Type").starts_with("text/css"));
  auto traversal = client().Get("/static/..%2F..%2FCMakeLists.txt");
  REQUIRE(traversal);
  CHECK(traversal->status == 404);
}

}  // namespace tonle::web

namespace tonle::web {

TEST_CASE("a rebuilt index is served without a restart", "[http][integration]") {
  testing::TempDir tmp;
  auto in = tmp.path() / "in";
  testing::write_file(in / "a.txt", "First headline\nThe ministry spoke.");
  IndexOptions o{.inputs = {in.string()}, .db = tmp.path() / "db",
                 .gazetteer_path = testing::gazetteer_path(), .threads = 1};
  REQUIRE(run_index(o).exit_code() == 0);
  Server server(ServerOptions{.db = o.db, .port = 0,
                              .static_dir = testing::source_dir() / "web" / "static",
                              .threads = 2, .access_log = nullptr});
  int port = server.bind();
  std::thread t([&] { server.run(); });
  httplib::Client c("127.0.0.1", port);
  auto count = [&] {
    auto res = c.Get("/api/search?q=");
    REQUIRE(res);
    return json::parse(res->body)["total"].get<int>();
  };
  CHECK(count() == 1);
  testing::write_file(in / "b.txt", "Second headline\nThe kiwifruit council spoke.");
  REQUIRE(run_index(o).exit_code() == 0);  // a full rebuild, swapped in
  CHECK(count() == 2);
  o.update = true;
  std::filesystem::remove(in / "a.txt");
  REQUIRE(run_index(o).exit_code() == 0);  // an in-place update
  CHECK(count() == 1);
  server.stop();
  t.join();
}

}  // namespace tonle::web
