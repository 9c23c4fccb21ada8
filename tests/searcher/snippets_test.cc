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

}  // namespace tonle
