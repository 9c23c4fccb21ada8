// credits.cc — see credits.h.
#include "indexer/parse/credits.h"

#include <algorithm>
#include <array>
#include <cctype>

#include "core/text.h"
#include "indexer/parse/page_text.h"  // is_relative_date

namespace tonle::parse {

namespace {
bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }

constexpr std::array<std::string_view, 23> kCreditLeads = {
    "By ", "BY ", "By: ", "Author: ", "Authors: ", "Written by ", "Written by: ", "Words by ", "Text by ", "Story by ", "Reporting by ",
    "Photo: ", "Photos: ", "Photo by ", "Photos by ", "Photography by ", "Picture by ", "Pictures by ", "Images by ", "Illustration by ",
    "Edited by ", "Translated by ", "Video by "};

// "By Sok Dara and Chea Vanna", "Photo: Meng Kroeun": a credit and the names after it.
bool credit_part(std::string_view part) {
  std::string_view rest;
  for (std::string_view lead : kCreditLeads) {
    if (part.starts_with(lead)) {
      rest = part.substr(lead.size());
      break;
    }
  }
  if (rest.empty()) {
    return false;
  }
  int words = 0;
  for (const std::string& w : split(rest, ' ')) {
    if (w == "and" || w == "&" || w == "for" || w == "of" || w == "in" || w == "/" || w == ",") {
      continue;
    }
    if (++words > 10 || !(is_upper(w[0]) || static_cast<unsigned char>(w[0]) >= 0x80)) {
      return false;
    }
  }
  return words >= 1;
}

// "(Photos by the author. Reposting is fine ...)", "(Photo: Meng Kroeun)": a bracket that opens
// with a picture credit's lead, whatever follows it.
bool picture_credit_note(std::string_view line) {
  if (!line.starts_with("(") || !line.ends_with(")") || line.size() >= 200) {
    return false;
  }
  std::string_view inside = line.substr(1, line.size() - 2);
  for (std::string_view lead : kCreditLeads) {
    bool picture = lead.starts_with("Photo") || lead.starts_with("Picture") || lead.starts_with("Images") ||
                   lead.starts_with("Illustration") || lead.starts_with("Video");
    if (picture && inside.size() > lead.size() && to_lower_ascii(inside.substr(0, lead.size())) == to_lower_ascii(lead)) {
      return true;
    }
  }
  return credit_part(inside);
}

}  // namespace

namespace {

// "... on Sunday. KT/Chor Sokunthea": an outlet's initials and the photographer after a sentence.
// The photographer's name ends the line, in one to three words written "Chor Sokunthea" (not a
// headline's "U.S. CORN/OATS GROWERS SAID LIKELY").
bool ends_with_photo_credit(std::string_view line) {
  size_t tail = line.size() > 40 ? line.size() - 40 : 0;  // the credit is in the last 40 bytes
  size_t slash = line.substr(tail).rfind('/');
  if (slash == std::string_view::npos) {
    return false;
  }
  slash += tail;
  size_t space = line.rfind(' ', slash);
  if (space == std::string_view::npos || space == 0 || line[space - 1] != '.') {
    return false;
  }
  // The outlet's initials ("KT") or its one-word name ("Kiripost", "Cambodianess").
  std::string_view initials = line.substr(space + 1, slash - space - 1);
  bool outlet_word = initials.size() >= 2 && initials.size() <= 20 && is_upper(initials[0]) &&
                     std::all_of(initials.begin(), initials.end(), [](char c) { return std::isalpha(static_cast<unsigned char>(c)); });
  if (!outlet_word) {
    return false;
  }
  std::vector<std::string> name = split(line.substr(slash + 1), ' ');
  return !name.empty() && name.size() <= 3 && std::all_of(name.begin(), name.end(), [](const std::string& n) {
    return n.size() >= 2 && is_upper(n[0]) && std::islower(static_cast<unsigned char>(n[1]));
  });
}

}  // namespace

