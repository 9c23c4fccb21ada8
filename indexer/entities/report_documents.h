// report_documents.h — the report rules for one-off documents (reports.h): documents to a
// session of the UN Human Rights Council, letters to lawmakers or a government abroad, treaty
// bodies' findings and European Parliament resolutions, and reports their author titles. Each
// reads one sentence. Pure functions; thread-safe.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/article.h"
#include "indexer/entities/reports.h"

namespace tonle::entities::report_documents {

// The first Human Rights Council session the article names by its number ("the Council's 63rd
// session"), if it names the Council at all. `whole_low` is the article in lower case.
std::optional<int> council_session_named(std::string_view whole_low);

// "Letter to the 54th session of the UN Human Rights Council" and its kin; a letter to the
// Council, or a rapporteur's report, that gives no session number in its sentence went to the
// session the article names elsewhere (`text_session`), else to the session of its days. `low`
// is the sentence in lower case, `whole_low` the article's.
std::optional<std::string> session_document(std::string_view low, std::string_view whole_low,
                                            const std::optional<Date>& published, std::optional<int> text_session);

// A letter to lawmakers or a government abroad: whom, and the countries the sentence names
// (Cambodia's own excepted).
struct LetterAbroad {
  bool lawmakers = false;  // a parliament, MPs, ...; else ministers or a government
  std::vector<std::string> countries;
};
std::optional<LetterAbroad> letter_abroad(std::string_view sentence, std::string_view low,
                                          const ReportContext& context);

// The findings of a UN treaty body or a European Parliament resolution ("" for neither).
std::string treaty_or_resolution(std::string_view sentence, std::string_view low);

// The title a sentence gives a report ("Amnesty's report, "Trapped Behind the Walls""), "" if none.
std::string quoted_title_near_report(std::string_view sentence);

// The NGO or state body among `entities` whose report the sentence names, "" if none.
std::string issuer_in(std::string_view sentence, const std::vector<Entity>& entities);

}  // namespace tonle::entities::report_documents
