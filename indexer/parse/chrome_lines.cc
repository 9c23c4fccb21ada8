// chrome_lines.cc — is_chrome_line (declared in page_text.h): the lines of a page that are
// furniture, not story, whatever the format.
#include <algorithm>
#include <array>
#include <cctype>
#include <string>

#include "core/text.h"
#include "indexer/parse/page_text.h"

namespace tonle::parse {

namespace {

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
    "for media enquiries", "for media inquiries", "skip to content", "skip to main ", "skip to search",
    "skip to navigation", "accessibility links", "print options", "cancel print",
    "republishing this article", "republishing this story",
    "jump to content", "email: ", "e-mail: ", "tel: ", "reported by ", "cookie settings",
    "join our whatsapp", "join our telegram", "[image]", "[photo]", "[video]",
    "comments are closed", "have your say", "you must be logged in", "site by ", "video player",
    "reporter: ", "reporters: ", "view this email in your browser", "view in browser",
    "you are receiving this email", "forward to a friend", "sharing is caring",
    "creative commons license", "creative commons licence", "republish this article",
    "republish our articles", "was this article helpful", "was this story helpful", "subscribe at ",
    "this article first appeared", "this story first appeared", "this article was first published",
    "this story was first published", "this article was originally published", "this story was originally published",
    "republish this story", "forward this to a friend", "forward this email", "thanks for reading",
    "reporter : ", "reporters : ", "[photo:", "[image:", "[picture:", "by clicking the subscribe",
    "by clicking subscribe", "by subscribing, you agree", "by signing up, you agree",
    // A ticker's label: "Latest: A | B", "Trending: ...".
    "latest:", "trending:", "breaking:", "just in:", "live:",
    // An advertisement's label, a player's, a newsletter's forwarding note, its sign-up box.
    "sponsored:", "listen:", "if you were forwarded this", "enter your email",
    // A share bar's label; a publisher's leave to republish.
    "share or comment on", "share or comment", "support independent reporting", "support our reporting",
    // A bookmaker's or a racing page's warning; a wire's copyright notice.
    "please gamble responsibly", "gamble responsibly", "copyright(c)", "copyright (c)",
    // A live blog's furniture; a desk's call for tips; an editor's note on an update.
    "this live blog is now closed", "this live blog has now closed", "this live blog has ended",
    "got a news tip", "got a story tip", "have a news tip", "got a tip?", "got a tip ", "this article was updated at",
    "this story was updated at", "this article was updated on", "this story was updated on"});

// Whole lines that are buttons or menu items.
constexpr auto kChromeLines = std::to_array<std::string_view>({
    "share", "tweet", "print", "email", "facebook", "twitter", "whatsapp", "telegram",
    "linkedin", "menu", "search", "home", "comments", "loading...", "donate", "subscribe",
    "advertisement", "copy link", "copy url", "login", "log in", "register", "sign in", "sign up",
    "log out", "my account", "bookmark",
    // A release's kind over its title.
    "press release", "media release", "news release", "for immediate release",
    // A blog platform's label over the publication's name ("Published in" / "Rainforest Notes").
    "published in",
    // A live blog's labels.
    "key events", "pinned", "pinned post"});

// "#UPR #HumanRights #Geneva", "#garment sector": a story's tags. ("# Heading" is Markdown.)
bool is_hashtag_line(std::string_view line) {
  line = trim(line);
  if (line.size() < 2 || line[0] != '#' || line.size() > 160 ||
      !(std::isalpha(static_cast<unsigned char>(line[1])) || static_cast<unsigned char>(line[1]) >= 0x80)) {
    return false;
  }
  std::vector<std::string> words = split(line, ' ');
  bool all_tags = std::all_of(words.begin(), words.end(), [](const std::string& w) { return w.empty() || w[0] == '#'; });
  return all_tags || (words.size() <= 4 && line.back() != '.');
}

