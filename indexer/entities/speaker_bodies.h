// speaker_bodies.h — which body a spokesperson speaks for, read from the words around the role
// and from the story: a body named by its kind ("the ministry's spokesman", "Court spokesman")
// resolved to the one the story names; a body named by one word of its full name ("Registry
// spokesman"); the body nearest before in the sentence or paragraph; ", of the Liberal Party,"
// after the name; and, for a bare "Deputy spokeswoman X", the body the story gives. The pieces
// spokesperson_rules.cc puts together. Pure functions over a Scan; thread-safe for distinct
// Scans.
#pragma once

#include <string>
#include <string_view>

#include "indexer/entities/scan.h"

namespace tonle::entities {

// True if `key` names a body by its kind: "ministry", "court", "party", "regulator", ...
bool is_kind_noun(std::string_view key);
// "Provincial police": the capitalised qualifier a kind noun at word `noun` may carry ("" none).
std::string qualifier_before(const Scan& scan, size_t noun);
// Adds body `m` to speaker `s` once.
void add_body(Speaker& s, const Scan& scan, const Mention& m);
// The body a word names by kind ("Court", "ministry's"), resolved in the article; nullptr none.
const Mention* kind_body(const Scan& scan, size_t k);
// The body named nearest before word i in the same sentence, or up to `back` sentences before.
const Mention* body_nearby(const Scan& scan, size_t i, size_t back);
// For a pronoun at word i that opens its sentence ("Its spokesman"): the body that opens the
// sentence before (its subject); nullptr if none does.
const Mention* subject_of_sentence_before(const Scan& scan, size_t i);
// The body a kind noun ("the ministry") in this or the previous sentence before word i refers to.
const Mention* kind_nearby(const Scan& scan, size_t i);
// The body a kind noun names earlier in word i's sentence, outside quotations ("Speaking at
// the ministry, spokesman X said").
const Mention* kind_earlier_in_sentence(const Scan& scan, size_t i);
// The body named nearest before word i in its paragraph, outside quotations.
const Mention* body_in_paragraph(const Scan& scan, size_t i);
// "Registry spokesman": the nearest body named in full before whose name holds word k.
const Mention* body_named_by_word(const Scan& scan, size_t k);
// ", of the Liberal Party," right after a name ending at `name_last`.
const Mention* body_after_name(const Scan& scan, size_t name_last);
// True if the role phrase [role_first, s] says nothing of whose spokesperson it is.
bool bare_role(const Scan& scan, size_t role_first, size_t s);
// For a bare role: the body the story gives (see speaker_bodies.cc).
const Mention* body_the_story_gives(const Scan& scan, size_t phrase_first, size_t name_last);

}  // namespace tonle::entities
