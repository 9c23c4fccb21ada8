// devset_score.cc — scores tonle's article cleaning and entity extraction against the annotated
// development and held-out sets (tests/devset, tests/heldout; rules in tests/devset/ANNOTATION.md).
// Runs every file of SET/articles through the indexer's own pipeline (Preparer::read_articles,
// so exactly what gets indexed), compares with SET/gold/<id>.json and prints precision, recall
// and F1 per entity facet, spokesperson-body accuracy, title / date / outlet accuracy, paragraphs
// lost and chrome leaked. `--verbose` lists every miss; `--floor FILE` exits 1 when a figure falls
// below the floor recorded there (the ctest `devset` gate against regressions).
//
//   devset_score [--verbose] [--floor FILE] [--json FILE] [--gazetteer PATH] SET...
#include <nlohmann/json.hpp>

#include <filesystem>
#include <algorithm>
#include <fstream>
#include <iomanip>
#include <iostream>
#include <sstream>
#include <thread>

#include "bench/devset_compare.h"
#include "indexer/prepare.h"

namespace {

namespace fs = std::filesystem;
using nlohmann::json;
using namespace tonle;

struct Options {
  std::vector<std::string> sets;
  std::string gazetteer = TONLE_DEFAULT_GAZETTEER;
  std::string floor_file;
  std::string json_file;
  std::string show;  // print the entities, with evidence, of articles whose id contains this
  bool verbose = false;
};

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

// Every article of one set, with its gold file (articles without gold are reported).
std::vector<devset::Scored> run_set(const std::string& set, const entities::Gazetteer& gazetteer,
                                    std::vector<std::string>* problems) {
  fs::path articles = fs::path(set) / "articles";
  InputSet inputs = find_inputs({articles.string()});
  Preparer preparer(gazetteer, inputs, uintmax_t{64} << 20);
  std::vector<devset::Scored> out;
  for (const SourceFile& f : inputs.files) {
    Preparer::ReadArticles read = preparer.read_articles(f);
    for (const std::string& p : read.problems) {
      problems->push_back(f.path + ": " + p);
    }
    for (Article& a : read.articles) {
      // An article in a subfolder ("articles/wire/x.txt", id "wire/x") has its gold in the same
      // subfolder of gold/; a JSON Lines article's id is its own, so its folder is the file's.
      fs::path gold = fs::path(set) / "gold" / fs::path(f.rel).parent_path() /
                      (fs::path(a.id).filename().string() + ".json");
      if (!fs::exists(gold)) {
        problems->push_back(f.path + ": no gold file " + gold.string());
        continue;
      }
      out.push_back(devset::Scored{.set = set, .gold = read_json(gold), .article = std::move(a)});
    }
  }
  return out;
}

std::string pct(double x) {
  std::ostringstream s;
  s << std::fixed << std::setprecision(3) << x;
  return s.str();
}

void print_report(const std::string& name, const devset::Report& r) {
  std::cout << name << ": " << r.articles << " articles (" << r.offtopic_articles
            << " off-topic)\n\n";
  std::cout << "facet          gold  found  right  precision  recall  F1\n";
  for (const auto& [facet, c] : r.facets) {
    std::cout << std::left << std::setw(14) << facet << std::right << std::setw(5) << c.gold
              << std::setw(7) << c.found << std::setw(7) << c.right << std::setw(11)
              << pct(c.precision()) << std::setw(8) << pct(c.recall()) << "  " << pct(c.f1())
              << "\n";
  }
  std::cout << "\nspokesperson bodies right: " << r.bodies_right << " of " << r.spokespeople
            << " spokespeople (" << pct(r.body_accuracy()) << ")\n"
            << "title right: " << r.titles_right << " of " << r.articles << "; date right: "
            << r.dates_right << "; outlet right: " << r.sources_right << "\n"
            << "paragraphs kept: " << r.paragraphs_kept << " of " << r.paragraphs
            << "; chrome leaked: " << r.chrome_leaks << " strings in " << r.chrome_articles
            << " articles\n"
            << "off-topic articles: " << r.offtopic_wrong << " wrong values\n";
}

void show_article(const Article& a) {
  std::string text = a.title + "\n\n" + a.body;
  std::cout << "== " << a.id << ": " << a.title << " (" << a.source << ", "
            << (a.date ? to_iso_datetime(*a.date) + " from " + a.date_basis : "no date") << ")\n";
  for (const Entity& e : a.entities) {
    std::cout << "  " << facet_name(e.facet) << ": " << e.value;
    for (const std::string& aff : e.affiliations) {
      std::cout << " [" << aff << "]";
    }
    std::cout << "\n";
    for (const Evidence& ev : e.evidence) {
      std::string sentence = text.substr(ev.begin, std::min<size_t>(ev.end - ev.begin, 160));
      std::replace(sentence.begin(), sentence.end(), '\n', ' ');
      std::cout << "      " << ev.rule << ": " << sentence << "\n";
    }
  }
}

int check_floor(const json& figures, const json& floor) {
  int failures = 0;
  for (const auto& [key, minimum] : floor.items()) {
    if (key == "about") {
      continue;
    }
    if (!figures.contains(key)) {
      std::cout << "floor: unknown figure \"" << key << "\"\n";
      ++failures;
      continue;
    }
    double value = figures[key].get<double>();
    bool lower_is_better = key.ends_with("_max");
    bool ok = lower_is_better ? value <= minimum.get<double>() : value >= minimum.get<double>();
    if (!ok) {
      std::cout << "floor: " << key << " is " << value << ", the floor is "
                << minimum.get<double>() << "\n";
      ++failures;
    }
  }
  std::cout << (failures ? "devset: BELOW THE FLOOR\n" : "devset: at or above the floor\n");
  return failures ? 1 : 0;
}

Options parse_args(int argc, char** argv) {
  Options o;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    auto value = [&]() -> std::string {
      if (i + 1 >= argc) {
        throw std::runtime_error(a + " needs a value");
      }
      return argv[++i];
    };
    if (a == "--verbose" || a == "-v") {
      o.verbose = true;
    } else if (a == "--floor") {
      o.floor_file = value();
    } else if (a == "--json") {
      o.json_file = value();
    } else if (a == "--show") {
      o.show = value();
    } else if (a == "--gazetteer") {
      o.gazetteer = value();
    } else if (a.starts_with("-")) {
      throw std::runtime_error("unknown option " + a);
    } else {
      o.sets.push_back(a);
    }
  }
  if (o.sets.empty()) {
    throw std::runtime_error(
        "usage: devset_score [--verbose] [--floor FILE] [--json FILE] [--gazetteer PATH] SET...");
  }
  return o;
}

}  // namespace

