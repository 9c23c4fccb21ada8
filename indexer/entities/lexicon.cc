// lexicon.cc — the word classes declared in lexicon.h, as sorted constant tables searched with
// binary search (they are tested to be sorted, so a word added out of order fails a test).
#include "indexer/entities/lexicon.h"

#include <algorithm>
#include <array>
#include <vector>

#include "indexer/entities/key_table.h"

namespace tonle::entities::lexicon {

namespace {

template <size_t N>
bool in(const std::array<std::string_view, N>& table, std::string_view key) {
  return std::binary_search(table.begin(), table.end(), key);
}

constexpr auto kFunctionWords = std::to_array<std::string_view>({
    "a", "about", "above", "according", "across", "after", "afterwards", "again", "against",
    "ahead", "all", "also", "although", "amid", "among", "an", "and", "another", "any", "are",
    "around", "as", "at", "be", "because", "been", "before", "being", "below", "besides",
    "between", "both", "but", "by", "can", "could", "despite", "did", "do", "does", "during",
    "each", "earlier", "either", "even", "every", "few", "following", "for", "from",
    "further", "had", "has", "have", "he", "her", "here", "hers", "him", "his", "how",
    "however", "i", "if", "in", "including", "instead", "into", "is", "it", "its", "last",
    "later", "least", "less", "like", "many", "may", "meanwhile", "might", "more", "most",
    "much", "must", "my", "near", "neither", "never", "next", "no", "none", "nor", "not",
    "now", "of", "off", "on", "once", "only", "or", "other", "our", "out", "over", "per",
    "perhaps", "several", "shall", "she", "should", "since", "so", "some", "still", "such",
    "than", "that", "the", "their", "them", "then", "there", "these", "they", "this",
    "those", "though", "through", "throughout", "thus", "to", "too", "toward", "towards",
    "under", "unless", "until", "upon", "us", "very", "via", "was", "we", "were", "what",
    "when", "whenever", "where", "whereas", "whether", "which", "while", "who", "whom",
    "whose", "why", "will", "with", "within", "without", "would", "yet", "you", "your",
});

constexpr auto kCalendarWords = std::to_array<std::string_view>({
    "april", "august", "december", "february", "friday", "january", "july", "june", "march",
    "monday", "november", "october", "saturday", "september", "sunday", "thursday", "today",
    "tomorrow", "tonight", "tuesday", "wednesday", "weekend", "yesterday",
});

constexpr auto kHonorifics = std::to_array<std::string_view>({
    "akka", "amb", "atty", "ayatollah", "borvor", "bovor", "chumteav", "comrade", "dame", "datin", "dato", "datuk", "dr", "excellency",
    "haji", "he", "his", "hj", "hojatoleslam", "hon", "honourable", "imam", "lok", "lord", "madam", "madame",
    "miss", "moha", "mr", "mrs", "ms", "neak", "oknha", "padei", "prof", "professor", "rep", "rev",
    "reverend", "samdech", "sena", "seri", "sheikh", "sir", "techo", "thipadei", "venerable",
});

constexpr auto kRanks = std::to_array<std::string_view>({
    "acp", "adm", "admiral", "akbp", "asp", "brig", "brigadier", "capt", "captain", "cmdr", "col", "colonel",
    "comisaria", "comisario", "commandant", "commander", "commissaire", "commissioner", "comr", "cpl", "dcp",
    "delegada", "delegado", "dsp", "first", "gen", "general", "insp", "kombes",
    "lieutenant", "lt", "maj", "major", "marshal", "pol", "sergeant", "sgt", "snr", "sr",
    "superintendent", "supt",
});

constexpr auto kRoleNouns = std::to_array<std::string_view>({
    "abbot", "accused", "activist", "actor", "actress", "adviser", "advisor", "ambassador",
    "analyst", "anchor", "anthropologist", "artist", "attache", "attorney", "author", "banker",
    "bassist", "biologist", "blogger", "brother", "businessman", "businesswoman", "campaigner",
    "candidate", "captain", "ceo", "chair", "chairman", "chairperson", "chairwoman", "chief",
    "citizen", "clerk", "climatologist", "coach", "columnist", "commander", "commentator",
    "commissioner", "composer", "consul", "consultant", "convener", "convenor", "coordinator",
    "councillor", "counsel", "daughter", "dean", "defendant", "defender", "delegate", "demographer",
    "deputy", "detainee", "diplomat", "director", "doctor", "driver", "drummer", "economist",
    "editor", "elder", "employee", "engineer", "entrepreneur", "envoy", "epidemiologist",
    "executive", "expert", "farmer", "father", "firefighter", "fisherman", "founder", "geologist",
    "goalkeeper", "governor", "grandmother", "guard", "guitarist", "head", "historian", "husband",
    "hydrologist", "inspector", "investigator", "journalist", "judge", "lawmaker", "lawyer",
    "leader", "lecturer", "legislator", "manager", "mayor", "mediator", "member", "meteorologist",
    "midfielder", "midwife", "minister", "monitor", "monk", "mother", "mp", "musician", "national",
    "negotiator", "nephew", "novelist", "nun", "nurse", "observer", "officer", "official",
    "organiser", "organizer", "owner", "paramedic", "pastor", "pensioner", "pharmacist",
    "photographer", "pilot", "plaintiff", "player", "poet", "presenter", "president", "priest",
    "prisoner", "producer", "prosecutor", "psychologist", "rapporteur", "rector", "referee",
    "reporter", "representative", "researcher", "resident", "scientist", "secretary",
    "seismologist", "senator", "singer", "sister", "smuggler", "sociologist", "soldier", "son",
    "speaker", "specialist", "spokesman", "spokesperson", "spokeswoman", "striker", "student",
    "substitute", "superintendent", "survivor", "suspect", "teacher", "tenant", "trader",
    "treasurer", "tycoon", "umpire", "undersecretary", "unionist", "vendor", "veterinarian",
    "victim", "villager", "virologist", "widow", "wife", "winger", "witness", "worker", "writer",
});

constexpr auto kRoleModifiers = std::to_array<std::string_view>({
    "acting", "assistant", "associate", "chief", "co", "deputy", "executive", "first",
    "former", "general", "interim", "lead", "managing", "permanent", "principal", "senior",
    "special", "top", "vice",
});

constexpr auto kSpeechVerbs = std::to_array<std::string_view>({
    "acknowledged", "added", "admitted", "affirmed", "announced", "argued", "asked", "asserted",
    "claimed", "commented", "complained", "confirmed", "contended", "countered", "declared",
    "denied", "dismissed", "disputed", "emphasised", "emphasized", "estimated", "explained",
    "highlighted", "indicated", "insisted", "maintained", "noted", "objected", "observed",
    "pointed", "rejected", "remarked", "replied", "reported", "responded", "said", "says",
    "stated", "stressed", "suggested", "tells", "testified", "told", "urged", "warned", "wrote",
});

constexpr auto kNeverNames = std::to_array<std::string_view>({
    "advertisement", "breaking", "covid", "editorial", "exclusive", "las", "les", "los", "mps",
    "news", "note", "opinion", "photo", "read", "related", "reuters", "source", "update",
    "updated", "video", "watch",
});

struct HeadEntry {
  std::string_view key;
  Head kind;
};
constexpr auto kHeads = std::to_array<HeadEntry>({
    {"administration", Head::kGovernment}, {"advocates", Head::kNgo},
    {"agency", Head::kMaybeGov},
    {"alliance", Head::kNgo},              {"army", Head::kGovernment},
    {"assembly", Head::kGovernment},       {"association", Head::kNgo},
    {"authority", Head::kGovernment},      {"bank", Head::kCompany},
    {"battalion", Head::kGovernment},      {"bhd", Head::kCompany},
    {"board", Head::kMaybeGov},
    {"brigade", Head::kGovernment},        {"bureau", Head::kGovernment},
    {"campaign", Head::kNgo},              {"cantonment", Head::kGovernment},
    {"center", Head::kMaybeGov},           {"centre", Head::kMaybeGov},
    {"chamber", Head::kGovernment},
    {"club", Head::kNgo},
    {"co", Head::kCompany},                {"coalition", Head::kNgo},
    {"command", Head::kGovernment},        {"commissariat", Head::kGovernment},
    {"commission", Head::kMaybeGov},       {"committee", Head::kMaybeGov},
    {"company", Head::kCompany},           {"confederation", Head::kNgo},
    {"congress", Head::kNgo},
    {"consulate", Head::kGovernment},      {"corp", Head::kCompany},
    {"corporation", Head::kCompany},       {"council", Head::kMaybeGov},
    {"court", Head::kGovernment},          {"delegation", Head::kGovernment},
    {"department", Head::kGovernment},     {"directorate", Head::kGovernment},
    {"embassy", Head::kGovernment},        {"entity", Head::kMaybeGov},
    {"federation", Head::kNgo},
    {"force", Head::kGovernment},          {"forces", Head::kGovernment},
    {"forum", Head::kNgo},
    {"foundation", Head::kNgo},            {"front", Head::kNgo},
    {"gendarmerie", Head::kGovernment},
    {"gmbh", Head::kCompany},              {"government", Head::kGovernment},
    {"group", Head::kCompany},             {"hall", Head::kGovernment},
    {"holdings", Head::kCompany},          {"inc", Head::kCompany},
    {"industries", Head::kCompany},        {"initiative", Head::kNgo},
    {"inspectorate", Head::kGovernment},   {"institute", Head::kMaybeGov},
    {"international", Head::kNgo},
    {"league", Head::kNgo},                {"llc", Head::kCompany},
    {"ltd", Head::kCompany},               {"ministry", Head::kGovernment},
    {"mission", Head::kGovernment},        {"movement", Head::kNgo},
    {"municipality", Head::kGovernment},
    {"navy", Head::kGovernment},           {"network", Head::kNgo},
    {"office", Head::kMaybeGov},           {"organisation", Head::kNgo},
    {"organization", Head::kNgo},          {"parliament", Head::kGovernment},
    {"party", Head::kParty},               {"plc", Head::kCompany},
    {"police", Head::kGovernment},         {"prison", Head::kGovernment},
    {"project", Head::kNgo},               {"registry", Head::kMaybeGov},
    {"regulator", Head::kGovernment},
    {"secretariat", Head::kGovernment},    {"senate", Head::kGovernment},
    {"service", Head::kMaybeGov},
    {"society", Head::kNgo},               {"tribunal", Head::kGovernment},
    {"union", Head::kNgo},                 {"unit", Head::kGovernment},
    {"watch", Head::kNgo},
});

constexpr auto kCompanyWords = std::to_array<std::string_view>({
    "ab", "ag", "airlines", "airways", "asa", "bancorp", "bank", "bankers", "bhd", "brewery",
    "bv", "casino", "cement", "chemical", "chemicals", "cie", "co", "communications", "corp",
    "corporation", "electric", "electronics", "energy", "enterprises", "equities", "exchange",
    "financial", "fund", "gmbh", "group", "holdings", "hotel", "inc", "industries", "insurance",
    "investment", "investments", "jsc", "kk", "llc", "llp", "loan", "lp", "ltd",
    "manufacturers", "mining", "motors", "nv", "oil", "oy", "pcl", "petroleum",
    "pharmaceutical", "pharmaceuticals", "plc", "properties", "pte", "pty", "realty", "resorts",
    "sa", "savings", "securities", "shipping", "spa", "steel", "stock", "systems", "tbk",
    "technologies", "technology", "telecom", "trading", "trust",
});

constexpr auto kSportWords = std::to_array<std::string_view>({
    "athletic", "athletics", "badminton", "baseball", "basketball", "boxing", "champions",
    "chess", "cricket", "cycling", "fc", "football", "golf", "hockey", "olympic",
    "premier", "racing", "rowing", "rugby", "soccer", "sport", "sports", "swimming", "taekwondo", "tennis",
    "volleyball", "wrestling",
});

constexpr auto kCivilSocietyWords = std::to_array<std::string_view>({
    "action", "advocacy", "aid", "anti", "apparel", "children", "churches", "citizen", "citizens",
    "civic", "civil", "clothes", "communities", "community", "conflict", "conservation", "corruption", "crescent",
    "cross", "defence",
    "defenders", "defense", "democracy", "democratic", "development", "disability", "domestic",
    "education", "election", "elections", "environment", "environmental", "equality", "ethnic",
    "farmer", "farmers", "fisheries", "fishers", "forest", "free", "freedom", "garment",
    "housing", "human", "independent", "indigenous", "informal", "journalism", "journalists",
    "justice", "labor", "labour", "land", "law", "lawyers", "legal", "media", "migrant", "migrants", "minorities",
    "missionary",
    "monks", "peace", "policy", "press", "prisoners", "protection", "refugee", "refugees", "rights", "service",
    "solidarity", "students", "supporters", "survivors", "teachers", "textile", "trafficking", "transparency",
    "victims", "vulnerable", "women", "worker", "workers", "youth",
});

constexpr auto kStrongCivilWords = std::to_array<std::string_view>({
    "advocacy", "churches", "communities", "community", "consumers", "defenders", "democracy", "farmers", "human",
    "indigenous", "journalists", "migrants", "missionary", "monks", "rights", "students",
    "supporters", "survivors",
    "teachers", "trades", "unions", "victims", "women", "workers", "youth",
});

constexpr auto kDocumentWords = std::to_array<std::string_view>({
    "act", "agreement", "bill", "charter", "code", "constitution", "convention", "declaration",
    "decree", "law", "plan", "policy", "prakas", "program", "programme", "protocol", "report",
    "resolution", "rules", "strategy", "treaty",
});

constexpr auto kStateWords = std::to_array<std::string_view>({
    "anti", "capital", "central", "constitutional", "district", "federal", "general",
    "government", "inter", "municipal", "national", "parliamentary", "provincial", "royal",
    "state", "supreme",
});

constexpr auto kPlaceNouns = std::to_array<std::string_view>({
    "airport", "avenue", "boulevard", "bridge", "checkpoint", "city", "clinic", "commune",
    "district",
    "factory", "highway", "hospital", "hotel", "island", "khan", "market", "municipality",
    "museum", "pagoda", "prison", "province", "road", "sangkat", "school", "stadium", "street",
    "town", "township", "university", "village",
});

}  // namespace

bool is_function_word(std::string_view key) { return classes(key) & kFunction; }
bool is_calendar_word(std::string_view key) { return classes(key) & kCalendar; }
bool is_honorific(std::string_view key) { return classes(key) & kHonorific; }

bool is_dotted_title(std::string_view key) {
  // Titles that are names too unless written with a full stop: "Sen." (Hun Sen), "Ven." (Ven
  // Pisal), "Gov.", "Rep.", "Pres.".
  return key == "sen" || key == "ven" || key == "gov" || key == "rep" || key == "pres";
}
bool is_rank(std::string_view key) { return classes(key) & kRank; }
bool is_role_noun(std::string_view key) { return classes(key) & kRole; }
bool is_role_modifier(std::string_view key) { return classes(key) & kRoleModifier; }
bool is_speech_verb(std::string_view key) { return classes(key) & kSpeech; }
bool is_never_name(std::string_view key) { return classes(key) & kNeverName; }
bool is_company_word(std::string_view key) { return classes(key) & kCompany; }
bool is_sport_word(std::string_view key) { return classes(key) & kSport; }
bool is_civil_society_word(std::string_view key) { return classes(key) & kCivil; }
bool is_state_word(std::string_view key) { return classes(key) & kState; }
bool is_strong_civil_word(std::string_view key) { return classes(key) & kStrongCivil; }
bool is_document_word(std::string_view key) { return classes(key) & kDocument; }
bool is_place_noun(std::string_view key) { return classes(key) & kPlaceNoun; }

bool is_building_word(std::string_view key) {
  static constexpr auto kBuildings = std::to_array<std::string_view>(
      {"apartment", "apartments", "building", "buildings", "condominium", "gardens", "grounds", "hill", "house",
       "mall", "plaza", "square", "tower"});
  return is_place_noun(key) || std::binary_search(kBuildings.begin(), kBuildings.end(), key);
}

bool is_venue_word(std::string_view key) {
  static constexpr auto kVenues = std::to_array<std::string_view>(
      {"bar", "bistro", "cafe", "caf\xC3\xA9", "casino", "grill", "hotel", "karaoke", "lounge", "pub", "resort",
       "restaurant", "spa"});
  return std::binary_search(kVenues.begin(), kVenues.end(), key);
}

bool is_people_plural(std::string_view key) {
  static constexpr auto kPlurals = std::to_array<std::string_view>(
      {"children", "citizens", "farmers", "journalists", "men", "people", "peoples", "students", "teachers",
       "women", "workers"});
  return std::binary_search(kPlurals.begin(), kPlurals.end(), key);
}

bool is_business_mark(std::string_view key) {
  static constexpr auto kMarks = std::to_array<std::string_view>(
      {"afc", "cf", "co", "corp", "fc", "gmbh", "inc", "jsc", "ktv", "llc", "llp", "ltd", "plc", "pty", "sc"});
  return std::binary_search(kMarks.begin(), kMarks.end(), key);
}

bool is_spokes_word(std::string_view key) {
  return key == "spokesman" || key == "spokeswoman" || key == "spokesperson" ||
         key == "spokesmen" || key == "spokeswomen" || key == "spokespeople" ||
         key == "spokespersons";
}

Head head_kind(std::string_view key) {
  auto it = std::lower_bound(kHeads.begin(), kHeads.end(), key,
                             [](const HeadEntry& e, std::string_view k) { return e.key < k; });
  return it != kHeads.end() && it->key == key ? it->kind : Head::kNone;
}

uint32_t classes(std::string_view key) {
  // Built once from the tables; immutable afterwards, so safe to share between threads.
  static const KeyTable<uint32_t> table = [] {
    KeyTable<uint32_t> t;
    auto add = [&](const auto& words, uint32_t bit) {
      for (std::string_view w : words) {
        t[w] |= bit;
      }
    };
    add(kFunctionWords, kFunction);
    add(kCalendarWords, kCalendar);
    add(kHonorifics, kHonorific);
    add(kRanks, kRank);
    add(kRoleNouns, kRole);
    add(kRoleModifiers, kRoleModifier);
    add(kSpeechVerbs, kSpeech);
    add(kNeverNames, kNeverName);
    add(kCompanyWords, kCompany);
    add(kSportWords, kSport);
    add(kCivilSocietyWords, kCivil);
    add(kStrongCivilWords, kStrongCivil);
    add(kStateWords, kState);
    add(kPlaceNouns, kPlaceNoun);
    add(kDocumentWords, kDocument);
    for (std::string_view w : {"spokesman", "spokeswoman", "spokesperson", "spokesmen",
                               "spokeswomen", "spokespeople", "spokespersons"}) {
      t[w] |= kSpokes;
    }
    for (std::string_view w : {"sen", "ven", "gov", "rep", "pres"}) {
      t[w] |= kDottedTitle;
    }
    // (Businesses by what they do: a body of them is a trade body, "Sand Transporters' Association".)
    for (std::string_view w : {"business", "industry", "employers", "exporters", "manufacturers", "importers",
                               "traders", "dealers", "transporters", "retailers", "distributors", "developers",
                               "contractors", "bankers", "brokers", "operators"}) {
      t[w] |= kTrade;
    }
    for (std::string_view w : {"asociacion", "asociación", "associacao", "associação", "associazione", "centro",
                               "colectivo", "confederacion", "confederación", "coordinadora", "federacion",
                               "federación", "fondation", "fondazione", "fundacao", "fundación", "fundacion",
                               "fundação", "gewerkschaft", "instituto", "movimento", "movimiento", "observatorio", "observatório",
                               "sindacato", "sindicat", "sindicato", "stiftung", "syndicat", "verband", "verein", "vereinigung"}) {
      t[w] |= kHeadFirst;
    }
    for (const HeadEntry& h : kHeads) {
      t[h.key] |= static_cast<uint32_t>(h.kind) << kHeadShift;
    }
    return t;
  }();
  uint32_t c = table.find_or(key, 0);
  // "unions", "networks" (not "services": a trade's wares, "Financial Services", where one
  // "Service" may be a state's, "Korea Immigration Service").
  if (key.size() > 3 && key.back() == 's' && key != "services") {
    c |= ((table.find_or(key.substr(0, key.size() - 1), 0) >> kHeadShift) & 7u) << (kHeadShift + 3);
  }
  return c;
}

bool tables_sorted() {
  auto sorted = [](const auto& t) { return std::is_sorted(t.begin(), t.end()); };
  return sorted(kFunctionWords) && sorted(kCalendarWords) && sorted(kHonorifics) &&
         sorted(kRanks) && sorted(kRoleNouns) && sorted(kRoleModifiers) &&
         sorted(kSpeechVerbs) && sorted(kNeverNames) && sorted(kCompanyWords) &&
         sorted(kSportWords) && sorted(kCivilSocietyWords) && sorted(kStateWords) &&
         sorted(kStrongCivilWords) && sorted(kDocumentWords) &&
         sorted(kPlaceNouns) &&
         std::is_sorted(kHeads.begin(), kHeads.end(),
                        [](const HeadEntry& a, const HeadEntry& b) { return a.key < b.key; });
}

}  // namespace tonle::entities::lexicon
