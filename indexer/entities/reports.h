// reports.h — the report, letter or statement an article answers: the `report` facet. One
// canonical value per real document, naming its issuer, its kind and the year or session it
// covers ("Country Reports on Human Rights Practices for 2022 (US Department of State)",
// "Letter to the 54th session of the UN Human Rights Council"), so that two outlets' accounts of
// the same answer share it and the same annual report in another year does not.
//
// Found by rules over sentences: a report series named by its kind ("human rights report",
// "World Report") with its issuer nearby, its year written before or after it, an edition
// ("its 45th annual human rights report"), or else worked out from the publication date; a
// letter, statement or rapporteur's report "to the Nth session" of the Human Rights Council;
// letters to a foreign parliament; a report an NGO or body gives a title ("Amnesty's report,
// 'Trapped Behind the Walls'"). The series are data (kSeries in reports.cc), not per-article
// cases. Pure functions; thread-safe.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/article.h"

namespace tonle::entities {

// What the rules may know besides the text.
struct ReportContext {
  std::optional<Date> published;   // resolves a year or session the text leaves out
  std::vector<Entity> entities;    // the article's bodies: the issuers of titled reports
  // The country a word names ("Australian" → "Australia"), "" for none: whose parliament a
  // letter went to. May be empty.
  std::function<std::string(std::string_view word)> country_of;
};

// The reports `text` (title, paragraph break, body: EntityExtractor::article_text) answers, as
// entities of Facet::kReport, most named first. At most two; none for text that names none.
std::vector<Entity> find_reports(std::string_view text, const ReportContext& context);

}  // namespace tonle::entities
