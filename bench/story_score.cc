// story_score.cc — scores same-story grouping and the report facet against the story development
// set (tests/stories; rules in tests/stories/ANNOTATION.md). Indexes SET/articles with the real
// index run into a scratch directory, reads every article's story (the story slot) and report
// values back, and compares them with SET/gold.json:
//   * same-story pairs grouped (recall) and different-story pairs grouped (the false-merge rate);
//   * reports: an article is right when it has no report and gold has none, or its first report
//     contains every `must_contain` string of its gold report; and two articles share a report
//     value exactly when gold says they answer the same document.
// `--verbose` lists every miss; `--floor FILE` exits 1 when a figure is worse than the floor.
//
//   story_score [--verbose] [--pairs] [--floor FILE] SET
#include <xapian.h>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>

#include "core/schema.h"
#include "indexer/indexer.h"
#include "indexer/stories.h"

namespace {

namespace fs = std::filesystem;
using nlohmann::json;

json read_json(const fs::path& p) {
  std::ifstream in(p);
  std::stringstream buf;
  buf << in.rdbuf();
  json j = json::parse(buf.str(), nullptr, false);
  if (j.is_discarded()) {
    throw std::runtime_error(p.string() + ": not valid JSON");
  }
  return j;
}

struct Found {
  std::string story;   // "" when alone
  std::string report;  // first report value, "" when none
  std::optional<tonle::StorySignature> signature;
  std::vector<std::string> entities;  // "facet:value", for --pairs
};

std::map<std::string, Found> index_and_read(const fs::path& articles, const fs::path& scratch) {
  fs::remove_all(scratch);
  tonle::IndexOptions opts;
  opts.inputs = {articles.string()};
  opts.db = scratch;
  opts.gazetteer_path = TONLE_DEFAULT_GAZETTEER;
  opts.on_problem = [](const std::string& line) { std::cerr << "index: " << line << "\n"; };
  tonle::run_index(opts);
  Xapian::Database db((scratch / "XAPIANDB").string());
  std::map<std::string, Found> out;
  for (auto p = db.postlist_begin(""); p != db.postlist_end(""); ++p) {
    Xapian::Document doc = db.get_document(*p);
    tonle::Article a = tonle::schema::decode_stored(doc.get_data());
    Found f;
    f.story = doc.get_value(tonle::schema::kSlotStory);
    f.signature = tonle::decode_signature(doc.get_value(tonle::schema::kSlotStorySignature));
    for (const tonle::Entity& e : a.entities) {
      f.entities.push_back(std::string(tonle::facet_name(e.facet)) + ":" + e.value);
      if (e.facet == tonle::Facet::kReport) {
        f.report = e.value;
        break;
      }
    }
    out[a.id] = f;
  }
  return out;
}

std::string lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return s;
}

}  // namespace