// "Share   Comments (214)", "Print   Email   Share": buttons set side by side with wide gaps, each
// one a button's word, a counter or a "Comments (N)".
bool is_button_row(std::string_view line) {
  // Wide gaps, or bars or middle dots between the buttons ("Login | Register").
  std::string_view sep = line.find("   ") != std::string_view::npos    ? "  "
                         : line.find(" | ") != std::string_view::npos    ? " | "
                         : line.find(" \xC2\xB7 ") != std::string_view::npos ? " \xC2\xB7 "
                                                                         : "";
  if (sep.empty()) {
    return false;
  }
  size_t parts = 0;
  for (size_t start = 0; start < line.size();) {
    size_t end = line.find(sep, start);
    std::string word = to_lower_ascii(trim(line.substr(start, end == std::string_view::npos ? end : end - start)));
    if (!word.empty()) {
      size_t paren = word.find(" (");
      std::string_view name = paren == std::string::npos ? std::string_view(word) : std::string_view(word).substr(0, paren);
      bool button = std::find(kChromeLines.begin(), kChromeLines.end(), name) != kChromeLines.end();
      if (!button) {
        return false;
      }
      ++parts;
    }
    if (end == std::string_view::npos) {
      break;
    }
    start = end + sep.size();
  }
  return parts >= 2;
}

// "— Dara", "– The editors": a newsletter's sign-off, a dash and a name or two alone on a line.
bool is_dash_sign_off(std::string_view line) {
  std::string_view rest;
  for (std::string_view dash : {"\xE2\x80\x94 ", "\xE2\x80\x93 ", "-- "}) {
    if (line.starts_with(dash)) {
      rest = line.substr(dash.size());
    }
  }
  if (rest.empty() || rest.size() > 30 || !std::isupper(static_cast<unsigned char>(rest[0]))) {
    return false;
  }
  size_t words = words_in(rest);
  return words <= 3 && std::all_of(rest.begin(), rest.end(), [](char c) {
           return std::isalpha(static_cast<unsigned char>(c)) || c == ' ' || c == '.' || c == '\'';
         }) && !rest.ends_with('.');
}

// "Cover Point acknowledges the Traditional Owners of the lands on which we work.": an
// Australian site's Acknowledgement of Country in its footer.
bool is_acknowledgement_of_country(std::string_view line) {
  if (line.size() > 300) {
    return false;
  }
  std::string lower = to_lower_ascii(line);
  // "We acknowledge the Traditional Custodians ...", never a story's "the traditional owners said".
  return lower.find("acknowledge") != std::string::npos &&
         (lower.find("the traditional owners") != std::string::npos ||
          lower.find("the traditional custodians") != std::string::npos);
}

// "___", "* * *", "———": a rule drawn with ASCII marks or with punctuation, arrows, box
// drawing and shapes (U+2000..U+2BFF, Latin-1 signs); a short line of Khmer or any other
// script's letters is text.
bool is_drawn_rule(std::string_view line) {
  if (line.size() < 3 || line.size() > 80) {
    return false;
  }
  for (size_t i = 0; i < line.size();) {
    auto b = static_cast<unsigned char>(line[i]);
    if (b < 0x80) {
      if (std::isalnum(b)) {
        return false;
      }
      ++i;
      continue;
    }
    size_t len = utf8_sequence_at(line, i);
    if (len == 0) {
      return false;
    }
    bool latin1_sign = len == 2 && b == 0xC2;                                // U+0080..U+00BF
    bool marks = len == 3 && (b == 0xE2 && static_cast<unsigned char>(line[i + 1]) < 0xAF);  // U+2000..U+2BFF
    if (!latin1_sign && !marks) {
      return false;
    }
    i += len;
  }
  return true;
}

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

// The page's notices to its readers: a support call inside a line, a contact's telephone, a
// desk's byline with its place, a counter, a banner framed by asterisks, a "Trending in" heading.
bool has(std::string_view hay, std::string_view needle) { return hay.find(needle) != std::string_view::npos; }

