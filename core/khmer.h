// khmer.h — Khmer syllables (orthographic clusters) and the letter normalisation readers expect.
//
// Khmer is written without spaces between words, and a dictionary splits a passage differently
// in different contexts, so a word the reader types may not be a word of the index. A cluster —
// a base letter with its subscripts (COENG + letter), vowel signs and diacritics — does not
// depend on context: the index keeps every cluster of every Khmer run with its position, and a
// Khmer query word also matches as the phrase of its clusters (the way CJK engines index bigrams
// beside dictionary words).
//
// Normalisation (khnormal style, after SIL's Khmer normalisation rules) makes forms that look the
// same compare equal: zero-width spaces, joiners and soft hyphens are ignored; COENG DA is
// written COENG TA; within a cluster the subscripts come first (COENG RO last), then register
// shifters, vowels and the other signs, each in a fixed order; a vowel typed in two halves
// (E + II, E + AA) becomes the one vowel sign.
//
// Pure functions of their input; thread-safe.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace tonle {

struct KhmerSyllable {
  std::string key;        // the normalised cluster: what goes into the index
  uint32_t position = 0;  // consecutive within a run; runs are at least two apart
  size_t begin = 0;       // byte offsets of the cluster in the input
  size_t end = 0;
};

// Every cluster of every Khmer run of `utf8`. A run is Khmer letters and signs, possibly across
// spaces and zero-width characters; punctuation, digits and other scripts end it. Positions start
// at `first_position`; `*next_position` (when given) receives a position that starts a new run.
std::vector<KhmerSyllable> khmer_syllables(std::string_view utf8, uint32_t first_position = 0,
                                           uint32_t* next_position = nullptr);

// True if `utf8` holds a Khmer letter (a consonant or independent vowel).
bool has_khmer_letter(std::string_view utf8);

// True if `utf8` is Khmer letters and signs only, perhaps with spaces and zero-width characters
// between them: no punctuation ("។ល។", "ម.ស."), digits or other scripts.
bool only_khmer_letters(std::string_view utf8);

// True if `utf8` has more Khmer letters than Latin ones: a line of a Khmer text.
bool mostly_khmer(std::string_view utf8);

// `utf8` with every Khmer cluster normalised as above; other text is copied unchanged.
std::string khmer_normalise(std::string_view utf8);

}  // namespace tonle
