// credits.h — who made a page's story and its pictures, as pages print it: bylines, reading
// times, photo captions with their credits, notes on who reported or paid for a story, and the
// copyright line's holder. Part of the chrome rules (page_text.h): such lines are never story
// text, and some of them name the outlet. Pure functions over string views; safe from any thread.
#pragma once

#include <string>
#include <string_view>

namespace tonle::parse {

// "4 min read", "Reading time: 3 minutes".
bool is_reading_time(std::string_view line);
// A line of reading times and relative dates only: "2 days ago · 5 min read", "4 min read".
bool is_reading_time_line(std::string_view line);
// "By Sok Chenda", "By Meas Sreyneang and John Hill | Khmer Times | 4 min read", "Words by X ·
// Photo: Y", "Berlin correspondent": a credit line, never story text.
bool is_byline(std::string_view line);
// The outlet a credit line names ("By X | Capitol Report" → "Capitol Report"; "By X for RFA
// Khmer" → "RFA Khmer"), "" if none.
std::string byline_outlet(std::string_view line);
// True if `appeal` (lower case) opens a sentence of `lower` (the line lower-cased), as a call to
// the reader does: "Become a member today", "... story? Please support our work", "— sign up
// here", "For breaking alerts, subscribe to ..."; "In order to become a member, Moscow would
// ..." is story.
bool appeals_to_reader(std::string_view lower, std::string_view appeal);
// Notes about who reported or paid for a story: "X contributed to this report", "... was
// supported by a grant", "reader-funded ... support us"; a newsletter's note about itself
// ("... Corrections and tips: reply to this email.").
bool is_credit_note(std::string_view line);
// "Copyright © 2025 EAC News. All rights reserved." → "EAC News"; "" when `text` has none.
std::string copyright_holder(std::string_view text);
// A photo caption with its credit: "Workers gather in Kandal. Photo: Sok Dara", "... (Supplied)",
// "... (CamboJA/ Meng Kroeun)".
bool is_caption(std::string_view line);

}  // namespace tonle::parse
