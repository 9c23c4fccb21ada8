// dateline.h — the dateline that opens a lead ("PHNOM PENH: ", "SIEM REAP, March 3 (Reuters) - "):
// its place, region and agency, and how many bytes of the lead it takes. Used by every
// text-based format. A pure function over a string view; safe from any thread.
#pragma once

#include <string>
#include <string_view>

namespace tonle::parse {

// A dateline at the start of a lead: "PHNOM PENH: ", "Phnom Penh (FN), Sep. 15 – ",
// "SIEM REAP, March 3 (Reuters) - ".
struct Dateline {
  std::string place;   // "PHNOM PENH" ("" if the lead has no dateline)
  std::string region;  // "California" in "SAN JOSE, California (Reuters) -" ("" if none)
  std::string agency;  // "Reuters", "FN", ... ("" if none was given)
  std::string day;     // "March 2" in "WASHINGTON, March 2 -": the date it gives, as written ("" if none)
  size_t length = 0;   // bytes of the lead the dateline takes, separator and spaces included
};
Dateline find_dateline(std::string_view lead);

}  // namespace tonle::parse