bool is_notice(std::string_view line, std::string_view head) {
  // "1.2K", "34": a counter of claps, shares or comments left alone on its line.
  if (line.size() <= 6) {
    return std::isdigit(static_cast<unsigned char>(line.front())) &&
           !std::isdigit(static_cast<unsigned char>(line.back())) &&
           std::all_of(line.begin(), line.end(), [](char c) {
             return std::isdigit(static_cast<unsigned char>(c)) || c == '.' || c == 'K' || c == 'k' || c == 'M';
           });
  }
  // "*** Entries for the fun run close Friday ***": a banner.
  if (line.starts_with("***")) {
    return line.size() <= 160 && line.ends_with("***");
  }
  // "Trending in Alberta", "Most read in Politics": a list of other stories follows.
  if (line.size() <= 40 && (head.starts_with("trending in ") || head.starts_with("most read in "))) {
    return true;
  }
  if (line.size() > 240) {
    return false;  // a story's paragraph: the notices below are short
  }
  if (has(line, "upport ") || has(line, "epubli") || has(line, "Donate ")) {
    std::string lower = to_lower_ascii(line);
    for (std::string_view call : {"support our reporting", "support our journalism", "support independent journalism",
                                  "welcomes republication",
                                  "republication of this", "free to republish", "may be republished"}) {
      if (lower.find(call) != std::string::npos) {
        return true;  // "The Courier is free to read. Support our reporting at ..."
      }
    }
  }
  // "... from the Mekong. Donate to The Lotus Dispatch.", "Subscribe for the morning briefing.":
  // a sentence that opens with a call to the reader; a story's sentences do not.
  for (std::string_view call : {"Donate ", "Subscribe for ", "Subscribe to ", "Sign up for ", "Sign up to "}) {
    if (line.starts_with(call) || line.find(". " + std::string(call)) != std::string_view::npos) {
      return true;
    }
  }
  // "Media: Sarah Lin, Brewing Co.": a release's contact, no sentence.
  if ((line.starts_with("Media: ") || line.starts_with("Investors: ")) && line.size() <= 120 && line.back() != '.') {
    return true;
  }
  // "If you have information, you can write to me at notes@example.org.": the writer's address.
  if (line.size() <= 200 && has(line, "@") && (has(line, "write to me") || has(line, "email me") ||
                                               has(line, "write to us") || has(line, "email us"))) {
    return true;
  }
  // "MORE: Calder Valley United sack manager": a link to another story, no sentence.
  if ((line.starts_with("MORE: ") || line.starts_with("More: ")) && line.size() <= 160 && line.back() != '.') {
    return true;
  }
  if (is_hashtag_line(line)) {
    return true;
  }
  // "Land Program Manager, Equitable Cambodia, Tel: +855 12 456 780": a contact's line.
  if (line.size() <= 160 && (has(line, "Tel") || has(line, "one: +"))) {
    for (std::string_view tel : {"Tel: +", "Tel: 0", "Tel.: ", "Tel. +", "Phone: +", "Mobile: +"}) {
      if (line.find(tel) != std::string_view::npos) {
        return true;
      }
    }
  }
  // "Tribune reporters | Siem Reap", "Staff correspondent | Kampot": a desk's byline.
  if (size_t bar = line.find(" | "); bar != std::string_view::npos && line.size() <= 60) {
    std::string who = to_lower_ascii(trim(line.substr(0, bar)));
    for (std::string_view desk : {" reporter", " reporters", " staff", " correspondent", " correspondents", " desk"}) {
      if (who.ends_with(desk) && words_in(who) <= 4) {
        return true;
      }
    }
  }
  return false;
}

// "Chea Sovannary, Senior Legal Officer, +855 23 726 901": a contact's line, told by a phone
// number of eight digits or more that ends it after a comma or a colon (a sentence giving a
// hotline ends with its full stop).
bool is_contact_line(std::string_view line) {
  if (line.size() > 120) {
    return false;
  }
  size_t i = line.size();
  size_t digits = 0;
  while (i > 0 && (std::isdigit(static_cast<unsigned char>(line[i - 1])) || line[i - 1] == ' ' ||
                   line[i - 1] == '-' || line[i - 1] == '(' || line[i - 1] == ')')) {
    digits += std::isdigit(static_cast<unsigned char>(line[i - 1])) ? 1 : 0;
    --i;
  }
  if (i > 0 && line[i - 1] == '+') {
    --i;
  }
  size_t spaces = 0;  // between the comma and the number (the loop above may have taken them)
  while (i + spaces < line.size() && line[i + spaces] == ' ') {
    ++spaces;
  }
  while (i > 0 && line[i - 1] == ' ') {
    --i;
    ++spaces;
  }
  // (A space after the comma: "1,025 915 915" in a table is a number's comma.)
  // "+61 3 9000 4411" alone on its line: a contact's number under its name.
  bool alone = i == 0 && line.front() == '+';
  return digits >= 8 && ((spaces > 0 && i > 0 && (line[i - 1] == ',' || line[i - 1] == ':')) || alone);
}