int main(int argc, char** argv) {
  bool verbose = false;
  bool pairs = false;  // every pair within a week: similarities and shared entities (tuning)
  std::string floor_file;
  std::string set;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--verbose") {
      verbose = true;
    } else if (a == "--pairs") {
      pairs = true;
    } else if (a == "--floor" && i + 1 < argc) {
      floor_file = argv[++i];
    } else if (!a.starts_with("--") && set.empty()) {
      set = a;
    } else {
      std::cerr << "usage: story_score [--verbose] [--floor FILE] SET\n";
      return 2;
    }
  }
  if (set.empty()) {
    std::cerr << "usage: story_score [--verbose] [--floor FILE] SET\n";
    return 2;
  }
  try {
    json gold = read_json(fs::path(set) / "gold.json");
    fs::path scratch = fs::temp_directory_path() / ("tonle-story-score-" + std::to_string(::getpid()));
    std::map<std::string, Found> found = index_and_read(fs::path(set) / "articles", scratch);
    fs::remove_all(scratch);

    std::vector<std::string> ids;
    for (const auto& [id, _] : gold["articles"].items()) {
      ids.push_back(id);
    }
    std::sort(ids.begin(), ids.end());
    size_t missing = 0;
    for (const std::string& id : ids) {
      if (!found.contains(id)) {
        std::cout << "  not indexed: " << id << "\n";
        ++missing;
      }
    }
    auto label = [&](const std::string& id, const char* key) {
      const json& v = gold["articles"][id][key];
      return v.is_string() ? v.get<std::string>() : std::string();
    };
    size_t same_pairs = 0, same_grouped = 0, diff_pairs = 0, diff_grouped = 0;
    size_t report_same = 0, report_same_equal = 0, report_diff_equal = 0;
    for (size_t i = 0; i < ids.size(); ++i) {
      for (size_t j = i + 1; j < ids.size(); ++j) {
        const Found& a = found[ids[i]];
        const Found& b = found[ids[j]];
        bool together = !a.story.empty() && a.story == b.story;
        bool gold_together = label(ids[i], "story") == label(ids[j], "story");
        (gold_together ? same_pairs : diff_pairs)++;
        if (together && gold_together) {
          ++same_grouped;
        } else if (together) {
          ++diff_grouped;
        }
        if (pairs && a.signature && b.signature && std::abs(a.signature->day - b.signature->day) <= 7) {
          std::printf("%s %.2f %.2f %dd %s + %s:", gold_together ? "SAME" : "diff",
                      tonle::text_similarity(*a.signature, *b.signature),
                      tonle::entity_similarity(*a.signature, *b.signature), std::abs(a.signature->day - b.signature->day),
                      ids[i].c_str(), ids[j].c_str());
          for (const std::string& e : a.entities) {
            if (std::find(b.entities.begin(), b.entities.end(), e) != b.entities.end()) {
              std::printf(" [%s]", e.c_str());
            }
          }
          std::printf("\n");
        }
        if (verbose && together != gold_together) {
          std::cout << "  " << (together ? "grouped, different stories: " : "not grouped, same story: ") << ids[i]
                    << " + " << ids[j];
          if (a.signature && b.signature) {
            const tonle::StorySignature& sa = *a.signature;
            const tonle::StorySignature& sb = *b.signature;
            auto common = [](const std::vector<uint32_t>& x, const std::vector<uint32_t>& y) {
              return std::count_if(x.begin(), x.end(), [&](uint32_t v) { return std::find(y.begin(), y.end(), v) != y.end(); });
            };
            std::printf(" (words %.2f, entities %.2f, %d days apart; places %zu/%zu shared %ld, provinces %zu/%zu shared "
                        "%ld, subjects %zu/%zu shared %ld)",
                        tonle::text_similarity(sa, sb), tonle::entity_similarity(sa, sb), std::abs(sa.day - sb.day),
                        sa.places.size(), sb.places.size(), common(sa.places, sb.places), sa.provinces.size(),
                        sb.provinces.size(), common(sa.provinces, sb.provinces), sa.subjects.size(), sb.subjects.size(),
                        common(sa.subjects, sb.subjects));
          }
          std::cout << "\n";
        }
        std::string ra = label(ids[i], "report");
        std::string rb = label(ids[j], "report");
        if (!ra.empty() && ra == rb) {
          ++report_same;
          report_same_equal += !a.report.empty() && a.report == b.report;
        } else if (!a.report.empty() && a.report == b.report) {
          ++report_diff_equal;
          if (verbose) {
            std::cout << "  one report value for different documents: " << ids[i] << " + " << ids[j] << " ("
                      << a.report << ")\n";
          }
        }
      }
    }
    size_t reports_right = 0;
    for (const std::string& id : ids) {
      std::string want = label(id, "report");
      const std::string& got = found[id].report;
      bool right = want.empty() ? got.empty() : !got.empty();
      if (!want.empty() && right) {
        for (const json& s : gold["reports"][want]["must_contain"]) {
          right = right && lower(got).find(lower(s.get<std::string>())) != std::string::npos;
        }
      }
      reports_right += right;
      if (verbose && !right) {
        std::cout << "  report of " << id << ": \"" << got << "\", gold " << (want.empty() ? "none" : want) << "\n";
      }
    }
    auto ratio = [](size_t a, size_t b) { return b == 0 ? 1.0 : static_cast<double>(a) / static_cast<double>(b); };
    double recall = ratio(same_grouped, same_pairs);
    double false_merge = diff_pairs == 0 ? 0.0 : static_cast<double>(diff_grouped) / static_cast<double>(diff_pairs);
    double report_accuracy = ratio(reports_right, ids.size());
    double report_consistency = ratio(report_same_equal, report_same);
    std::printf("%s: %zu articles, %zu same-story pairs, %zu different-story pairs\n\n", set.c_str(), ids.size(),
                same_pairs, diff_pairs);
    std::printf("same-story pairs grouped:       %zu of %zu (%.3f)\n", same_grouped, same_pairs, recall);
    std::printf("different-story pairs grouped:  %zu of %zu (%.4f)\n", diff_grouped, diff_pairs, false_merge);
    std::printf("report right:                   %zu of %zu (%.3f)\n", reports_right, ids.size(), report_accuracy);
    std::printf("same-report pairs, one value:   %zu of %zu (%.3f)\n", report_same_equal, report_same,
                report_consistency);
    std::printf("one value, different reports:   %zu\n", report_diff_equal);
    if (floor_file.empty()) {
      return 0;
    }
    json floor = read_json(floor_file);
    bool below = missing > 0;
    auto check = [&](const char* name, double value, bool at_least) {
      if (!floor.contains(name)) {
        return;
      }
      double f = floor[name].get<double>();
      if (at_least ? value < f : value > f) {
        std::printf("floor: %s is %g, the floor is %g\n", name, value, f);
        below = true;
      }
    };
    check("same_story_recall", recall, true);
    check("different_story_grouped_max", false_merge, false);
    check("report_accuracy", report_accuracy, true);
    check("report_consistency", report_consistency, true);
    check("report_confusions_max", static_cast<double>(report_diff_equal), false);
    std::printf("%s\n", below ? "stories: BELOW THE FLOOR" : "stories: at or above the floor");
    return below ? 1 : 0;
  } catch (const std::exception& e) {
    std::cerr << "story_score: " << e.what() << "\n";
    return 2;
  }
}