namespace {

// "Reporters at a press conference in Phnom Penh. Heng Chivoan": a caption's sentence and the
// photographer's bare name, two or three capitalised words ending the line.
bool ends_with_photographer(std::string_view line) {
  if (line.empty() || !std::isalpha(static_cast<unsigned char>(line.back()))) {
    return false;  // cheap test first: story lines end with punctuation
  }
  size_t tail = line.size() > 40 ? line.size() - 40 : 0;
  size_t stop = line.substr(tail).rfind(". ");
  if (stop == std::string_view::npos) {
    return false;
  }
  stop += tail;
  std::vector<std::string> name = split(line.substr(stop + 2), ' ');
  size_t before = words_in(line.substr(0, stop));
  return name.size() >= 2 && name.size() <= 3 && before >= 4 && before <= 35 &&
         std::all_of(name.begin(), name.end(), [](const std::string& n) {
           return n.size() >= 2 && is_upper(n[0]) &&
                  std::all_of(n.begin() + 1, n.end(), [](char c) { return std::islower(static_cast<unsigned char>(c)) || c == '-'; });
         });
}

}  // namespace

// "... on Tuesday. PHOTO | FILE", "... in 2024. Post staff": a short credit after the caption's
// last sentence, in capitals after "PHOTO", or an outlet's staff.
bool ends_with_credit_line(std::string_view line) {
  size_t stop = line.rfind(". ");
  if (stop == std::string_view::npos || line.size() - stop > 30 || words_in(line.substr(0, stop)) < 4) {
    return false;
  }
  std::string_view credit = line.substr(stop + 2);
  if (credit.starts_with("PHOTO |") || credit.starts_with("PHOTO/") || credit.starts_with("PHOTO:")) {
    return true;
  }
  std::vector<std::string> w = split(credit, ' ');
  return w.size() == 2 && w[0].size() >= 2 && is_upper(w[0][0]) && w[1] == "staff";
}