// "Tropic Notes is free. Join 12,000 readers who get it every Thursday.": a newsletter's call,
// told by "join" and a count of readers or subscribers.
bool is_readers_call(std::string_view line) {
  if (line.size() > 240 || (line.find("oin ") == std::string_view::npos)) {
    return false;
  }
  std::string lower = to_lower_ascii(line);
  for (size_t at = lower.find("join "); at != std::string::npos; at = lower.find("join ", at + 1)) {
    size_t k = at + 5;
    if (k < lower.size() && std::isdigit(static_cast<unsigned char>(lower[k]))) {
      while (k < lower.size() && (std::isdigit(static_cast<unsigned char>(lower[k])) || lower[k] == ',' ||
                                  lower[k] == '.' || lower[k] == 'k' || lower[k] == '+')) {
        ++k;
      }
      std::string_view rest = std::string_view(lower).substr(k);
      for (std::string_view who : {" readers", " subscribers", " other readers", " other subscribers", " people who"}) {
        if (rest.starts_with(who)) {
          return true;
        }
      }
    }
  }
  return false;
}

// "Updated 14:05 ICT", "Published 9:30 am": a page's time stamp without a date (a date with
// it dates the page elsewhere, date_line).
bool is_time_stamp(std::string_view line) {
  if (line.size() > 32) {
    return false;
  }
  std::string lower = to_lower_ascii(line);
  std::string_view rest;
  for (std::string_view head : {"updated ", "updated: ", "published ", "published: ", "posted ", "last updated "}) {
    if (std::string_view(lower).starts_with(head)) {
      rest = std::string_view(lower).substr(head.size());
      break;
    }
  }
  // H:MM or HH:MM, then at most a meridiem and a zone's letters.
  size_t colon = rest.find(':');
  if (colon == std::string_view::npos || colon == 0 || colon > 2 || rest.size() < colon + 3 ||
      !std::isdigit(static_cast<unsigned char>(rest[colon + 1])) || !std::isdigit(static_cast<unsigned char>(rest[colon + 2]))) {
    return false;
  }
  return std::all_of(rest.begin() + static_cast<std::ptrdiff_t>(colon) + 3, rest.end(), [](char c) {
    return std::isalpha(static_cast<unsigned char>(c)) || c == ' ' || c == '.' || c == '+' ||
           std::isdigit(static_cast<unsigned char>(c));
  }) && std::all_of(rest.begin(), rest.begin() + static_cast<std::ptrdiff_t>(colon), [](char c) {
    return std::isdigit(static_cast<unsigned char>(c));
  });
}

// "dpa ab xx n1 ma": a wire's routing codes at the story's end, four or more lower-case codes of
// up to three letters or digits.
bool is_routing_codes(std::string_view line) {
  if (line.size() > 24) {
    return false;
  }
  std::vector<std::string> codes = split(line, ' ');
  return codes.size() >= 4 && std::all_of(codes.begin(), codes.end(), [](const std::string& c) {
           return !c.empty() && c.size() <= 3 && std::all_of(c.begin(), c.end(), [](char x) {
             return (x >= 'a' && x <= 'z') || (x >= '0' && x <= '9');
           });
         });
}

