// page_text.cc — the chrome rules declared in page_text.h.
#include "indexer/parse/page_text.h"

#include <algorithm>
#include <array>
#include <cctype>

#include "core/text.h"

namespace tonle::parse {

namespace {

constexpr std::array<std::string_view, 26> kTrailerHeadings = {
    "most popular",     "most viewed",     "editor's picks",     "editors' picks",
    "related news",     "related stories", "related articles",   "read more",
    "latest news",      "more news",       "you may also like",  "recommended",
    "most read",        "more from this section", "you might also like", "trending",
    "related posts",    "more stories",    "also in the news",   "popular stories",
    "further reading",  "related topics",  "more on this story", "read next",
    "top stories",      "latest stories"};

constexpr std::array<std::string_view, 10> kCommentHeadings = {
    "comments", "comment", "reader comments", "leave a reply", "leave a comment", "post a comment",
    "add a comment", "responses", "join the discussion", "comments are closed"};

// Lines that begin so are furniture, not story: captions and credits, inline links to other
// stories, tag lists, share, newsletter and donation prompts, copyright lines.
constexpr auto kChromePrefixes = std::to_array<std::string_view>({
    "logo of ", "content image", "image:", "images:", "photo:", "photos:", "photo by ",
    "photograph:", "photo credit", "file photo", "credit:", "sponsored content",
    "share this", "share on ", "share:", "follow us", "subscribe to", "subscribe now",
    "sign up for", "sign up to", "get our newsletter", "join our newsletter", "newsletter:",
    "read more:", "read more \xC2\xBB", "read also:", "also read:", "read:", "related:", "see also:",
    "tags:", "tagged:", "tagged with", "filed under", "topics:", "keywords:", "click here",
    "\xC2\xA9", "all rights reserved", "support independent journalism",
    "support our journalism", "listen to this article", "(reporting by", "reporting by ",
    "additional reporting by", "(additional reporting", "(editing by", "editing by ",
    "edited by ", "translated by ", "writing by ", "compiled by ", "read next:",
    "article printed from", "printed on:", "for more information, please contact",
    "for more information and media", "media contact:", "press contact:", "media enquiries:",
    "for media enquiries", "for media inquiries", "skip to content", "skip to main content",
    "jump to content", "email: ", "e-mail: ", "tel: ", "reported by ", "cookie settings",
    "join our whatsapp", "join our telegram",
    // A ticker's label: "Latest: A | B", "Trending: ...".
    "latest:", "trending:", "breaking:", "just in:", "live:"});

// Whole lines that are buttons or menu items.
constexpr std::array<std::string_view, 23> kChromeLines = {
    "share", "tweet", "print", "email", "facebook", "twitter", "whatsapp", "telegram",
    "linkedin", "menu", "search", "home", "comments", "loading...", "donate", "subscribe",
    "advertisement", "copy link", "copy url",
    // A release's kind over its title.
    "press release", "media release", "news release", "for immediate release"};

constexpr std::string_view kBullet = "\xE2\x80\xA2";  // U+2022 BULLET

}  // namespace

std::vector<Paragraph> split_paragraphs(std::string_view text) {
  std::vector<Paragraph> out;
  Paragraph current;
  for (std::string_view line : split_lines(text)) {
    if (trim(line).empty()) {
      if (!current.empty()) {
        out.push_back(std::move(current));
        current.clear();
      }
      continue;
    }
    current.push_back(line);
  }
  if (!current.empty()) {
    out.push_back(std::move(current));
  }
  return out;
}

size_t words_in(std::string_view line) {
  size_t n = 0;
  bool in_word = false;
  for (char c : line) {
    bool space = c == ' ' || c == '\t';
    n += !space && !in_word ? 1 : 0;
    in_word = !space;
  }
  return n;
}

std::string paragraph_text(const Paragraph& p) {
  std::string joined;
  for (std::string_view line : p) {
    joined += line;
    joined += ' ';
  }
  return collapse_spaces(joined);
}

namespace {

// "Home   Local News   International   Business   Video": a menu whose items are set apart by
// runs of spaces, four items or more, each one to three words of letters (a table's figures
// are no menu).
bool is_spaced_menu_line(std::string_view line) {
  // Cheap tests first: every story line passes here, and a story line ends with punctuation.
  if (line.empty() || line.size() > 200 || line.back() == '.' || line.back() == '"' ||
      line.find("  ") == std::string_view::npos) {
    return false;
  }
  size_t items = 0;
  size_t i = 0;
  while (i < line.size()) {
    size_t end = line.find("  ", i);
    std::string_view item = trim(line.substr(i, end == std::string_view::npos ? std::string_view::npos : end - i));
    size_t words = words_in(item);
    bool letters = !item.empty() && std::none_of(item.begin(), item.end(), [](char c) {
      return std::isdigit(static_cast<unsigned char>(c)) || c == '.' || c == ',';
    });
    if (!letters || words > 3) {
      return false;
    }
    ++items;
    if (end == std::string_view::npos) {
      break;
    }
    i = line.find_first_not_of(' ', end);
    if (i == std::string_view::npos) {
      break;
    }
  }
  return items >= 4;
}

}  // namespace

bool is_ticker_line(std::string_view line) {
  line = trim(line);
  size_t bars = 0;
  for (size_t pos = line.find(" | "); pos != line.npos; pos = line.find(" | ", pos + 3)) {
    ++bars;
  }
  return bars >= 2 || (bars >= 1 && line.ends_with(" |")) || is_spaced_menu_line(line);
}

std::string menu_line_outlet(std::string_view line) {
  if (!is_ticker_line(line)) {
    return "";
  }
  std::vector<std::string> parts = split(trim(line), '|');
  bool home = std::any_of(parts.begin(), parts.end(),
                          [](const std::string& p) { return to_lower_ascii(trim(p)) == "home"; });
  if (!home || parts.empty()) {
    return "";
  }
  std::string_view first = trim(parts.front());
  first = trim(first.substr(0, first.find(" - ")));  // "EAC News - English Edition"
  size_t words = words_in(first);
  return !first.empty() && words <= 5 && to_lower_ascii(first) != "home" ? std::string(first) : "";
}

namespace {

// "Politics > Germany", "World › Asia › Cambodia": two to five short parts joined by an arrow.
bool is_breadcrumb(std::string_view line) {
  if (line.size() > 80) {
    return false;
  }
  size_t parts = 1;
  for (std::string_view arrow : {" > ", " \xE2\x80\xBA ", " \xC2\xBB "}) {
    for (size_t at = line.find(arrow); at != std::string_view::npos; at = line.find(arrow, at + 1)) {
      ++parts;
    }
  }
  // (A wire's headline may hold " > " too: "<TECHNOLOGY MARKETING INC > SETS CONTRACT".)
  bool lower = std::any_of(line.begin(), line.end(), [](char c) { return c >= 'a' && c <= 'z'; });
  return parts >= 2 && parts <= 5 && lower && words_in(line) <= 3 * parts + (parts - 1) &&
         line.find_first_of(".!?<") == std::string_view::npos;
}

// The head of a line without the symbols a page sets before a control ("▶ Listen to this").
std::string_view without_marks(std::string_view line) {
  for (;;) {
    size_t n = line.starts_with("\xE2\x96\xB6") || line.starts_with("\xE2\x96\xBA") ? 3
               : line.starts_with("\xE2\x80\xA2")                                  ? 3
               : !line.empty() && (line.front() == '*' || line.front() == '>')       ? 1
                                                                                     : 0;
    if (n == 0) {
      return line;
    }
    line = trim(line.substr(n));
  }
}

}  // namespace

bool is_chrome_line(std::string_view line) {
  line = trim(line);
  if (line.empty()) {
    return false;
  }
  // Every story paragraph passes here: lower-case only the head once, then compare.
  std::string_view marked = without_marks(line);  // ("* * *" is all marks: a rule, see below)
  std::string head = to_lower_ascii((marked.empty() ? line : marked).substr(0, 64));
  for (std::string_view prefix : kChromePrefixes) {
    if (prefix[0] == head[0] && std::string_view(head).starts_with(prefix)) {  // first byte: cheap
      return true;
    }
  }
  if (line.size() <= 30) {
    // "- Advertisement -", "Share:": the button's word alone, whatever punctuation frames it.
    std::string_view bare = head;
    while (!bare.empty() && !std::isalnum(static_cast<unsigned char>(bare.front()))) {
      bare.remove_prefix(1);
    }
    while (!bare.empty() && !std::isalnum(static_cast<unsigned char>(bare.back())) && bare.back() != '.') {
      bare.remove_suffix(1);
    }
    if (bare.ends_with("...")) {
      bare = trim(bare.substr(0, bare.size() - 3));  // "Search ...": the box's placeholder
    }
    for (std::string_view whole : kChromeLines) {
      if (bare == whole) {
        return true;
      }
    }
    if (!sign_off_agency(line).empty() || is_desk_initials(line)) {
      return true;
    }
  }
  if (line.size() <= 40 && (is_reading_time(line) || is_relative_date(line))) {
    return true;
  }
  // "kmj@heraldcorp.com": the reporter's address alone on its line.
  if (line.size() <= 80 && line.find(' ') == std::string_view::npos && line.find('@') != std::string_view::npos &&
      line.find('.', line.find('@')) != std::string_view::npos) {
    return true;
  }
  if (line.size() <= 120 && line.size() > 30 && !sign_off_agency(line).empty()) {
    return true;  // "This report by The Canadian Press was first published ..."
  }
  // "Get the Markets Daily briefing every morning. Sign up free.": a newsletter's call (told by
  // its head or its end, no search through the line).
  bool call = std::string_view(head).starts_with("get ") || std::string_view(head).starts_with("sign up") ||
              line.ends_with("ign up free.") || line.ends_with("ign up.");
  if (call && line.size() <= 160) {
    std::string lower = to_lower_ascii(line);
    if (lower.find("newsletter") != std::string::npos || lower.find("briefing") != std::string::npos ||
        lower.find("sign up free") != std::string::npos) {
      return true;
    }
  }
  // "We use cookies to improve your experience. Manage preferences | Accept all": the banner.
  if (line.size() <= 300 && (std::string_view(head).starts_with("we use cookies") ||
                             std::string_view(head).starts_with("this site uses cookies") ||
                             std::string_view(head).starts_with("this website uses cookies") ||
                             std::string_view(head).starts_with("cookies help us") ||
                             std::string_view(head).starts_with("wir verwenden cookies") ||
                             std::string_view(head).starts_with("by using this site, you agree"))) {
    return true;
  }
  // "___", "* * *": a rule drawn with characters.
  if (line.size() >= 3 && line.size() <= 80 &&
      std::none_of(line.begin(), line.end(), [](char c) { return std::isalnum(static_cast<unsigned char>(c)); })) {
    return true;
  }
  // "Home » News » Tech Society", "Politics > Germany": a breadcrumb trail.
  if (line.size() <= 120 && (head.starts_with("home \xC2\xBB") || head.starts_with("home >") ||
                             head.starts_with("home /") || head.starts_with("home \xE2\x80\xBA") ||
                             is_breadcrumb(line))) {
    return true;
  }
  // "[Subscribe]  [Sign in]": a row of buttons.
  if (line.size() <= 80 && line.front() == '[' && line.back() == ']' &&
      line.find("] ") != std::string_view::npos) {
    return true;
  }
  // A call to subscribe: "X is free to read. Get every story in your inbox — sign up here."
  // (Most lines hold none of the marks: look for them before lower-casing anything.)
  if (line.size() <= 240 && (line.find("ign") != std::string_view::npos ||
                             line.find("nbox") != std::string_view::npos ||
                             line.find("ubscri") != std::string_view::npos ||
                             line.find("ember") != std::string_view::npos)) {
    std::string lower = to_lower_ascii(line);
    for (std::string_view call : {"sign up here", "in your inbox", "subscribe now", "subscribe to our",
                                  "sign up for our", "become a member", "become a paid",
                                  "member-only story", "members-only story"}) {
      if (lower.find(call) != std::string::npos) {
        return true;
      }
    }
  }
  // "Source: Al Jazeera and news agencies"; "Follow Fresh News on Telegram for the latest news."
  if (line.size() <= 80 && std::string_view(head).starts_with("source:")) {
    return true;
  }
  if (line.size() <= 160 && std::string_view(head).starts_with("follow ")) {
    std::string lower = to_lower_ascii(line);
    for (std::string_view network : {" on telegram", " on facebook", " on twitter", " on x ", " on x.", " on x:",
                                     " on instagram", " on youtube", " on tiktok", " on whatsapp",
                                     " on linkedin", " on google news"}) {
      if (lower.find(network) != std::string::npos) {
        return true;
      }
    }
  }
  // "Copyright dpa 2024", "dpa sport desk", "Filed by provincial desk", "Editor: Liu Rui".
  if (line.size() <= 60) {
    size_t words = words_in(line);
    std::string_view h = head;
    if ((h.starts_with("copyright ") && words <= 5) || (h.ends_with(" desk") && words <= 4) ||
        h.starts_with("filed by ") || h.starts_with("editor: ") || h.starts_with("editors: ")) {
      return true;
    }
  }
  // "Copyright 2025 Kampot Daily. All rights reserved." (but not "Copyright holders said ...").
  if (line.size() <= 200 && (head.find("\xC2\xA9") != std::string::npos ||
                             line.find("ights reserved") != std::string_view::npos ||
                             line.find("IGHTS RESERVED") != std::string_view::npos)) {
    return true;
  }
  return is_byline(line) || is_caption(line) || is_credit_note(line);
}

std::string sign_off_agency(std::string_view line) {
  line = trim(line);
  // "This report by The Canadian Press was first published Nov. 4, 2025."
  for (std::string_view opening : {"this report by ", "this story by ", "this article by "}) {
    if (starts_with_ci(line, opening)) {
      std::string_view rest = line.substr(opening.size());
      size_t end = rest.find(" was first published");
      if (end != std::string_view::npos && end > 0 && end <= 40) {
        return std::string(trim(rest.substr(0, end)));
      }
    }
  }
  // "-- BERNAMA", "— AFP" (capitals), "==Kyodo" (Kyodo's own mark).
  bool dashes = line.starts_with("--") || line.starts_with("\xE2\x80\x94") || line.starts_with("\xE2\x80\x93");
  bool equals = line.starts_with("==");
  if (line.size() > 30 || (!dashes && !equals)) {
    return "";
  }
  std::string_view name = line;
  while (!name.empty() && !std::isalnum(static_cast<unsigned char>(name.front()))) {
    name.remove_prefix(1);
  }
  while (!name.empty() && (name.back() == '-' || name.back() == '=')) {
    name.remove_suffix(1);  // "--AKP--": the mark on both sides
  }
  bool one_word = !name.empty() && name.find(' ') == std::string_view::npos &&
                  std::all_of(name.begin(), name.end(), [](char c) { return std::isalpha(static_cast<unsigned char>(c)); });
  bool capitals = std::none_of(name.begin(), name.end(), [](char c) { return c >= 'a' && c <= 'z'; });
  return one_word && (capitals || equals) ? std::string(name) : "";
}

bool is_desk_initials(std::string_view line) {
  line = trim(line);
  // "bur-ptr/ser": three or more lower-case desk initials joined by "-" and "/", closing wire copy.
  if (line.size() < 5 || line.size() > 24 || line.find('/') == std::string_view::npos) {
    return false;
  }
  size_t parts = 1 + static_cast<size_t>(std::count_if(line.begin(), line.end(),
                                                       [](char c) { return c == '-' || c == '/'; }));
  return parts >= 3 && std::all_of(line.begin(), line.end(), [](char c) {
           return (c >= 'a' && c <= 'z') || c == '-' || c == '/';
         });
}

bool is_relative_date(std::string_view line) {
  std::string lower = to_lower_ascii(trim(line));
  if (lower.size() > 40 || !lower.ends_with(" ago")) {
    return false;
  }
  for (std::string_view unit : {" minute", " hour", " day", " week", " month"}) {
    if (lower.find(unit) != std::string::npos) {
      return true;
    }
  }
  return false;
}

bool is_trailer_heading(std::string_view line) {
  line = trim(line);
  if (line.size() > 32) {
    return false;  // headings are short; most paragraphs are not
  }
  std::string lower = to_lower_ascii(line);
  while (!lower.empty() && (lower.back() == ':' || lower.back() == '.')) {
    lower.pop_back();
  }
  for (std::string_view heading : kTrailerHeadings) {
    if (lower == heading) {
      return true;
    }
  }
  // A press release's or a wire's end mark: what follows is notes to editors and contacts.
  if (line == "ENDS" || line == "-ENDS-" || line == "- ENDS -" || line == "***ENDS***" ||
      line == "/ENDS/" || lower == "enditem") {
    return true;
  }
  // "Related publications", "Related reports", "Media contacts".
  size_t words = words_in(lower);
  // "MORE FROM CAMBODIA", "More from Business", "ALSO ON BERLIN BRIEF": other stories follow.
  if (lower == "related" || (lower.starts_with("related ") && words <= 3) ||
      ((lower.starts_with("more from ") || lower.starts_with("also on ")) && words <= 5) ||
      lower == "media contacts" ||
      lower == "media contact" || lower == "press contacts") {
    return true;
  }
  // The comments under a story: "Comments (2)", "3 comments", "Leave a Reply".
  std::string bare;
  for (char c : lower) {
    if (!(c >= '0' && c <= '9') && c != '(' && c != ')') {
      bare += c;
    }
  }
  std::string_view b = trim(bare);
  for (std::string_view heading : kCommentHeadings) {
    if (b == heading) {
      return true;
    }
  }
  return false;
}

std::string_view without_end_mark(std::string_view text) {
  std::string_view t = trim(text);
  for (std::string_view mark : {"Enditem", "ENDITEM", "(END)", "-ENDS-", "- ENDS -", "[END]"}) {
    if (t.ends_with(mark) && (t.size() == mark.size() || t[t.size() - mark.size() - 1] == ' ')) {
      return trim(t.substr(0, t.size() - mark.size()));
    }
  }
  return text;
}

bool is_bullet_line(std::string_view line) { return trim(line).starts_with(kBullet); }

LogoLine parse_logo_line(std::string_view line) {
  line = trim(line);
  if (!starts_with_ci(line, "logo of ")) {
    return {};
  }
  std::string_view rest = line.substr(8);
  size_t dash = rest.find(" - ");
  if (dash == rest.npos) {
    return {};
  }
  std::string_view who = rest.substr(0, dash);
  size_t newspaper = who.find(" newspaper ");
  std::string_view outlet = newspaper == who.npos ? who : who.substr(0, newspaper);
  return LogoLine{.outlet = std::string(trim(outlet)),
                  .title = collapse_spaces(rest.substr(dash + 3))};
}

void drop_trailer(std::vector<Paragraph>& paragraphs) {
  // The heading may open a paragraph or stand on a line inside one, where a page's last block
  // runs tags, "Related" and its teasers together without blank lines.
  for (size_t i = 0; i < paragraphs.size(); ++i) {
    Paragraph& p = paragraphs[i];
    auto heading = std::find_if(p.begin(), p.end(), [](std::string_view l) { return is_trailer_heading(l); });
    if (heading != p.end()) {
      p.erase(heading, p.end());
      paragraphs.resize(p.empty() ? i : i + 1);
      return;
    }
  }
  // A teaser list: from the first bullet on, only bullets and indented blurbs.
  for (size_t i = 0; i < paragraphs.size(); ++i) {
    if (!is_bullet_line(paragraphs[i][0])) {
      continue;
    }
    bool all_teaser = true;
    for (size_t k = i; k < paragraphs.size() && all_teaser; ++k) {
      std::string_view first = paragraphs[k][0];
      all_teaser = is_bullet_line(first) || first.starts_with(' ') || first.starts_with('\t');
    }
    if (all_teaser) {
      paragraphs.resize(i);
      return;
    }
  }
}

}  // namespace tonle::parse