int main(int argc, char** argv) try {
  Options o = parse_args(argc, argv);
  Analyzer analyzer;
  entities::Gazetteer gazetteer = entities::Gazetteer::load(o.gazetteer, analyzer);
  json all = json::object();
  int status = 0;
  for (const std::string& set : o.sets) {
    std::vector<std::string> problems;
    std::vector<devset::Scored> scored = run_set(set, gazetteer, &problems);
    if (!o.show.empty()) {
      for (const devset::Scored& s : scored) {
        if (s.article.id.find(o.show) != std::string::npos) {
          show_article(s.article);
        }
      }
      continue;
    }
    devset::Report report = devset::score(scored, o.verbose ? &std::cout : nullptr);
    for (const std::string& p : problems) {
      std::cout << "note: " << p << "\n";
    }
    print_report(set, report);
    std::cout << "\n";
    all[set] = devset::figures(report);
    // An article the scorer cannot pair with its gold is not scored at all: that is a failure too.
    all[set]["unscored_articles_max"] = double(problems.size());
    if (!o.floor_file.empty()) {
      status |= check_floor(all[set], read_json(o.floor_file));
    }
  }
  if (!o.json_file.empty()) {
    std::ofstream(o.json_file) << all.dump(2) << "\n";
  }
  return status;
} catch (const std::exception& e) {
  std::cerr << "devset_score: " << e.what() << "\n";
  return 2;
}
