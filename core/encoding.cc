// encoding.cc — see encoding.h.
#include "core/encoding.h"

#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>

#include <algorithm>
#include <cctype>
#include <memory>

#include "core/text.h"

namespace tonle {

namespace {

struct DetectorCloser {
  void operator()(UCharsetDetector* d) const { ucsdet_close(d); }
};

// Converts with ICU; nullopt if the set is unknown or the bytes do not fit it.
std::optional<std::string> convert(std::string_view bytes, const char* charset) {
  UErrorCode status = U_ZERO_ERROR;
  std::string out(bytes.size() * 3 + 4, '\0');
  int32_t n = ucnv_convert("UTF-8", charset, out.data(), static_cast<int32_t>(out.size()), bytes.data(),
                           static_cast<int32_t>(bytes.size()), &status);
  if (U_FAILURE(status) || n < 0) {
    return std::nullopt;
  }
  out.resize(static_cast<size_t>(n));
  return is_valid_utf8(out) ? std::optional<std::string>(std::move(out)) : std::nullopt;
}

// ISO-8859-1 as the detector names it is, on the web, Windows-1252 (which prints 0x80-0x9F as
// quotes and dashes where Latin-1 has control characters).
std::string web_name(std::string name) {
  std::string lower = to_lower_ascii(name);
  return lower == "iso-8859-1" || lower == "latin1" || lower == "us-ascii" ? "windows-1252" : name;
}

// The detector guesses UTF-16 or UTF-32 for short Latin text; such files begin with a byte-order
// mark (and would have been refused as binary for their NUL bytes without one).
bool wide_without_bom(std::string_view name, std::string_view bytes) {
  if (!to_lower_ascii(name).starts_with("utf-16") && !to_lower_ascii(name).starts_with("utf-32")) {
    return false;
  }
  auto starts = [&](std::string_view bom) { return bytes.starts_with(bom); };
  return !(starts("\xFF\xFE") || starts("\xFE\xFF"));
}

}  // namespace

std::string declared_charset(std::string_view bytes) {
  std::string head = to_lower_ascii(bytes.substr(0, 2048));
  size_t at = head.find("charset=");
  if (at == std::string::npos) {
    return "";
  }
  size_t begin = at + 8;
  while (begin < head.size() && (head[begin] == '"' || head[begin] == '\'' || head[begin] == ' ')) {
    ++begin;
  }
  size_t end = begin;
  while (end < head.size() && (std::isalnum(static_cast<unsigned char>(head[end])) || head[end] == '-' ||
                               head[end] == '_')) {
    ++end;
  }
  return head.substr(begin, end - begin);
}

std::optional<Converted> to_utf8(std::string_view bytes, std::string_view declared) {
  if (!declared.empty() && to_lower_ascii(declared) != "utf-8" && to_lower_ascii(declared) != "utf8") {
    std::string name = web_name(std::string(declared));
    if (auto text = convert(bytes, name.c_str())) {
      return Converted{std::move(*text), name, 100};
    }
  }
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UCharsetDetector, DetectorCloser> detector(ucsdet_open(&status));
  if (U_FAILURE(status)) {
    return std::nullopt;
  }
  ucsdet_setText(detector.get(), bytes.data(), static_cast<int32_t>(bytes.size()), &status);
  ucsdet_enableInputFilter(detector.get(), true);  // markup says nothing about the language
  int32_t found = 0;
  const UCharsetMatch** matches = ucsdet_detectAll(detector.get(), &found, &status);
  if (U_FAILURE(status)) {
    return std::nullopt;
  }
  for (int32_t i = 0; i < found; ++i) {
    UErrorCode s = U_ZERO_ERROR;
    const char* name = ucsdet_getName(matches[i], &s);
    if (U_FAILURE(s) || name == nullptr || to_lower_ascii(name) == "utf-8" || wide_without_bom(name, bytes)) {
      continue;  // not UTF-8: that much is known; UTF-16/32 text has a byte-order mark or NUL bytes
    }
    int confidence = ucsdet_getConfidence(matches[i], &s);
    std::string charset = web_name(name);
    if (auto text = convert(bytes, charset.c_str())) {
      return Converted{std::move(*text), charset, confidence};
    }
  }
  // Short or unusual text leaves the detector without a candidate: the web's default legacy set.
  if (auto text = convert(bytes, "windows-1252")) {
    return Converted{std::move(*text), "windows-1252", 0};
  }
  return std::nullopt;
}

}  // namespace tonle
