// encoding.h — bytes in a legacy character set (Windows-1252, ISO-8859-x, TIS-620, ...) made
// UTF-8: ICU's charset detector picks the set (honouring one the page declares), ICU's converter
// converts. Besides the analyzer, this is the one other place ICU is used: an archive's old pages
// reach the parsers as UTF-8 or not at all. Pure functions; safe from any thread.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace tonle {

struct Converted {
  std::string text;     // UTF-8
  std::string charset;  // the set it was read as ("windows-1252")
  int confidence = 0;   // the detector's, 0-100 (100 when the page declared the set)
};

// For bytes that are not UTF-8: their text in UTF-8, or nullopt if no set fits them.
// `declared`: the charset the file names for itself ("<meta charset=...>"), if any.
std::optional<Converted> to_utf8(std::string_view bytes, std::string_view declared = {});

// The charset an HTML page declares in its first bytes ("windows-1252"), or "".
std::string declared_charset(std::string_view bytes);

}  // namespace tonle