bool is_caption(std::string_view line) {
  line = trim(line);
  if (ends_with_photo_credit(line) || ends_with_photographer(line)) {
    return true;
  }
  if (line.size() > 30 && line[line.size() - 1] != '.' && ends_with_credit_line(line)) {
    return true;
  }
  // Cheap tests first: a caption ends with ")" or names a photo or its credit.
  bool maybe = line.ends_with(")") || line.find("hoto") != std::string_view::npos ||
               line.substr(line.size() > 60 ? line.size() - 60 : 0).find("creenshot") != std::string_view::npos ||
               line.find("redit") != std::string_view::npos ||
               line.find("icture") != std::string_view::npos;
  if (!maybe) {
    return false;
  }
  size_t words = words_in(line);
  if (words > 50) {
    return false;
  }
  std::string lower = to_lower_ascii(line);
  // "... in Geneva. Photo: UN Photo", "... (Photo by Sok Dara)".
  for (std::string_view credit : {". photo: ", ". photo by ", ". photograph: ", ". picture: ",
                                  ". credit: ", "(photo: ", "(photo by ", "(photo credit"}) {
    size_t at = lower.rfind(credit);
    if (at != std::string::npos && line.size() - at < 70) {
      return true;
    }
  }
  // "... in Battambang in February. Photo supplied", "... at the court. File photo".
  std::string_view end = lower;
  while (!end.empty() && (end.back() == '.' || end.back() == ' ')) {
    end.remove_suffix(1);
  }
  for (std::string_view credit : {". photo supplied", ". photos supplied", ". file photo", ". supplied photo"}) {
    if (end.ends_with(credit)) {
      return true;
    }
  }
  // "... a sawmill in September. Screenshot from Facebook".
  if (size_t at = lower.rfind(". screenshot"); at != std::string::npos && line.size() - at < 50) {
    return true;
  }
  // "Voters queue at a polling centre. — Picture by Firdaus Latif".
  for (std::string_view credit : {"\xE2\x80\x94 picture by ", "\xE2\x80\x94 photo by ", "\xE2\x80\x94 pic by "}) {
    if (size_t at = lower.rfind(credit); at != std::string::npos && line.size() - at < 60) {
      return true;
    }
  }
  // "The band on stage, photographed by Ellis Park for Loud & Clear".
  if (size_t at = lower.rfind("photographed by "); at != std::string::npos && at >= 2 &&
      (lower[at - 1] == '(' || ((lower[at - 2] == ',' || lower[at - 2] == '.') && lower[at - 1] == ' '))) {
    return true;
  }
  if (picture_credit_note(line)) {
    return true;
  }
  // "... (Supplied)", "... (CamboJA/ Meng Kroeun)", "... (File photo)".
  if (!lower.ends_with(")")) {
    return false;
  }
  size_t open = lower.rfind('(');
  if (open == std::string::npos || lower.size() - open > 60) {
    return false;
  }
  std::string_view inside = std::string_view(lower).substr(open + 1, lower.size() - open - 2);
  // "... in Seoul on Thursday. (Joint Press Corps)": a credit after the caption's sentence.
  size_t inside_words = words_in(inside);
  // (A wire's story code, "(NRAL 2258)", has digits; a story paragraph is longer than a caption.)
  bool after_sentence = open >= 2 && lower[open - 1] == ' ' && lower[open - 2] == '.';
  bool digits = std::any_of(inside.begin(), inside.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
  // (A credit names someone: its longer words are capitalised. "(In cents per bushel)" and
  // "(Corrects spelling on company name)" are notes of the story's own.)
  // ("(Citizen journalist)", "(Staff photographer)": a credit by role.)
  bool named = true;
  for (const std::string& word : split(line.substr(open + 1, lower.size() - open - 2), ' ')) {
    named = named && (word.size() < 4 || is_upper(word.front()) || word == "journalist" || word == "photographer" ||
                      word == "reporter" || word == "correspondent" || word == "staff");
  }
  if (after_sentence && inside_words <= 5 && is_upper(line[open + 1]) && !digits && words <= 30 && named) {
    return true;
  }
  return inside.starts_with("courtesy") || inside == "supplied" || inside.starts_with("supplied ") || inside == "file" ||
         inside.starts_with("file photo") || inside == "screenshot" || inside == "facebook" ||
         inside.find("photo") != std::string_view::npos ||
         // (A fraction or a ratio is no credit: "(excluding 2-1/2 cts special)", "(after a 3/2 split)".)
         (inside.find('/') != std::string_view::npos && inside.find(' ') != std::string_view::npos &&
          inside.size() < 40 && !digits);
}

bool is_reading_time(std::string_view line) {
  std::string lower = to_lower_ascii(trim(line));
  if (lower.starts_with("reading time")) {
    return lower.size() < 40;
  }
  size_t i = 0;
  while (i < lower.size() && std::isdigit(static_cast<unsigned char>(lower[i]))) {
    ++i;
  }
  std::string_view rest = std::string_view(lower).substr(i);
  return i > 0 && i <= 2 &&
         (rest == " min read" || rest == " mins read" || rest == " minute read" ||
          rest == " minutes read" || rest == "-minute read" || rest == " min");
}

namespace {

// A short name in capitals: an outlet or desk in a credit line ("Khmer Times", "RFA Khmer").
bool outlet_part(std::string_view part) {
  std::vector<std::string> words = split(part, ' ');
  return !words.empty() && words.size() <= 5 &&
         std::all_of(words.begin(), words.end(), [](const std::string& w) {
           return is_upper(w[0]) || std::isdigit(static_cast<unsigned char>(w[0]));
         });
}

// A credit line's parts: split at " | ", " · ", " • ", " – ", " — ".
std::vector<std::string_view> credit_parts(std::string_view line) {
  std::vector<std::string_view> parts;
  size_t start = 0;
  for (size_t i = 0; i < line.size();) {
    size_t len = 0;
    for (std::string_view sep : {" | ", " \xC2\xB7 ", " \xE2\x80\xA2 ", " \xE2\x80\x93 ", " \xE2\x80\x94 "}) {
      if (line.substr(i).starts_with(sep)) {
        len = sep.size();
        break;
      }
    }
    if (len == 0) {
      ++i;
      continue;
    }
    parts.push_back(trim(line.substr(start, i - start)));
    start = i = i + len;
  }
  parts.push_back(trim(line.substr(start)));
  return parts;
}

}  // namespace

bool is_byline(std::string_view line) {
  line = trim(line);
  if (line.size() > 160) {
    return false;
  }
  // Cheap tests first: every story paragraph passes here. A credit line has a credit word,
  // an outlet's slash, or is a few words long.
  bool credit_word = std::any_of(kCreditLeads.begin(), kCreditLeads.end(),
                                [&](std::string_view lead) { return line.starts_with(lead); }) ||
                    line.find(" | By ") != std::string_view::npos ||
                    line.find(" / ") != std::string_view::npos;
  if (!credit_word && std::count(line.begin(), line.end(), ' ') > 3) {
    return false;
  }
  // "Khmer Times / Poipet": an outlet and its bureau.
  if (size_t slash = line.find(" / "); slash != std::string_view::npos && line.size() <= 60 &&
      outlet_part(line.substr(0, slash)) && outlet_part(line.substr(slash + 3))) {
    return true;
  }
  // "Berlin correspondent", "Senior reporter": the role line under a byline.
  std::vector<std::string> words = split(line, ' ');
  std::string last = words.empty() ? "" : to_lower_ascii(words.back());
  if (words.size() <= 4 && (last == "correspondent" || last == "reporter" || last == "editor")) {
    return true;
  }
  bool credit = false;
  for (std::string_view part : credit_parts(line)) {
    if (credit_part(part)) {
      credit = true;
    } else if (!outlet_part(part) && !is_reading_time(part) && !is_relative_date(part)) {
      // A date part ("Published 3 Nov 2022") is checked by the date-line reader instead.
      return false;
    }
  }
  return credit;
}

bool is_reading_time_line(std::string_view line) {
  if (line.size() > 60) {
    return false;
  }
  std::vector<std::string_view> parts = credit_parts(trim(line));
  return std::all_of(parts.begin(), parts.end(),
                     [](std::string_view p) { return is_reading_time(p) || is_relative_date(p); });
}

std::string byline_outlet(std::string_view line) {
  std::vector<std::string_view> parts = credit_parts(trim(line));
  if (parts.empty() || !credit_part(parts.front())) {
    return "";
  }
  for (size_t i = 1; i < parts.size(); ++i) {
    if (outlet_part(parts[i]) && !credit_part(parts[i])) {
      return std::string(parts[i]);
    }
  }
  // "By Ouk Sreyneang for RFA Khmer"
  size_t for_at = parts.front().rfind(" for ");
  if (for_at != std::string_view::npos && outlet_part(parts.front().substr(for_at + 5))) {
    return std::string(parts.front().substr(for_at + 5));
  }
  return "";
}

bool appeals_to_reader(std::string_view lower, std::string_view appeal) {
  for (size_t at = lower.find(appeal); at != std::string_view::npos; at = lower.find(appeal, at + 1)) {
    std::string_view before = trim(lower.substr(0, at));
    if (before.empty() || before.ends_with(".") || before.ends_with("!") || before.ends_with("?") ||
        before.ends_with(":") || before.ends_with("please") || before.ends_with("\xE2\x80\x94") ||
        before.ends_with("\xE2\x80\x93") || before.ends_with("-") || before.ends_with("|")) {
      return true;
    }
    // After the purpose it serves, which opens the line: "To get every briefing first, sign up ...".
    if (before.ends_with(",") && (before.starts_with("for ") || before.starts_with("to ")) &&
        std::count(before.begin(), before.end(), ',') == 1 && words_in(before) <= 6) {
      return true;
    }
  }
  return false;
}

bool is_credit_note(std::string_view line) {
  bool maybe = line.find("ontribut") != std::string_view::npos ||
               line.find("upport") != std::string_view::npos ||
               line.find("roduced with") != std::string_view::npos ||
               line.find("eader-funded") != std::string_view::npos ||
               line.find("ecome a") != std::string_view::npos ||
               line.find("eply to this") != std::string_view::npos ||
               line.find("ewsletter is") != std::string_view::npos ||
               line.find("ermission") != std::string_view::npos || line.find("ffiliated") != std::string_view::npos;
  if (!maybe) {
    return false;
  }
  std::string lower = to_lower_ascii(trim(line));
  size_t words = words_in(lower);
  if (words > 40) {
    return false;
  }
  for (std::string_view note : {"contributed to this report", "contributed reporting",
                                "supported by a grant", "produced with support from",
                                "produced with the support of", "reporting for this story was",
                                "reader-funded",
                                // A newsletter's note about itself: "This newsletter is written by X".
                                "this newsletter is written by", "this newsletter is edited by",
                                // A publisher's note on itself: "(X is a subscription legal news service.
                                // Reproduction without permission is prohibited.)", "X is an independent
                                // publication and is not affiliated with any club or league."
                                "reproduction without permission", "reproduced without permission",
                                "is not affiliated with any"}) {
    if (lower.find(note) != std::string::npos) {
      return true;
    }
  }
  // "... It is written by X, a former reporter. Tips: reply to this email.": who writes it and
  // how to reach them. (A sign-off alone, "As always, reply to this email with tips", is the
  // writer's own words.)
  bool reply = lower.find("reply to this email") != std::string::npos || lower.find("reply to this e-mail") != std::string::npos;
  if (reply && (lower.find("is written by") != std::string::npos || lower.find("is edited by") != std::string::npos)) {
    return true;
  }
  for (std::string_view appeal : {"support us from", "support our work", "become a member", "become a supporter"}) {
    if (appeals_to_reader(lower, appeal)) {
      return true;
    }
  }
  return false;
}

std::string copyright_holder(std::string_view text) {
  text = text.substr(text.size() > 3000 ? text.size() - 3000 : 0);  // a page's last lines
  for (std::string_view mark : {"\xC2\xA9", "Copyright", "(c)"}) {
    size_t at = text.rfind(mark);
    if (at == std::string_view::npos) {
      continue;
    }
    std::string_view rest = trim(text.substr(at + mark.size()));
    // ("Copyright © 2006-2024, RFA.": a comma may stand between the years and the name.)
    while (!rest.empty() && (std::isdigit(static_cast<unsigned char>(rest[0])) || rest[0] == '-' ||
                             rest[0] == ' ' || rest[0] == ',' || rest.starts_with("\xC2\xA9"))) {
      rest.remove_prefix(rest.starts_with("\xC2\xA9") ? 2 : 1);
    }
    if (rest.starts_with("by ")) {
      rest.remove_prefix(3);  // "(c)2026 by Harbour Post. Proudly created with ..."
    }
    size_t end = rest.find_first_of(".\n|,");
    std::string_view name = trim(rest.substr(0, end));
    // "© AAP 2025", "Copyright Delta Courier 2006-2025": the years after the name are no part of it.
    while (!name.empty() && (std::isdigit(static_cast<unsigned char>(name.back())) || name.back() == '-')) {
      name = trim(name.substr(0, name.size() - 1));
    }
    if (name.empty()) {
      // "Khmer Times © 2026. All rights reserved.": the holder before the mark.
      size_t line_start = text.rfind('\n', at);
      name = trim(text.substr(line_start == text.npos ? 0 : line_start + 1,
                              at - (line_start == text.npos ? 0 : line_start + 1)));
    }
    std::string holder(name);
    if (outlet_part(holder) && holder.size() >= 3) {
      return holder;
    }
  }
  return "";
}

}  // namespace tonle::parse