// "Published in Mekong Labour Notes": a blog platform's line naming the publication (`line`
// without its marks, `head` its lower-cased start).
bool is_published_in(std::string_view head, std::string_view line) {
  constexpr std::string_view kLabel = "published in ";
  if (!head.starts_with(kLabel) || line.size() > 60) {
    return false;
  }
  std::vector<std::string> words = split(trim(line.substr(kLabel.size())), ' ');
  return !words.empty() && words.size() <= 5 && std::all_of(words.begin(), words.end(), [](const std::string& w) {
           return !w.empty() && std::isupper(static_cast<unsigned char>(w[0])) &&
                  std::none_of(w.begin(), w.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)) || c == ',' || c == '.'; });
         });
}

// "SCSW jm/kt": a desk's code before the desks' initials.
bool is_coded_desk_initials(std::string_view line) {
  size_t space = line.find(' ');
  if (space < 2 || space > 5 || space == std::string_view::npos) {
    return false;
  }
  std::string_view code = line.substr(0, space);
  return std::all_of(code.begin(), code.end(), [](char c) { return c >= 'A' && c <= 'Z'; }) &&
         is_desk_initials(line.substr(space + 1));
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
    if (!sign_off_agency(line).empty() || is_desk_initials(line) || is_routing_codes(line)) {
      return true;
    }
  }
  if (is_published_in(head, marked.empty() ? line : marked)) {
    return true;
  }
  if (line.size() <= 60 && is_button_row(line)) {
    return true;
  }
  if (is_dash_sign_off(line) || (line.find("raditional ") != std::string_view::npos && is_acknowledgement_of_country(line))) {
    return true;
  }
  if (is_reading_time_line(line)) {
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
              line.ends_with("ign up free.") || line.ends_with("ign up.") || line.ends_with("ign up now") ||
              line.ends_with("ign up now.");
  if (call && line.size() <= 160) {
    std::string lower = to_lower_ascii(line);
    if (lower.find("newsletter") != std::string::npos || lower.find("briefing") != std::string::npos ||
        lower.find("sign up free") != std::string::npos || lower.find(" alerts") != std::string::npos) {
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
  if (is_drawn_rule(line)) {
    return true;
  }
  // "Home » News » Tech Society", "Politics > Germany": a breadcrumb trail.
  if (line.size() <= 120 && (head.starts_with("home \xC2\xBB") || head.starts_with("home >") ||
                             head.starts_with("home /") || head.starts_with("home \xE2\x80\xBA") ||
                             is_breadcrumb(line))) {
    return true;
  }
  // "![Caption](/uploads/photo.jpg)": a Markdown image, its alt text a caption.
  if (line.starts_with("![") && line.find("](") != std::string_view::npos) {
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
    for (std::string_view call : {"in your inbox", "forwarded this email", "forwarded this newsletter",
                                  "member-only story", "members-only story"}) {
      if (lower.find(call) != std::string::npos) {
        return true;
      }
    }
    // ... and imperatives, which open their sentence ("to become a member, Moscow would" is story).
    for (std::string_view call : {"sign up here", "subscribe now", "subscribe to our", "sign up for our",
                                  "become a member", "become a paid"}) {
      if (appeals_to_reader(lower, call)) {
        return true;
      }
    }
    // "For breaking alerts, subscribe to Lagoon Wire Plus.": a purpose opening the line, then the
    // call ("... was blunt: subscribe to the new bond" is story).
    size_t comma = lower.find(", ");
    if ((lower.starts_with("for ") || lower.starts_with("to ")) && comma != std::string::npos &&
        words_in(lower.substr(0, comma)) <= 6 && lower.compare(comma + 2, 13, "subscribe to ") == 0) {
      return true;
    }
  }
  // 'More from Archipelago Review: "Headline" · "Headline"': other stories in one line.
  if (line.size() <= 300 && std::string_view(head).starts_with("more from ") && line.find(": ") != std::string_view::npos &&
      (line.find('"') != std::string_view::npos || line.find("\xC2\xB7") != std::string_view::npos ||
       line.find("\xE2\x80\x9C") != std::string_view::npos)) {
    return true;
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
  return is_notice(line, head) || is_byline(line) || is_caption(line) || is_credit_note(line) ||
         is_contact_line(line) || is_readers_call(line) ||
         is_coded_desk_initials(line) || is_time_stamp(line);
}

}  // namespace tonle::parse
