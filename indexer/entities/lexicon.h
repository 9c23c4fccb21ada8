// lexicon.h — the closed word classes the entity rules are written in: function and calendar
// words (never part of a name), honorifics, military and police ranks, role nouns, speech verbs,
// the head words of organisation names and the words that tell a government body, an NGO, a
// party, a company or a sports club apart. These are grammar, not data about particular
// entities (that is the gazetteer's), so they live in code as constant tables. Keys are analyzer
// terms (lower case, possessive stripped). Pure functions; safe from any thread.
#pragma once

#include <string_view>

namespace tonle::entities::lexicon {

// Determiners, pronouns, prepositions, conjunctions, auxiliaries and the adverbs that open
// sentences ("But", "At", "Although", "Yesterday"): never the first word of a name.
bool is_function_word(std::string_view key);
// Weekdays, months and words like "today": never inside a name.
bool is_calendar_word(std::string_view key);
// Mr, Ms, Dr, H.E., Samdech, Oknha, Lok Chumteav, Venerable, ...: a name follows, no role.
bool is_honorific(std::string_view key);
// Gen, Lt, Maj, Col, Brig, Capt, Pol (police), ...: a rank before a name.
bool is_rank(std::string_view key);
// The head noun of a person's role: spokesman, minister, director, lawyer, prosecutor, ...
bool is_role_noun(std::string_view key);
// Words that qualify a role noun before it: deputy, vice, senior, chief, acting, former, ...
bool is_role_modifier(std::string_view key);
// spokesman, spokeswoman, spokesperson and their plurals.
bool is_spokes_word(std::string_view key);
// said, told, added, stressed, ...: the verb of reported speech.
bool is_speech_verb(std::string_view key);
// Words that name a nationality's people or language rather than a person ("Khmer", "Thai"
// are also in the gazetteer as country adjectives); here: generic capitalised words that start
// sentences and headings and are no names ("Photo", "Update", "Police").
bool is_never_name(std::string_view key);

// What kind of organisation a head word makes.
enum class Head {
  kNone,
  kGovernment,   // ministry, department, court, embassy, police, administration, ...
  kMaybeGov,     // committee, commission, council, centre, office, agency, institute, ...
  kNgo,          // watch, network, forum, alliance, association, federation, union, ...
  kParty,        // party
  kCompany,      // inc, corp, ltd, company, bank, holdings, ...
};
Head head_kind(std::string_view key);
// Words that make a body in a company's or sports club's name ("Football", "Airlines").
bool is_company_word(std::string_view key);
bool is_sport_word(std::string_view key);
// Topic words of civil society ("rights", "workers", "democracy", "journalists", ...): with an
// association-like head they make an NGO.
bool is_civil_society_word(std::string_view key);
// The civil-society words that make even a committee or council an NGO ("rights", "workers",
// "journalists"); weaker ones ("development", "land") state bodies use too.
bool is_strong_civil_word(std::string_view key);
// Words that open the name of a document, not a body: "Law on Associations and
// Non-Governmental Organisations", "Convention against Torture".
bool is_document_word(std::string_view key);
// Words that mark a state body when they qualify a maybe-government head ("national", "royal",
// "provincial", "government", "inter-ministerial", "anti"): "National Election Committee".
bool is_state_word(std::string_view key);
// Place-type nouns after a place name: province, district, commune, village, city, ...
bool is_place_noun(std::string_view key);

// True when every table above is sorted (they are searched by bisection); for the tests.
bool tables_sorted();

}  // namespace tonle::entities::lexicon
