// org_grammar.cc — see org_grammar.h.
#include "indexer/entities/org_grammar.h"

#include <algorithm>
#include <array>
#include <cctype>

#include "indexer/entities/lexicon.h"
#include "indexer/entities/org_descriptions.h"

namespace tonle::entities {

namespace {

// An industry whose workers a union organises ("Railway and Transport Union").
bool is_industry_of_workers(std::string_view key) {
  static constexpr auto kTrades = std::to_array<std::string_view>({
      "agricultural", "airline", "aviation", "banking", "chemical", "communication", "communications",
      "construction", "dock", "education", "electrical", "energy", "engineering", "garment", "hospitality",
      "maritime", "media", "metal", "mining", "nursing", "plantation", "postal", "rail", "railway",
      "railways", "rubber", "seafarers", "shipping", "steel", "telecom", "telecommunications", "textile",
      "tourism", "transit", "transport"});
  return std::binary_search(kTrades.begin(), kTrades.end(), key);
}


using lexicon::Head;

// Words a party's name is made of ("Democratic", "People", "Rescue"): a party head needs one,
// or a political context, to be read as a party rather than a band or a birthday.
constexpr auto kPoliticalWords = std::to_array<std::string_view>({
    "alliance", "candlelight", "christian", "communist", "conservative", "democracy",
    "democratic", "democrats", "development", "freedom", "front", "green", "greens",
    "independence", "independent", "justice", "khmer", "labor", "labour", "liberal",
    "movement", "nation", "national", "nationalist", "people", "peoples", "power",
    "progressive", "reform", "republican", "rescue", "revolutionary", "social", "socialist",
    "solidarity", "unionist", "united", "unity", "will", "workers",
});

// Words near a party's name that make it politics: "the opposition Khmer Will Party".
constexpr auto kPoliticalContext = std::to_array<std::string_view>({
    "ballot", "campaign", "candidate", "candidates", "coalition", "elected", "election",
    "elections", "lawmaker", "lawmakers", "leader", "mp", "mps", "opposition", "parliament",
    "parliamentary", "parties", "party", "polls", "president", "ruling", "seats", "vote", "voted",
    "voters", "votes", "voting",
});

template <size_t N>
bool in(const std::array<std::string_view, N>& table, std::string_view key) {
  return std::binary_search(table.begin(), table.end(), key);
}

// The head kind of a word, or of its singular ("Unions", "Networks").
Head head_of(const Word& w) { return lexicon::head_of_classes(w.lex); }

bool is_connector(std::string_view key) {
  return key == "of" || key == "for" || key == "on" || key == "to" || key == "the" ||
         key == "and" || key == "de" || key == "du" || key == "des" || key == "in" ||
         key == "at" || key == "against";
}
bool mission_head(std::string_view key) {
  return key == "delegation" || key == "mission" || key == "embassy" || key == "office";
}

bool opens_complement(std::string_view key) {
  return key == "of" || key == "for" || key == "on" || key == "to" || key == "against";
}

bool is_number(const Word& w) {
  return !w.key.empty() && std::all_of(w.key.begin(), w.key.end(),
                                       [](char c) { return c >= '0' && c <= '9'; });
}

// A date starts at word k: a month or weekday, or a month's abbreviation written as one ("Dec.")
// or followed by a day ("Dec 9"). ("Jan" alone may be a name: Jan Egeland.)
bool starts_date(const std::vector<Word>& w, size_t k) {
  static constexpr std::array<std::string_view, 12> kMonths = {
      "apr", "aug", "dec", "feb", "jan", "jul", "jun", "mar", "nov", "oct", "sep", "sept"};
  if (k >= w.size()) {
    return false;
  }
  if (lexicon::is_calendar_word(w[k])) {
    return true;
  }
  bool abbreviation = std::find(kMonths.begin(), kMonths.end(), w[k].key) != kMonths.end();
  return abbreviation && ((w[k].gap_after & kGapAbbrev) || (k + 1 < w.size() && is_number(w[k + 1])));
}

// Words of an earlier mention that may sit inside an organisation's name. A generic body's name
// may open a longer one ("Senate Banking Committee") but not follow its head ("Anti-Cybercrime
// Department of the National Police" is two bodies).
bool may_be_inside(const Scan& scan, size_t i, bool head_seen = false) {
  const Mention* m = scan.at(i);
  return m == nullptr || m->kind == MentionKind::kPlace || m->kind == MentionKind::kCountry ||
         (m->kind == MentionKind::kOther && !m->dropped) ||
         (!head_seen && m->is_body() && m->generic && m->facet == Facet::kMinistry);
}

// A person's name starts at n: a known family or given name and then a capitalised word no
// English text writes in lower case ("Ministry of Interior Sar Sokha said").
bool person_starts(const Scan& scan, const Gazetteer& g, size_t n) {
  const std::vector<Word>& w = scan.words;
  return n + 1 < w.size() && g.is_name_word(w[n].key) && joined(w, n) && w[n + 1].capitalized &&
         !g.is_common_word(w[n + 1].key) && head_of(w[n + 1]) == Head::kNone;
}

bool of_kind(const Scan& scan, size_t i, MentionKind kind) {
  const Mention* m = scan.at(i);
  return m != nullptr && m->kind == kind && !m->dropped;
}

// "Ministry of Land Management, Urban Planning and Construction": after a comma inside a
// complement, one to four capitalised words and then another comma or "and" continue the list.
bool comma_list_continues(const std::vector<Word>& w, size_t n) {
  // An item may open with "the": "Department of Climate Change, Energy, the Environment and
  // Water"; but "the" and a head open another body ("..., the Public Utilities Board, ...").
  bool the = n + 1 < w.size() && w[n].key == "the" && !w[n].capitalized && joined(w, n);
  if (the) {
    ++n;
  }
  for (size_t k = n, count = 0; k < w.size() && count < 4; ++k, ++count) {
    if (!w[k].capitalized || w[k].sentence_start || (the && head_of(w[k]) != Head::kNone)) {
      return false;
    }
    if (w[k].gap_after == kGapComma) {
      return k + 1 < w.size() && (w[k + 1].capitalized || (w[k + 1].key == "the" && k + 2 < w.size() &&
                                                            joined(w, k + 1) && w[k + 2].capitalized));
    }
    if (!joined(w, k)) {
      return false;
    }
    if (k + 2 < w.size() && w[k + 1].key == "and" && w[k + 2].capitalized) {
      return true;
    }
  }
  return false;
}

// A head word within the next few capitalised words from n (no punctuation between): "and Wood
// Workers Trade Union Federation" may continue a name, "and Chan Vibol said" may not.
bool head_follows(const Scan& scan, const Gazetteer& g, size_t n) {
  const std::vector<Word>& w = scan.words;
  for (size_t k = n; k < w.size() && k < n + 6 && w[k].capitalized; ++k) {
    if (person_starts(scan, g, k)) {
      return false;
    }
    if (head_of(w[k]) != Head::kNone) {
      return true;
    }
    if (!joined(w, k)) {
      break;
    }
  }
  return false;
}

// Words that leave a body's name generic, only a part of its parent ("Permanent Committee").
bool generic_qualifier(std::string_view key) {
  return key == "permanent" || key == "standing" || key == "executive" || key == "general" ||
         key == "joint" || key == "special" || key == "steering";
}

// "Permanent Committee of the National Assembly": a body whose own words are only a head and
// generic qualifiers takes its parent, a state body named after "of (the)", into its name
// ("the Anti-Cybercrime Department of the National Police" names two bodies).
const Mention* parent_body(const Scan& scan, const std::vector<size_t>& run, size_t n) {
  const std::vector<Word>& w = scan.words;
  const Mention* parent = scan.mention_starting_at(n);
  if (parent == nullptr || !parent->is_body() || parent->facet != Facet::kMinistry || run.size() < 2) {
    return nullptr;
  }
  size_t of = w[run.back()].key == "the" ? run.size() - 2 : run.size() - 1;
  if (w[run[of]].key != "of" || of < 2) {
    return nullptr;
  }
  for (size_t p = 0; p < of; ++p) {
    if (!generic_qualifier(w[run[p]].key) && head_of(w[run[p]]) == Head::kNone) {
      return nullptr;
    }
  }
  return head_of(w[run[of - 1]]) != Head::kNone ? parent : nullptr;
}

// "Consumer Protection, Competition and Fraud Repression Directorate-General": before the head,
// plain capitalised words (no place or other name) listed with commas, the last item joined by
// "and" and followed by the head.
bool pre_head_list(const Scan& scan, const Gazetteer& g, const std::vector<size_t>& run, size_t n) {
  const std::vector<Word>& w = scan.words;
  for (size_t p : run) {
    if (scan.at(p) != nullptr || head_of(w[p]) != Head::kNone) {
      return false;
    }
  }
  for (size_t k = n; k < w.size() && k < n + 5; ++k) {
    if (w[k].key == "and" && !w[k].capitalized) {
      return head_follows(scan, g, k + 1);
    }
    if (!w[k].capitalized || !(joined(w, k) || w[k].gap_after == kGapComma) || scan.at(k) != nullptr) {
      return false;
    }
  }
  return false;
}

// Heads that name no body alone and, after "the", refer to one the text has named.
bool anaphoric_head(std::string_view key) {
  return key == "ministry" || key == "department" || key == "directorate" || key == "committee" ||
         key == "commission" || key == "authority" || key == "agency";
}

// A party's name from word k, past "the": capitalised words, one of them a party's head.
bool party_follows(const std::vector<Word>& w, size_t k) {
  if (k < w.size() && w[k].key == "the") {
    ++k;
  }
  for (size_t end = k + 5; k < w.size() && k < end && w[k].capitalized; ++k) {
    if (head_of(w[k]) == Head::kParty) {
      return true;
    }
    if (!joined(w, k)) {
      break;
    }
  }
  return false;
}

// The capitalised run at i: words joined by spaces, hyphens and connectors, stopping at a
// possessive, a weekday, a role word after the head, or a word of another mention.
std::vector<size_t> run_at(const Scan& scan, const Gazetteer& g, size_t i) {
  const std::vector<Word>& w = scan.words;
  std::vector<size_t> run = {i};
  bool complement = false;
  bool and_used = false;
  // A document's title takes connectors like a body's name: "Law on Associations and ...".
  bool head_seen = head_of(w[i]) != Head::kNone || lexicon::is_document_word(w[i]);
  size_t k = i;
  // A possessive ends a name ("Japan's Finance Ministry"), but a plural's belongs in one:
  // "Progressive People's Alliance", "Children's Rights Network".
  auto plural_possessive = [&](const Word& word) { return lexicon::is_people_plural(word.key); };
  // ... and an office's holder's: "Ombudsman's Office", "Attorney General's Office", "Prosecutor's
  // Office".
  auto holders_office = [&](size_t at) {
    const Word& word = w[at];
    bool holder = lexicon::is_role_noun(word) || word.key == "ombudsman" || word.key == "general" ||
                  word.key == "auditor";
    return holder && word.capitalized && joined(w, at) && w[at + 1].capitalized && w[at + 1].key == "office";
  };
  while (k + 1 < w.size() && (!w[k].possessive || plural_possessive(w[k]) || holders_office(k))) {
    size_t n = k + 1;
    const Word& next = w[n];
    bool listed = w[k].gap_after == kGapComma && (complement || pre_head_list(scan, g, run, n)) &&
                  comma_list_continues(w, n);
    // A title before a name ends a body's name: "Ministry of Information H.E. Tep Sokhom".
    bool title = (lexicon::is_honorific(next) || lexicon::is_rank(next)) &&
                 joined(w, n) && w[n + 1].capitalized && head_of(w[n + 1]) == Head::kNone &&
                 !lexicon::is_state_word(w[n + 1]);
    // A known non-facet name inside a run ends it, but in a complement or at its start
    // ("Benchmark Chicago Board of Trade wheat" is no body; "Delegation of the European Union").
    const Mention* inside = scan.at(n);
    bool known_other = inside != nullptr && inside->kind == MentionKind::kOther && !complement &&
                       inside->first == n;
    if (const Mention* parent = complement ? parent_body(scan, run, n) : nullptr) {
      for (size_t p = n; p <= parent->last; ++p) {
        run.push_back(p);
      }
      break;
    }
    if (known_other || (!joined(w, k) && !listed) || !may_be_inside(scan, n, head_seen) ||
        lexicon::is_calendar_word(next) || title ||
        (head_seen && person_starts(scan, g, n))) {
      break;
    }
    // "Sok Dara The Ministry of Health": an article inside a run starts another phrase.
    bool article = next.key == "the" || next.key == "a" || next.key == "an";
    if (next.capitalized && article && !complement) {
      break;
    }
    if (next.capitalized && !next.sentence_start) {
      bool role = lexicon::is_role_noun(next) || lexicon::is_spokes_word(next) || next.key == "prime";
      // (In a complement, a role after a country ends it too: "Bank of Zambia Governor X".)
      bool after_country = of_kind(scan, k, MentionKind::kCountry) || of_kind(scan, k, MentionKind::kPlace);
      if (role && head_seen && head_of(next) == Head::kNone &&
          (!complement || w[k].key == "of" || after_country)) {
        break;  // "Ministry Spokesman ...", "Workers' Party of President Lula": the name ended
      }
      // A cause's preposition in title case opens a complement as a lower-case one does:
      // "Coalition Against Forced Labour in Cambodia".
      complement = complement || (head_seen && (next.key == "against" || next.key == "without"));
      head_seen = head_seen || head_of(next) != Head::kNone;
      run.push_back(n);
      k = n;
      continue;
    }
    if (is_number(next) && head_seen) {
      run.push_back(n);  // "Battalion 411"
      k = n;
      continue;
    }
    // ("... passed by the National Assembly on Dec. 9": a date after the link ends the name.)
    bool follows = joined(w, n) && !starts_date(w, n + 1) &&
                   (w[n + 1].capitalized || (w[n + 1].key == "the" && joined(w, n + 1) && w[n + 2].capitalized));
    // Before any head only "and" may join ("Building and Wood Workers Trade Union Federation").
    if (!is_connector(next.key) || next.capitalized || !follows ||
        (!head_seen && next.key != "and")) {
      break;
    }
    // After a head, "and" starts another name ("... District Administration and the ...
    // Commune Administration"); a head that only qualifies may go on ("Senate Environment and
    // Public Works Committee").
    if (next.key == "and" && head_seen && !complement && head_of(w[k]) != Head::kNone) {
      break;
    }
    // In a complement, "and the" opens another name: "the League of Women Voters of Ohio and the
    // ACLU of Ohio" are two bodies.
    if (next.key == "and" && complement && w[n + 1].key == "the") {
      break;
    }
    if (next.key == "and") {
      size_t after = w[n + 1].key == "the" ? n + 2 : n + 1;
      // "Ministry of Interior and the Ministry of Justice": two names, not one.
      // (In a complement a subject may be a head's word: "Ministry of Digital Economy and Society".)
      bool subject_head = complement && (w[after].key == "society" || w[after].key == "community") &&
                          !(joined(w, after) && w[after + 1].capitalized);
      if (and_used || (head_of(w[after]) != Head::kNone && !subject_head) ||
          (!complement && (person_starts(scan, g, i) || !head_follows(scan, g, after) ||
                           (i > 0 && joined(w, i - 1) && w[i - 1].capitalized && !lexicon::is_function_word(w[i - 1]))))) {
        break;
      }
      and_used = true;
    }
    if ((next.key == "in" || next.key == "at") && !complement) {
      break;
    }
    // "sits in the Senate for the Liberal Party": whom a member sits for, no part of the name.
    if (next.key == "for" && party_follows(w, n + 1)) {
      break;
    }
    // "to" opens a complement only for a mission's name ("Delegation of the European Union to
    // Cambodia"), never a verb's ("sent officers from its Cyber Unit to Phnom Penh").
    if (next.key == "to" && !complement && !mission_head(w[k].key)) {
      break;
    }
    complement = complement || opens_complement(next.key);
    run.push_back(n);
    k = n;
  }
  while (run.size() > 1 && is_connector(w[run.back()].key) && !w[run.back()].capitalized) {
    run.pop_back();
  }
  // "the Department of Labour Disputes of the Ministry": a bare generic head after "of the" points
  // back at a body named before; it is no part of this one's name ("of the Ministry of Labour" is).
  if (size_t n = run.size(); n >= 4 && w[run[n - 3]].key == "of" && w[run[n - 2]].key == "the" &&
                             anaphoric_head(w[run[n - 1]].key) &&
                             std::any_of(run.begin(), run.end() - 3,
                                         [&](size_t p) { return head_of(w[p]) != Head::kNone; })) {
    run.resize(n - 3);
  }
  return run;
}

// A word of politics in the sentence of words [first, last], outside them.

std::optional<Facet> classify(const Scan& scan, size_t first, size_t last, size_t head) {
  const std::vector<Word>& w = scan.words;
  bool state = false, civil = false, company = false, sport = false, political = false;
  bool placed = false, strong_civil = false, trade = false, members_own = false;
  for (size_t k = first; k <= last; ++k) {
    const std::string& key = w[k].key;
    state = state || lexicon::is_state_word(w[k]);
    strong_civil = strong_civil || lexicon::is_strong_civil_word(w[k]);
    civil = civil || strong_civil || lexicon::is_civil_society_word(w[k]);
    // "Professional Footballers' Association", "Nurses' Union": a body of its members, named in
    // the plural possessive (a trade body's members are firms: "Exporters' Association").
    std::string_view after = w[k].end < scan.text.size() ? scan.text.substr(w[k].end) : std::string_view();
    members_own = members_own || (k != head && w[k].capitalized && !lexicon::is_trade_word(w[k]) &&
                                  key.size() > 3 && key.back() == 's' &&
                                  (after.starts_with("'") || after.starts_with("\xE2\x80\x99")));
    // ... or without the apostrophe, right before it: "Rugby League Players Association".
    members_own = members_own || (k + 1 == head && (key == "players" || lexicon::is_people_plural(key)) &&
                                  (w[head].key == "association" || w[head].key == "union"));
    // A trade's word in a body's name makes it a trade body: "Siem Reap Tourism Business
    // Association", "Garment Exporters Association" (in a description, "an industry watchdog
    // group" may still be civil society's: org_descriptions.h).
    trade = trade || (k != head && lexicon::is_trade_word(w[k]));
    company = company || (lexicon::is_company_word(w[k]) && k != head) ||
              head_of(w[k]) == Head::kCompany || trade;
    sport = sport || lexicon::is_sport_word(w[k]);
    political = political || (k != head && in(kPoliticalWords, key));
    placed = placed || of_kind(scan, k, MentionKind::kPlace) ||
             (k != first && of_kind(scan, k, MentionKind::kCountry));
  }
  // "Ministry of Brewing Co.", "Bureau of Games Inc", "Ministry of Interior FC": a legal form or
  // a club's mark ending the name makes a company or a club, whatever head its name borrows.
  if (last > head && lexicon::is_business_mark(w[last].key)) {
    return std::nullopt;
  }
  Head kind = head_of(w[head]);
  // "Korea Immigration Service", "Internal Revenue Service": a service is the state's when it
  // names a state's task; any other ("IDD Information Service", "Security Guard Service") is
  // no facet's.
  if (w[head].key == "service") {
    static constexpr std::array<std::string_view, 23> kStateTasks = {
        "ambulance", "border", "civil", "coast", "correctional", "customs", "diplomatic", "evaluation",
        "fire", "forest", "forestry", "geological", "health", "immigration", "intelligence", "marshals",
        "meteorological", "naturalisation", "naturalization", "police", "prison", "prisons", "revenue"};
    bool task = false;
    for (size_t k = first; k < head; ++k) {
      task = task || std::ranges::find(kStateTasks, w[k].key) != kStateTasks.end();
    }
    return task ? std::optional<Facet>(Facet::kMinistry) : std::nullopt;
  }
  bool cambodian_story = scan.story_country == "Cambodia";
  std::string_view h = w[head].key;
  bool ngo_default = h.starts_with("cent") || h == "institute";
  // "Nigeria Labour Congress", "Trade Union Congress of Nigeria": a federation of unions; a
  // "National Congress" a legislature ("the National Congress of Brazil"); any other congress
  // a party or a meeting, named in the gazetteer when known.
  if (h == "congress") {
    bool labour = false;
    for (size_t k = first; k <= last; ++k) {
      std::string_view key = w[k].key;
      labour = labour || key == "labour" || key == "labor" || key == "trade" || key == "trades" ||
               key == "union" || key == "unions" || key == "workers";
    }
    bool national = head == first + 1 && w[first].key == "national";
    return labour ? std::optional<Facet>(Facet::kNgo)
                  : national ? std::optional<Facet>(Facet::kMinistry) : std::nullopt;
  }
  // "Queensland Tourism Industry Council", "Business Council of Australia": a trade's council,
  // not the state's.
  if (h == "council" && trade) {
    return std::nullopt;
  }
  // "Chamber of Deputies", "Chamber of Representatives": a legislature's house; a chamber of
  // commerce or of mines is business's.
  if (h == "chamber" || h == "chambers") {
    bool house = head + 2 <= last && w[head + 1].key == "of" &&
                 (w[head + 2].key == "deputies" || w[head + 2].key == "representatives" ||
                  w[head + 2].key == "senators" || w[head + 2].key == "councillors");
    return house ? std::optional<Facet>(Facet::kMinistry) : std::nullopt;
  }
  // Company and sports words unmake NGOs, parties and centres, not state bodies: the
  // "Securities and Exchange Commission" is a regulator, the "Ministry of Youth and Sports" a
  // ministry, the "Paris Club" no club of sport.
  bool state_kind = kind == Head::kGovernment || (kind == Head::kMaybeGov && !ngo_default);
  // ... but a union or association of workers or supporters is civil society's whatever they
  // work in or support ("Casino Workers' Union", "Football Supporters' Association").
  bool members_body = kind == Head::kNgo && (strong_civil || members_own);
  // "Cambodia Rights Group", "Migrant Working Group": a group with civil society's strong words,
  // or a working group on its topic, is one ("Land Rover Group", "Apparel Group" are companies).
  bool working_group = head > first && w[head - 1].key == "working" && civil;
  if (kind == Head::kCompany && h.starts_with("group") && (strong_civil || working_group) && !sport &&
      std::none_of(w.begin() + static_cast<std::ptrdiff_t>(first), w.begin() + static_cast<std::ptrdiff_t>(last) + 1,
                   [&](const Word& x) { return &x != &w[head] && lexicon::is_company_word(x); })) {
    return Facet::kNgo;
  }
  // A country's central bank is the state's: "Central Bank of Chile", "Bank of Ghana" ("Bank of
  // China" and "Bank of America", commercial banks, are listed in the gazetteer).
  if (h == "bank" && head == first && head + 2 <= last && w[head + 1].key == "of") {
    const Mention* c = scan.at(head + 2);
    if (c != nullptr && c->kind == MentionKind::kCountry && c->first == head + 2 && c->last == last) {
      return Facet::kMinistry;
    }
  }
  // "Central Bank", "the Turkish Central Bank", "Central Bank of Kenya", "Reserve Bank of India":
  // "Central" (or "Reserve") first, or only a
  // country before it ("Finance Minister X and Central Bank" is no name), and only a country after
  // it ("Central Bank of Volusia County" is a commercial bank).
  if (h == "bank" && head > first && (w[head - 1].key == "central" || w[head - 1].key == "reserve")) {
    bool country_only = head - 1 == first || (of_kind(scan, first, MentionKind::kCountry) &&
                                              scan.at(first)->last + 1 == head - 1);
    const Mention* after = last > head + 1 ? scan.at(head + 2) : nullptr;
    bool complement_ok = last == head || (w[head + 1].key == "of" && after != nullptr &&
                                          after->kind == MentionKind::kCountry &&
                                          after->first == head + 2 && after->last == last);
    return country_only && complement_ok ? std::optional<Facet>(Facet::kMinistry) : std::nullopt;
  }
  // "the Prairie Policy Centre, a left-leaning think tank,": described, right after it, as civil
  // society's (org_descriptions.h).
  bool described = !state_kind && described_as(scan, last) == Facet::kNgo && civic_description(scan, last);
  if (described && !sport) {
    return Facet::kNgo;
  }
  if ((sport || company) && !state_kind && !members_body) {
    return std::nullopt;
  }
  // ... and a sport's own bodies are no state's: the "Athletics Integrity Unit", the "Court of
  // Arbitration for Sport", unless the state's words or a ministry's head say so ("Provincial
  // Department of Youth and Sports").
  // (A regulator is set up by law: the "Independent Football Regulator" is the state's.)
  bool ministry_head = h == "ministry" || h.starts_with("department") || h == "directorate" ||
                       h == "secretariat" || h == "administration" || h == "regulator";
  // ("Anti" alone is no state's word here: the "Cycling Anti-Doping Authority" is the sport's.)
  bool state_beyond_anti = false;
  for (size_t k = first; k <= last; ++k) {
    state_beyond_anti = state_beyond_anti || (lexicon::is_state_word(w[k]) && w[k].key != "anti");
  }
  if (sport && state_kind && !state_beyond_anti && !ministry_head) {
    return std::nullopt;
  }
  // "Provincial Hall", "City Hall" are administrations; "Albert Hall" is a concert venue.
  if (h == "hall") {
    std::string_view before = head > first ? std::string_view(w[head - 1].key) : std::string_view();
    bool seat = before == "provincial" || before == "municipal" || before == "city" || before == "town" ||
                before == "district" || before == "commune" || before == "capital" || before == "village";
    if (!seat) {
      return std::nullopt;
    }
  }
  switch (kind) {
    case Head::kGovernment:
      return Facet::kMinistry;
    case Head::kMaybeGov: {
      // Centres and institutes are NGOs unless the state's words say otherwise; committees,
      // commissions, councils, agencies and offices are the state's unless strong civil-society
      // words say otherwise ("Cambodian Human Rights Action Committee").
      // ... but with the state's words too it is a national institution ("National Human
      // Rights Commission of Thailand", "Cambodian National Council for Women").
      // (A country's name is no state's word here: the "Kenya Human Rights Commission" is an
      // NGO, the "Kenya National Commission on Human Rights" the state's.)
      if (strong_civil) {
        return state ? Facet::kMinistry : Facet::kNgo;
      }
      if (ngo_default) {
        // "National Center for Parasitology" is the state's; "Lower Mekong Policy Institute" not.
        if (state) {
          return Facet::kMinistry;
        }
        return civil || cambodian_story ? std::optional<Facet>(Facet::kNgo) : std::nullopt;
      }
      return Facet::kMinistry;
    }
    case Head::kNgo: {
      // "Trade Unions", "South African Trade Unions" (of the "Congress of ..."): unions in the
      // plural are a kind of body, not the name of one.
      if (h == "unions" && last == head) {
        return std::nullopt;
      }
      // "the opposition Orange Democratic Movement", "the ruling United Democratic Alliance":
      // movements, alliances and fronts with a party's words, in a sentence about politics.
      // A union only with an ideology's word ("Independent Democratic Union", "Christian Social
      // Union"): a "National Union of Seafarers" in a sentence about politics is still a union.
      bool ideology = false;
      for (size_t k = first; k <= last; ++k) {
        std::string_view key = w[k].key;
        ideology = ideology || key == "democratic" || key == "christian" || key == "liberal" ||
                   key == "conservative" || key == "socialist" || key == "communist" ||
                   key == "republican" || key == "nationalist" || key == "revolutionary" ||
                   key == "greens";
      }
      bool party_like = h == "movement" || h == "alliance" || h == "front" || (h == "union" && ideology);
      // "the opposition Patriotic Front": a description before it says it is a party.
      bool described = first > 0 && (w[first - 1].key == "opposition" || w[first - 1].key == "ruling" ||
                                     w[first - 1].key == "governing") && !w[first - 1].capitalized;
      if (party_like && (!strong_civil || ideology) &&
          (described || (political && political_sentence(scan, first, last)))) {
        return Facet::kParty;
      }
      // Associations, clubs and organisations are NGOs in Cambodian news; in other news only
      // with civil society's words ("American Soybean Association" is a trade body). A union of
      // workers is civil society's anywhere ("Musicians' Union"); of countries, the gazetteer's.
      // Its members are named in the plural ("Teamsters Union", "National Union of
      // Mineworkers", "Police Union"); "First Union", "Brooklyn Union" and "Soviet Union" are no
      // unions of workers.
      bool members = false;
      for (size_t k = first; k <= last; ++k) {
        const std::string& key = w[k].key;
        // (Collective nouns name members too: "Police Union", "Staff Union".)
        members = members || (k != head && w[k].capitalized && key.size() > 3 &&
                              ((key.back() == 's' && !key.ends_with("ss")) || key.ends_with("men") ||
                               key == "police" || key == "staff" || key == "personnel"));
      }
      // A union named for the trades it organises: "Railway and Transport Union", "Postal Union".
      bool trades = false;
      for (size_t k = first; k < head; ++k) {
        trades = trades || (w[k].capitalized && is_industry_of_workers(w[k].key));
      }
      bool trade_union = h.starts_with("union") && !placed && (members || trades);
      // A federation of unions: "Japanese Trade Union Confederation", "Labour Federation of X".
      bool of_unions = (h.ends_with("federation") || h == "congress") &&
                       std::any_of(w.begin() + static_cast<std::ptrdiff_t>(first), w.begin() + static_cast<std::ptrdiff_t>(head),
                                   [](const Word& x) {
                                     return x.key == "union" || x.key == "unions" || x.key == "labour" ||
                                            x.key == "labor" || x.key == "workers";
                                   });
      trade_union = trade_union || of_unions;
      // A foundation is a charity's or a think tank's anywhere ("Joseph Rowntree Foundation").
      bool foundation = h.starts_with("foundation");
      bool of_members = members_own && (h == "association" || h.starts_with("union") || h == "federation");
      return civil || trade_union || foundation || of_members || cambodian_story ? std::optional<Facet>(Facet::kNgo)
                                                                   : std::nullopt;
    }
    case Head::kParty:
      // A political word in the name, or in the same sentence: "the ruling ... Party".
      return political || political_sentence(scan, first, last) ? std::optional<Facet>(Facet::kParty)
                                                                 : std::nullopt;
    default:
      return std::nullopt;
  }
}

std::string country_inside(const Scan& scan, const Gazetteer& g, size_t first, size_t last) {
  for (size_t k = first; k <= last; ++k) {
    const Mention* m = scan.at(k);
    // A country, a place, or an international body the name builds on ("OPEC Differentials
    // Committee" is OPEC's, no country's).
    if (m != nullptr && !m->dropped && m->entry != kNoEntry &&
        (m->kind == MentionKind::kCountry || m->kind == MentionKind::kPlace ||
         m->kind == MentionKind::kOther)) {
      return g.entries()[m->entry].country;
    }
  }
  return "";
}

}  // namespace

std::string ministry_name(std::string_view subject) {
  std::string s(subject);
  if (s == "Foreign" || s == "foreign") {
    s = "Foreign Affairs";
  } else if (s == "Defense" || s == "defense") {
    s = "Defence";
  }
  if (!s.empty()) {
    s[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(s[0])));
  }
  return "Ministry of " + s;
}

