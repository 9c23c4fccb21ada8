// snippets_test.cc — snippet windows, highlight ranges and escaping, Khmer included.
#include <catch2/catch.hpp>

#include "searcher/snippets.h"

namespace tonle {

namespace {
std::vector<std::string> marked(const Snippet& s) {
  std::vector<std::string> out;
  for (const Highlight& h : s.highlights) {
    out.push_back(s.text.substr(h.begin, h.end - h.begin));
  }
  return out;
}
}  // namespace

TEST_CASE("words, stems and whole phrases are highlighted", "[snippets][unit]") {
  Analyzer a;
  HighlightSpec spec;
  spec.phrases.push_back({"human", "rights", "watch"});
  spec.terms.insert("hrw");
  spec.stems.insert(a.stem("reports"));
  Snippet s = make_snippet("Human Rights Watch (HRW) reported that the report was ignored.", spec, a);
  CHECK(marked(s) == std::vector<std::string>{"Human Rights Watch", "HRW", "reported", "report"});
  CHECK_FALSE(s.cut_before);
  CHECK_FALSE(s.cut_after);
  CHECK(snippet_html(s) ==
        "<mark>Human Rights Watch</mark> (<mark>HRW</mark>) <mark>reported</mark> that the "
        "<mark>report</mark> was ignored.");
}

TEST_CASE("stemmed forms are found whatever their spelling", "[snippets][unit]") {
  Analyzer a;
  HighlightSpec spec;
  for (const char* w : {"die", "skies", "lies"}) {
    spec.stems.insert(a.stem(w));
  }
  Snippet s = make_snippet("Dying, he saw the sky; lying is what dies.", spec, a);
  CHECK(marked(s) == std::vector<std::string>{"Dying", "sky", "lying", "dies"});
}

TEST_CASE("the window goes to the best cluster of matches", "[snippets][unit]") {
  Analyzer a;
  std::string body;
  for (int i = 0; i < 60; ++i) {
    body += "filler" + std::to_string(i) + " ";
  }
  body += "The ministry rejected the Human Rights Watch letter. ";
  for (int i = 0; i < 60; ++i) {
    body += "tail" + std::to_string(i) + " ";
  }
  HighlightSpec spec;
  spec.phrases.push_back({"human", "rights", "watch"});
  Snippet s = make_snippet(body, spec, a, {.max_words = 20, .context_words = 4});
  CHECK(s.cut_before);
  CHECK(s.cut_after);
  CHECK(s.text.starts_with("The ministry rejected"));  // the sentence start was close
  CHECK(marked(s) == std::vector<std::string>{"Human Rights Watch"});
  CHECK(snippet_html(s).starts_with("\xE2\x80\xA6The ministry"));
}

TEST_CASE("no match gives the start of the body", "[snippets][unit]") {
  Analyzer a;
  Snippet s = make_snippet("First words of the article. More.", {}, a);
  CHECK(s.text == "First words of the article. More.");
  CHECK(s.highlights.empty());
  CHECK(make_snippet("", {}, a).text.empty());
}

TEST_CASE("article text is escaped, only marks are HTML", "[snippets][unit]") {
  Analyzer a;
  HighlightSpec spec;
  spec.terms.insert("script");
  Snippet s = make_snippet("Beware <script>alert('x')</script> & \"quotes\"", spec, a);
  std::string html = snippet_html(s);
  CHECK(html.find("<script>") == std::string::npos);
  CHECK(html.find("&lt;<mark>script</mark>&gt;alert(&#39;x&#39;)") != std::string::npos);
  CHECK(html.find("&amp; &quot;quotes&quot;") != std::string::npos);
}

TEST_CASE("Khmer words are highlighted from analyzer offsets", "[snippets][khmer][unit]") {
  Analyzer a;
  HighlightSpec spec;
  spec.terms.insert("កម្ពុជា");
  Snippet s = make_snippet("សិទ្ធិមនុស្សនៅកម្ពុជា", spec, a);
  CHECK(marked(s) == std::vector<std::string>{"កម្ពុជា"});
}

TEST_CASE("every match of a whole body, merged, Khmer letters exactly", "[snippets][khmer][unit]") {
  Analyzer a;
  HighlightSpec spec;
  spec.stems.insert(a.stem("report"));
  spec.phrases.push_back({"human", "rights"});
  std::string body = "The report on human rights came out.\n\nReports followed.";
  std::vector<Highlight> h = highlight_ranges(body, spec, a);
  std::vector<std::string> texts;
  for (const Highlight& r : h) {
    texts.push_back(body.substr(r.begin, r.end - r.begin));
  }
  CHECK(texts == std::vector<std::string>{"report", "human rights", "Reports"});
  // A Khmer word inside a longer dictionary word: only its letters.
  HighlightSpec km;
  km.syllables.push_back({"ផ្ទៃ"});
  std::string kh = "ក្រសួងមហាផ្ទៃ";
  h = highlight_ranges(kh, km, a);
  REQUIRE(h.size() == 1);
  CHECK(kh.substr(h[0].begin, h[0].end - h[0].begin) == "ផ្ទៃ");
}

TEST_CASE("in a long body the window is where the matches are, however far down", "[snippets][unit]") {
  Analyzer a;
  std::string filler;
  for (int i = 0; i < 40; ++i) {
    filler += "The river rose slowly through the wet season and the farmers waited for it.\n\n";
  }
  std::string body = filler + "Villagers said the dredging company moved its barges at night.\n\n" +
                     filler + "A second dredging barge was seen near Kampot on Sunday.\n\n" + filler;
  HighlightSpec spec;
  spec.stems.insert(a.stem("dredging"));
  spec.terms.insert("kampot");
  Snippet s = make_snippet(body, spec, a);
  // The paragraph holding both words wins over the one holding one; it is cut on both sides.
  CHECK(marked(s) == std::vector<std::string>{"dredging", "Kampot"});
  CHECK(s.cut_before);
  CHECK(s.cut_after);
  // No match anywhere: the body's opening, cut after.
  HighlightSpec none;
  none.terms.insert("absent");
  s = make_snippet(body, none, a);
  CHECK(s.text.starts_with("The river rose"));
  CHECK_FALSE(s.cut_before);
  CHECK(s.cut_after);
  // A query word that is not plain ASCII (Khmer) is looked for in the whole body.
  std::string khmer = filler + "\xE1\x9E\x80\xE1\x9F\x92\xE1\x9E\x9A\xE1\x9E\x9F\xE1\x9E\xBD\xE1\x9E\x84 said no.\n\n";
  HighlightSpec km;
  for (const Token& t : a.analyze("\xE1\x9E\x80\xE1\x9F\x92\xE1\x9E\x9A\xE1\x9E\x9F\xE1\x9E\xBD\xE1\x9E\x84")) {
    km.terms.insert(t.term);
  }
  s = make_snippet(khmer, km, a);
  CHECK_FALSE(s.highlights.empty());
}

}  // namespace tonle
