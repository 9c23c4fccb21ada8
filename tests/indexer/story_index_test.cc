// Tests for indexer/story_index through the index run: stories written by a rebuild, kept by an
// update that adds an article to them, and the same after a rebuild of the same files.
#include <catch2/catch.hpp>
#include <xapian.h>

#include "core/schema.h"
#include "indexer/indexer.h"
#include "test_support.h"

namespace tonle {

namespace {

std::string article(const std::string& outlet, const std::string& date, const std::string& title,
                    const std::string& body) {
  return "---\ntitle: \"" + title + "\"\nsource: " + outlet + "\ndate: " + date + "\n---\n" + body + "\n";
}

// Story value of each article id.
std::map<std::string, std::string> stories(const std::filesystem::path& db_dir) {
  Xapian::Database db((db_dir / "XAPIANDB").string());
  std::map<std::string, std::string> out;
  for (auto p = db.postlist_begin(""); p != db.postlist_end(""); ++p) {
    Xapian::Document doc = db.get_document(*p);
    out[schema::decode_stored(doc.get_data(), false).id] = doc.get_value(schema::kSlotStory);
  }
  return out;
}

IndexSummary index(const std::filesystem::path& in, const std::filesystem::path& db, bool update) {
  IndexOptions o{.inputs = {in.string()}, .db = db, .update = update, .gazetteer_path = testing::gazetteer_path(), .threads = 2};
  return run_index(o);
}

const char* kBody1 =
    "Police in Preah Vihear detained the forest activist Mean Sovanny on Monday after she filmed loggers "
    "hauling rosewood out of the Prey Lang sanctuary. Mean Sovanny was questioned at the provincial police "
    "station for five hours, her lawyer said.\n\nThe rights group Forest Voices said the detention was meant "
    "to silence patrols of the sanctuary.";
const char* kBody2 =
    "Forest activist Mean Sovanny was held by Preah Vihear police on Monday, hours after posting videos of "
    "rosewood logs leaving the Prey Lang sanctuary. Mean Sovanny's lawyer said officers asked who had paid "
    "for her patrols.\n\nForest Voices called for her release.";
const char* kBody3 =
    "Preah Vihear provincial police confirmed on Tuesday that Mean Sovanny, a forest activist, had been "
    "questioned over videos of rosewood logging in the Prey Lang sanctuary and released without charge.";
const char* kOther =
    "The national football team beat Laos 3-1 in a friendly at Morodok Techo stadium on Sunday, with two "
    "goals from the young striker in the second half.";

}  // namespace

TEST_CASE("stories survive an update that adds an article, and a rebuild", "[indexer][stories][integration]") {
  testing::TempDir dir;
  std::filesystem::path in = dir.path() / "in";
  testing::write_file(in / "a.txt", article("Delta Wire", "2031-03-10", "Activist detained over logging videos", kBody1));
  testing::write_file(in / "b.txt", article("Sekong Times", "2031-03-10", "Police hold forest activist", kBody2));
  testing::write_file(in / "z.txt", article("Sport Daily", "2031-03-10", "Team beats Laos", kOther));
  REQUIRE(index(in, dir.path() / "db", false).exit_code() == 0);
  std::map<std::string, std::string> first = stories(dir.path() / "db");
  REQUIRE(first.size() == 3);
  CHECK_FALSE(first["a"].empty());
  CHECK(first["a"] == first["b"]);
  CHECK(first["z"].empty());

  testing::write_file(in / "c.txt", article("Kratie Post", "2031-03-11", "Activist released without charge", kBody3));
  REQUIRE(index(in, dir.path() / "db", true).exit_code() == 0);
  std::map<std::string, std::string> updated = stories(dir.path() / "db");
  CHECK(updated["c"] == first["a"]);  // the new article joins the story under its old id
  CHECK(updated["a"] == first["a"]);
  CHECK(updated["z"].empty());

  REQUIRE(index(in, dir.path() / "rebuilt", false).exit_code() == 0);
  CHECK(stories(dir.path() / "rebuilt") == updated);

  Xapian::Database db((dir.path() / "db" / "XAPIANDB").string());
  // The story's member list, in the database's metadata.
  CHECK(schema::decode_story_members(db.get_metadata(schema::story_key(first["a"]))).size() == 3);
}

TEST_CASE("an update that removes or rewrites a member leaves the story's member list exact",
          "[indexer][stories][integration]") {
  testing::TempDir dir;
  std::filesystem::path in = dir.path() / "in";
  std::filesystem::path db_dir = dir.path() / "db";
  testing::write_file(in / "a.txt", article("Delta Wire", "2031-03-10", "Activist detained over logging videos", kBody1));
  testing::write_file(in / "b.txt", article("Sekong Times", "2031-03-10", "Police hold forest activist", kBody2));
  testing::write_file(in / "c.txt", article("Kratie Post", "2031-03-11", "Activist released without charge", kBody3));
  REQUIRE(index(in, db_dir, false).exit_code() == 0);
  std::string story = stories(db_dir)["a"];
  REQUIRE_FALSE(story.empty());
  auto members = [&] {
    Xapian::Database db((db_dir / "XAPIANDB").string());
    return schema::decode_story_members(db.get_metadata(schema::story_key(story)));
  };
  REQUIRE(members().size() == 3);

  // A member's file is deleted: the list forgets it.
  std::filesystem::remove(in / "c.txt");
  REQUIRE(index(in, db_dir, true).exit_code() == 0);
  CHECK(members() == std::vector<std::string>{"a", "b"});

  // A member is rewritten into another story: the list forgets it, and a story of one has no list.
  testing::write_file(in / "b.txt", article("Sekong Times", "2031-03-10", "Team beats Laos", kOther));
  REQUIRE(index(in, db_dir, true).exit_code() == 0);
  CHECK(stories(db_dir)["b"] != story);
  CHECK(members().empty());
}

}  // namespace tonle

