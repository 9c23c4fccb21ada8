// lexicon.h — the closed word classes the entity rules are written in: function and calendar
// words (never part of a name), honorifics, military and police ranks, role nouns, speech verbs,
// the head words of organisation names and the words that tell a government body, an NGO, a
// party, a company or a sports club apart. These are grammar, not data about particular
// entities (that is the gazetteer's), so they live in code as constant tables. Keys are analyzer
// terms (lower case, possessive stripped). Pure functions; safe from any thread.
#pragma once

#include <cstdint>
#include <string_view>

namespace tonle::entities::lexicon {

// Every class a word belongs to, as bits: the rules ask these questions of every word many
// times, so each word's answers are looked up once (Word::lex) and read as bits afterwards.
enum Class : uint32_t {
  kFunction = 1u << 0, kCalendar = 1u << 1, kHonorific = 1u << 2, kRank = 1u << 3,
  kRole = 1u << 4, kRoleModifier = 1u << 5, kSpokes = 1u << 6, kSpeech = 1u << 7,
  kNeverName = 1u << 8, kCompany = 1u << 9, kSport = 1u << 10, kCivil = 1u << 11,
  kStrongCivil = 1u << 12, kState = 1u << 13, kPlaceNoun = 1u << 14, kDocument = 1u << 15,
  kDottedTitle = 1u << 16, kHeadFirst = 1u << 17, kTrade = 1u << 18,
  kHeadShift = 24,  // bits 24-26: the Head kind, 27-29: the Head kind of the word less its "s"
};
// The classes of one analyzer key (a hash lookup in one table made of all the tables below).
uint32_t classes(std::string_view key);

// Determiners, pronouns, prepositions, conjunctions, auxiliaries and the adverbs that open
// sentences ("But", "At", "Although", "Yesterday"): never the first word of a name.
// A legal form or a club's mark that ends a company's or a club's name and makes it no state
// body or NGO, whatever name it borrows: "Co", "Ltd", "GmbH", "FC", "KTV" ("Ministry of Brewing
// Co.", "Ministry of Interior FC", "Senate KTV").
bool is_business_mark(std::string_view key);
bool is_function_word(std::string_view key);
// Weekdays, months and words like "today": never inside a name.
bool is_calendar_word(std::string_view key);
// Mr, Ms, Dr, H.E., Samdech, Oknha, Lok Chumteav, Venerable, ...: a name follows, no role.
bool is_honorific(std::string_view key);
// Sen, Ven, Gov, Rep, Pres: titles only when written with a full stop ("Sen. Jo Ray"), names
// otherwise ("Hun Sen", "Ven Pisal").
bool is_dotted_title(std::string_view key);
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
// The head kind of a word or of its singular ("Unions" → union).
inline Head head_of_classes(uint32_t c) {
  auto own = static_cast<Head>((c >> kHeadShift) & 7u);
  return own != Head::kNone ? own : static_cast<Head>((c >> (kHeadShift + 3)) & 7u);
}
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
// Place-type nouns after a place name (province, district, commune, village, city, ...) and
// the nouns of places people go (hospital, school, pagoda, market, prison, road): never a word
// of a person's name ("the National Paediatric Hospital").
bool is_place_noun(std::string_view key);
// A place noun or a building's word after a name it borrows: "Parliament House", "Senate
// Square", "Freedom House Apartments", "Labour Party Hotel" are places, not the bodies.
bool is_building_word(std::string_view key);
// A place that sells food, drink, rooms or games, whose name may borrow a body's: "Senate
// Lounge", "Senate Sky Bar", "Ministry Cafe".
bool is_venue_word(std::string_view key);
// A plural of people whose possessive belongs inside a name: "People's Solidarity for ...",
// "Children's Rights Network", "Citizens' Coalition", "Workers' Party".
bool is_people_plural(std::string_view key);

template <class W>
concept HasClasses = requires(const W& w) { w.lex; };

// The same questions of a Word of the stream, answered from its cached classes (Word::lex).
// (Declared here, defined inline, so that lexicon.h needs nothing but a type with `lex`.)
template <HasClasses W> bool is_function_word(const W& w) { return w.lex & kFunction; }
template <HasClasses W> bool is_calendar_word(const W& w) { return w.lex & kCalendar; }
template <HasClasses W> bool is_honorific(const W& w) { return w.lex & kHonorific; }
template <HasClasses W> bool is_rank(const W& w) { return w.lex & kRank; }
template <HasClasses W> bool is_role_noun(const W& w) { return w.lex & kRole; }
template <HasClasses W> bool is_role_modifier(const W& w) { return w.lex & kRoleModifier; }
template <HasClasses W> bool is_spokes_word(const W& w) { return w.lex & kSpokes; }
template <HasClasses W> bool is_speech_verb(const W& w) { return w.lex & kSpeech; }
template <HasClasses W> bool is_never_name(const W& w) { return w.lex & kNeverName; }
template <HasClasses W> bool is_company_word(const W& w) { return w.lex & kCompany; }
template <HasClasses W> bool is_sport_word(const W& w) { return w.lex & kSport; }
template <HasClasses W> bool is_civil_society_word(const W& w) { return w.lex & kCivil; }
template <HasClasses W> bool is_strong_civil_word(const W& w) { return w.lex & kStrongCivil; }
template <HasClasses W> bool is_state_word(const W& w) { return w.lex & kState; }
template <HasClasses W> bool is_place_noun(const W& w) { return w.lex & kPlaceNoun; }
template <HasClasses W> bool is_document_word(const W& w) { return w.lex & kDocument; }
template <HasClasses W> bool is_dotted_title(const W& w) { return w.lex & kDottedTitle; }
// "Business", "Industry", "Exporters": a trade's word, which makes an association a trade body.
template <HasClasses W> bool is_trade_word(const W& w) { return w.lex & kTrade; }
// "Fundación", "Instituto", "Verein": a body's head word in languages that put it first.
template <HasClasses W> bool is_head_first(const W& w) { return w.lex & kHeadFirst; }
template <HasClasses W> Head head_kind(const W& w) { return static_cast<Head>((w.lex >> kHeadShift) & 7u); }

// True when every table above is sorted (they are searched by bisection); for the tests.
bool tables_sorted();

}  // namespace tonle::entities::lexicon