std::optional<std::string> department_name(const Gazetteer& g, const Word& subject) {
  // "Police Department", "Fire Department": a city's service, named so; "Florida Department",
  // "Meteorological Department": a place's or an adjective's, kept as written.
  const std::string& key = subject.key;
  if (key == "police" || key == "fire" || key == "sheriff" || key == "state" || key.ends_with("al") ||
      !g.is_common_word(key)) {
    return std::nullopt;
  }
  std::string s(subject.surface);
  if (subject.possessive) {
    return std::nullopt;
  }
  return "Department of " + (key == "foreign" ? std::string("Foreign Affairs") : s);
}

namespace {

// A country as a body's name says it: "the Philippines", "the United States", "Laos".
std::string country_in_name(std::string_view country) {
  // Plural names take "the" (the Philippines, the Solomon Islands); Laos, Cyprus and Honduras
  // do not.
  static constexpr std::string_view kPlural[] = {"Bahamas", "Comoros", "Maldives", "Netherlands", "Philippines",
                                                 "Seychelles"};
  bool the = country.starts_with("United ") || country.ends_with(" Islands") || country.ends_with(" Union") ||
             country.find("Republic") != std::string_view::npos ||
             std::find(std::begin(kPlural), std::end(kPlural), country) != std::end(kPlural);
  return (the ? "the " : "") + std::string(country);
}

}  // namespace

