// story_places.h — the places an article's lead names, which tell one event from another of its
// kind: two strikes in one week are one story when both happened in "Rolea B'ier district" and
// two when one was in "Svay Rieng province" and the other in "Kampong Chhnang province".
//
// A place is the capitalised name before a place noun ("Ang Snuol district", "Kandal
// province's", "Trapeang Chhuk village") or after a Khmer administrative prefix ("Sangkat Boeung
// Keng Kang", "Srok Bati"). Only the names the text writes so are found: no gazetteer, so an
// unmarked "in Kandal" is not a place here. Cities and towns are left out: "Gaza City",
// "Manchester City" and "Khan Younis" would join every story from them.
//
// Pure functions; thread-safe.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace tonle {

struct LeadPlace {
  std::string name;       // lower case, apostrophes folded: "rolea b'ier"
  bool province = false;  // a province or the capital ("province", "municipality")
  size_t at = 0;          // byte offset of its name's first word in the text
  // Places are the same whatever their offsets.
  friend bool operator==(const LeadPlace& a, const LeadPlace& b) { return a.name == b.name && a.province == b.province; }
};

// The places `text` names, in order, each once.
std::vector<LeadPlace> lead_places(std::string_view text);

}  // namespace tonle
