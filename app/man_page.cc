// man_page.cc — tonle(1) from the CLI definition, declared in man_page.h.
#include "app/man_page.h"

#include <sstream>

namespace tonle::cli {

std::string roff_escape(const std::string& text) {
  std::string out;
  for (char c : text) {
    if (c == '\\') {
      out += "\\e";
    } else if (c == '-') {
      out += "\\-";
    } else {
      out += c;
    }
  }
  if (!out.empty() && (out.front() == '.' || out.front() == '\'')) {
    out.insert(0, "\\&");
  }
  return out;
}

namespace {

// One subcommand: its synopsis, what it does, and each option with its default.
void write_command(std::ostringstream& out, const CLI::App& cmd) {
  out << ".SS \"tonle " << roff_escape(cmd.get_name()) << "\"\n" << roff_escape(cmd.get_description()) << "\n";
  for (const CLI::Option* opt : cmd.get_options()) {
    std::string name = opt->get_name(/*positional=*/false, /*all_options=*/true);
    if (name == "-h,--help" || name.empty()) {
      continue;
    }
    out << ".TP\n\\fB" << roff_escape(opt->get_name(true, true)) << "\\fR";
    if (!opt->get_type_name().empty() && !opt->get_positional()) {
      out << " \\fI" << roff_escape(opt->get_type_name()) << "\\fR";
    }
    out << "\n" << roff_escape(opt->get_description());
    // (A path default is where this build found the file; an installed tonle's is under FILES.)
    const std::string& def = opt->get_default_str();
    if (!def.empty()) {
      out << " (default: " << (def.front() == '/' ? std::string("see FILES") : roff_escape(def)) << ")";
    }
    out << "\n";
  }
}

}  // namespace

std::string man_page(const CLI::App& app) {
  std::ostringstream out;
  out << ".TH TONLE 1 \"\" \"tonle\" \"User Commands\"\n"
      << ".SH NAME\ntonle \\- full\\-text search for a news archive, with entity facets\n"
      << ".SH SYNOPSIS\n.B tonle\n.I command\n[\\fIoptions\\fR]\n"
      << ".SH DESCRIPTION\n" << roff_escape(app.get_description()) << ".\n"
      << "It reads articles (scraped text pages, plain text with front matter, JSON Lines, HTML), "
         "finds their title, date, outlet and entities (spokespeople with the body they speak for, "
         "ministries, NGOs, parties, people), writes a Xapian index, and serves ranked, faceted "
         "search over HTTP.\n"
      << ".SH COMMANDS\n";
  for (const CLI::App* cmd : app.get_subcommands([](const CLI::App*) { return true; })) {
    write_command(out, *cmd);
  }
  out << ".SH FILES\n"
      << ".TP\n.I <prefix>/share/tonle/gazetteer.txt\nThe known entities and their aliases "
         "(format at the top of the file); \\fBtonle index \\-\\-gazetteer\\fR overrides it.\n"
      << ".TP\n.I <prefix>/share/tonle/static/\nThe web pages' style sheet and script; "
         "\\fBtonle serve \\-\\-static\\fR overrides it.\n"
      << ".SH EXIT STATUS\n0 success; 1 partial success (some files skipped); 2 failure.\n"
      << ".SH SEE ALSO\nThe project's README.md, docs/API.md and docs/ENTITIES.md.\n";
  return out.str();
}

}  // namespace tonle::cli