std::string government_name(std::string_view country) {
  return "Government of " + country_in_name(country);
}

std::string embassy_name(std::string_view country) {
  return "Embassy of " + country_in_name(country);
}

namespace {

// A word that ends a force's name after its head: "Police Service", "Police Headquarters",
// "Army Region", "Army Command", "Forces Headquarters".
bool closes_head(std::string_view head, std::string_view next) {
  if (head == "police") {
    return next == "service" || next == "headquarters";
  }
  if (head == "army" || head == "forces" || head == "navy") {
    return next == "region" || next == "command" || next == "headquarters";
  }
  return false;
}

}  // namespace

std::optional<OrgName> org_at(const Scan& scan, const Gazetteer& g, size_t i) {
  const std::vector<Word>& w = scan.words;
  const Word& start = w[i];
  // In a headline capitals prove nothing: names found in the story are carried there later.
  bool country_word = of_kind(scan, i, MentionKind::kCountry);  // "US Embassy"
  if (!start.capitalized || start.headline || !may_be_inside(scan, i) ||
      (lexicon::is_function_word(start) && !country_word) ||
      lexicon::is_calendar_word(start) ||
      lexicon::is_honorific(start) || lexicon::is_spokes_word(start)) {
    return std::nullopt;
  }
  std::vector<size_t> run = run_at(scan, g, i);
  // "Law on Associations and Non-Governmental Organisations": a document's title; but a
  // document's word before a head names a body ("Law Society of Kenya", "Law Commission").
  bool body_after = run.size() > 1 && head_of(w[run[1]]) != Head::kNone;
  if ((lexicon::is_document_word(start) && !body_after) ||
      (run.size() > 1 && lexicon::is_document_word(w[run.back()]) && w[run.back()].capitalized)) {
    return OrgName{.first = i, .last = run.back(), .head = i, .facet = std::nullopt,
                   .canonical = span_text(scan.text, w, i, run.back()), .document = true};
  }
  size_t pre_end = run.size();
  for (size_t p = 1; p < run.size(); ++p) {
    // Title case capitalises a cause's preposition: "World Organisation Against Torture",
    // "Alliance Without Borders" ("Of", "For" stay lower case in any name worth reading).
    const Word& word = w[run[p]];
    bool cause = word.key == "against" || word.key == "without";
    if ((opens_complement(word.key) || cause) && (!word.capitalized || cause)) {
      pre_end = p;
      break;
    }
  }
  std::optional<size_t> head_pos;
  for (size_t p = 0; p < pre_end; ++p) {
    if (head_of(w[run[p]]) != Head::kNone && !of_kind(scan, run[p], MentionKind::kPlace)) {
      head_pos = p;
    }
  }
  if (!head_pos) {
    return std::nullopt;
  }
  size_t head = run[*head_pos];
  // "Poipet International Checkpoint": "International" qualifies a noun that is no head.
  if (w[head].key == "international" && *head_pos + 1 < pre_end &&
      !of_kind(scan, run[*head_pos + 1], MentionKind::kCountry)) {
    return std::nullopt;
  }
  size_t last = *head_pos + 1 == pre_end ? run.back() : head;
  std::string_view hk = w[head].key;
  bool numbered_unit = hk == "battalion" || hk == "brigade" || hk == "unit" || hk == "regiment";
  if (last == head && *head_pos + 1 < run.size() && w[head].gap_after == kGapHyphen &&
      w[run[*head_pos + 1]].key == "general") {
    last = run[*head_pos + 1];  // "Directorate-General", "Secretariat-General"
  }
  if (last == head && *head_pos + 1 < run.size() && closes_head(w[head].key, w[run[*head_pos + 1]].key)) {
    last = run[*head_pos + 1];  // "National Police Service", "Second Army Region"
  }
  if (last == head && numbered_unit && *head_pos + 1 < run.size() && is_number(w[run[*head_pos + 1]])) {
    last = run[*head_pos + 1];  // "Battalion 411 of the Royal Cambodian Armed Forces"
  }
  // "Migrant Workers Network Cambodia", "Transparency International Cambodia": an NGO's name
  // may end with its country.
  if (last == head && head_of(w[head]) == Head::kNgo && *head_pos + 1 < run.size() &&
      of_kind(scan, run[*head_pos + 1], MentionKind::kCountry) &&
      scan.at(run[*head_pos + 1])->last == run[*head_pos + 1]) {
    last = run[*head_pos + 1];
  }
  // "the rap group Royal Council Crew", "the Senate Tigers": a capitalised word right after the
  // head that no rule explains (a role, a title, a date or a person would have ended the run)
  // makes the head a modifier of some other name.
  if (last == head && *head_pos + 1 < run.size() && run[*head_pos + 1] == head + 1 &&
      w[head + 1].capitalized && scan.at(head + 1) == nullptr && !is_number(w[head + 1]) &&
      head_of(w[head + 1]) == Head::kNone && !lexicon::is_document_word(w[head + 1]) && !w[head].headline) {
    return std::nullopt;
  }
  size_t first = run.front();
  // "Opposition People's Party MP X", "Ruling Justice Party": a description opening a sentence
  // or a headline is no part of the name after it.
  std::string_view opener = w[first].key;
  if ((opener == "opposition" || opener == "ruling" || opener == "governing") && first + 1 < head) {
    ++first;
  }
  // "Chief Government Spokesperson X", "Deputy Government Spokesman": a role's rank, no body's.
  if (lexicon::is_role_modifier(w[first]) && w[head].key == "government" && first + 1 == head) {
    return std::nullopt;
  }
  std::string country;
  // A country word before a body any country has says whose it is ("Thai Foreign Ministry",
  // "the US Embassy"); before other names it is part of the name ("Malaysian Palm Oil Board",
  // "Royal Thai Army").
  std::string_view head_word = w[head].key;
  bool state_head = head_word == "ministry" || head_word == "embassy" || head_word == "consulate" ||
                    head_word == "government" || head_word == "senate" || head_word == "parliament" ||
                    head_word == "assembly" || head_word == "department" || head_word == "cabinet" ||
                    head_word == "police" || head_word == "bureau" || head_word == "court" ||
                    head_word == "army" || head_word == "navy" || head_word == "commission" ||
                    head_word == "bank";
  if (state_head && of_kind(scan, first, MentionKind::kCountry)) {
    const Mention* c = scan.at(first);
    // The country's own name before a commission, police, court or bureau is part of that
    // body's name ("Korea Fair Trade Commission", "Sri Lanka Police"); an adjective or a short
    // form says whose it is ("the Thai Immigration Bureau", "the US Senate").
    std::string written = span_text(scan.text, w, c->first, c->last);
    // ("Philippine National Police": an adjective before "National" is part of the name too.)
    // ("The Philippines’ Commission on Human Rights": a plural's possessive says whose.)
    std::string_view after = std::string_view(scan.text).substr(w[c->last].end);
    bool owner = after.starts_with("'") || after.starts_with("\xE2\x80\x99");
    bool own_name = !owner && (c->canonical == written || c->canonical.ends_with(" " + written) ||
                               (c->last + 1 < head && w[c->last + 1].key == "national"));
    // "Nigerian Electricity Regulatory Commission (NERC)": an acronym the article defines for
    // the name with its country word says the word is part of the name.
    std::vector<std::string> keys = keys_of(scan, first, last);
    bool defined = std::any_of(scan.learned.begin(), scan.learned.end(),
                               [&](const LearnedAlias& la) { return la.long_keys == keys; });
    bool named_body = head_word == "commission" || head_word == "police" || head_word == "court" ||
                      head_word == "bureau" || head_word == "army" || head_word == "navy";
    // "Indonesian Broadcasting Commission", "Nigerian Copyright Commission": an adjective
    // before a commission with a subject of its own is part of its name; the commissions every
    // country has stay generic ("the Thai Election Commission": Thailand's Election Commission).
    std::string_view subject = c->last + 1 < head ? std::string_view(w[c->last + 1].key) : "";
    bool every_country = subject == "election" || subject == "electoral" || subject == "human" ||
                         subject == "anti" || subject == "national" ||
                         g.generic_alias(keys_of(scan, c->last + 1, last));
    bool adjective = written.find('.') == std::string::npos && !w[c->first].all_caps;  // not "U.S.", "UK"
    bool adjective_named = adjective && !owner && !own_name && head_word == "commission" && !subject.empty() &&
                           !every_country;
    if (c->last < head && !(own_name && named_body) && !defined && !adjective_named) {
      country = c->canonical;
      first = c->last + 1;
    } else if (c->last < head) {
      country = c->canonical;  // whose it is, though its name says so already
    }
  }
  // "the Thai Embassy": one head word and a country make a name; otherwise two words at least.
  std::string_view head_key = w[head].key;
  bool mission = head_key == "embassy" || head_key == "consulate" || head_key == "delegation";
  if (last == first && !(mission && !country.empty())) {
    return std::nullopt;
  }
  // "Provincial Administration clarifies ...", "the Municipal Court": a local level and a head
  // with no place say what kind of body, not which one ("Federal Police" is one body).
  bool only_kind = last == head && head > first;
  for (size_t k = first; k < head && only_kind; ++k) {
    std::string_view key = w[k].key;
    only_kind = (key == "provincial" || key == "municipal" || key == "district" || key == "capital") &&
                scan.at(k) == nullptr;
  }
  if (only_kind) {
    return std::nullopt;
  }
  OrgName org;
  org.first = first;
  org.last = last;
  org.head = head;
  org.facet = classify(scan, first, last, head);
  // A congress that is no federation of unions is no organisation's head at all ("uproar in
  // Congress"): a legislature or a party the gazetteer names.
  if (!org.facet && head_key == "congress") {
    return std::nullopt;
  }
  // The country word left out of a state body's name belongs to any other: "Kenya Human Rights
  // Commission" is an NGO's whole name.
  if (!country.empty() && org.facet != Facet::kMinistry && !mission) {
    first = run.front();
    org.first = first;
    country.clear();
  }
  // A part of an international body ("ILO Committee on Freedom of Association", "the ILO's
  // Committee ...", "OPEC Differentials Committee") is that body's and no facet's, like the
  // UN's organs and rapporteurs.
  auto international = [&](size_t k) {
    const Mention* m = scan.at(k);
    return m != nullptr && m->kind == MentionKind::kOther && m->entry != kNoEntry &&
           g.entries()[m->entry].country == "international";
  };
  // ... and so is a university's centre or institute ("Harvard University's Asia Center").
  bool owned = first > 0 && w[first - 1].possessive &&
               (international(first - 1) || w[first - 1].key == "university" ||
                w[first - 1].key == "college");
  bool rapporteur = false;
  for (size_t k = first; k <= last; ++k) {
    rapporteur = rapporteur || w[k].key == "rapporteur" || w[k].key == "rapporteurs";
  }
  // "Office of the UN Special Envoy": a part named after an international body is its part
  // (a delegation or mission to a country is a body of its own).
  bool part_of_international = false;
  bool to_a_country = head_key == "delegation" || head_key == "mission" || head_key == "embassy";
  for (size_t k = head + 1; k + 1 <= last && !to_a_country; ++k) {
    if (w[k].key == "of") {
      size_t after = w[k + 1].key == "the" ? k + 2 : k + 1;
      part_of_international = after <= last && international(after);
      break;
    }
  }
  if (international(first) || owned || rapporteur || part_of_international) {
    org.facet = std::nullopt;
  }
  std::string inside = country_inside(scan, g, first, last);
  org.country = !country.empty() ? country : inside;
  org.generic = org.facet == Facet::kMinistry && inside.empty();
  if (head_key == "ministry" && head == last && head > first) {
    org.canonical = ministry_name(span_text(scan.text, w, first, head - 1));
  } else if (auto department = head_key == "department" && head == last && head == first + 1
                                   ? department_name(g, w[first]) : std::nullopt) {
    org.canonical = *department;  // "Justice Department" -> "Department of Justice"
  } else if (head_key == "embassy" && !org.country.empty()) {
    org.canonical = embassy_name(org.country);
    org.generic = false;
  } else {
    org.canonical = span_text(scan.text, w, first, last);
    // "Kampot Provincial Hall" is the provincial administration, under its official name.
    // So is a Cambodian town's "City Hall" ("Poipet City Hall").
    bool cambodian = org.country.empty() || org.country == "Cambodia";
    if (head_key == "hall" && head == last && head > first &&
        (lexicon::is_state_word(w[head - 1]) || (w[head - 1].key == "city" && cambodian && head - 1 > first))) {
      org.canonical = span_text(scan.text, w, first, head - 1) + " Administration";
    }
  }
  return org;
}

namespace {

// "Thai Lawyers for Human Rights", "Physicians Without Borders", "Mothers Against Hunger": people
// gathered for a cause, a name with no head word that makes an NGO.
bool people_for_cause(const Scan& scan, size_t first, size_t last) {
  static constexpr std::array<std::string_view, 18> kPeople = {
      "citizens", "doctors", "engineers", "farmers", "friends", "journalists", "lawyers",
      "mothers", "nurses", "parents", "physicians", "reporters", "scientists", "students",
      "teachers", "veterans", "women", "youth"};
  const std::vector<Word>& w = scan.words;
  size_t k = first;
  if (of_kind(scan, k, MentionKind::kCountry) && k < last) {
    k = scan.at(k)->last + 1;  // "Thai", "Cambodian": whose people they are
  }
  return k + 2 <= last && w[k].capitalized && in(kPeople, w[k].key) && joined(w, k) &&
         (w[k + 1].key == "for" || w[k + 1].key == "without" || w[k + 1].key == "against") &&
         w[k + 2].capitalized;
}

}  // namespace

std::optional<Facet> classify_org(const Scan& scan, const Gazetteer&, size_t first, size_t last) {
  if (people_for_cause(scan, first, last)) {
    return Facet::kNgo;
  }
  std::optional<size_t> head;
  for (size_t k = first; k <= last; ++k) {
    if (opens_complement(scan.words[k].key) && head) {
      break;
    }
    if (head_of(scan.words[k]) != Head::kNone) {
      head = k;
    }
  }
  return head ? classify(scan, first, last, *head) : std::nullopt;
}

bool political_sentence(const Scan& scan, size_t first, size_t last) {
  const std::vector<Word>& w = scan.words;
  size_t s = first;
  while (s > 0 && !w[s].sentence_start) {
    --s;
  }
  for (size_t k = s; k < w.size() && (k == s || !w[k].sentence_start); ++k) {
    if ((k < first || k > last) && in(kPoliticalContext, w[k].key)) {
      return true;
    }
  }
  return false;
}

}  // namespace tonle::entities
