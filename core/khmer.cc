// khmer.cc — Khmer clusters and normalisation (khmer.h). Works on code points decoded here, so it
// needs no ICU and runs in the indexer's hot path without allocation per character.
#include "core/khmer.h"

#include <algorithm>
#include <array>

#include "core/text.h"

namespace tonle {

namespace {

constexpr char32_t kCoeng = 0x17D2;
constexpr char32_t kDa = 0x178A;
constexpr char32_t kTa = 0x178F;
constexpr char32_t kRo = 0x179A;
constexpr char32_t kVowelE = 0x17C1;

enum class Kind { kBase, kCoeng, kMark, kDropped, kIgnored, kSpace, kOther };

Kind kind_of(char32_t c) {
  if ((c >= 0x1780 && c <= 0x17B3) || c == 0x17D7 || c == 0x17DC) {
    return Kind::kBase;  // consonants, independent vowels, the repetition mark ៗ, avakrah
  }
  if (c == kCoeng) {
    return Kind::kCoeng;
  }
  if (c == 0x17B4 || c == 0x17B5) {
    return Kind::kDropped;  // the invisible inherent vowels
  }
  if ((c >= 0x17B6 && c <= 0x17D1) || c == 0x17D3 || c == 0x17DD) {
    return Kind::kMark;
  }
  if ((c >= 0x200B && c <= 0x200D) || c == 0x2060 || c == 0xFEFF || c == 0x00AD) {
    return Kind::kIgnored;  // zero-width space, (non-)joiners, word joiner, BOM, soft hyphen
  }
  if (c == ' ' || c == '\t' || c == 0xA0 || c == 0x202F) {
    return Kind::kSpace;
  }
  return Kind::kOther;
}

// Where a mark goes in a normalised cluster: robat, register shifters, vowels, then the rest.
int mark_rank(char32_t c) {
  if (c == 0x17CC) {
    return 0;
  }
  if (c == 0x17C9 || c == 0x17CA) {
    return 1;
  }
  if (c >= 0x17B6 && c <= 0x17C5) {
    return 2;
  }
  return 3;
}

// Stable: an element moves left only past elements it must precede.
template <class Before>
void insertion_sort(char32_t* a, size_t n, Before before) {
  for (size_t i = 1; i < n; ++i) {
    char32_t x = a[i];
    size_t j = i;
    for (; j > 0 && before(x, a[j - 1]); --j) {
      a[j] = a[j - 1];
    }
    a[j] = x;
  }
}

// One cluster being read: its base, subscripts and marks as typed.
class Cluster {
 public:
  bool open() const { return open_; }
  void start(char32_t base, size_t begin) {
    *this = Cluster{};
    open_ = true;
    base_ = base;
    begin_ = begin;
  }
  void start_marks(size_t begin) {
    *this = Cluster{};
    open_ = true;
    begin_ = begin;
  }
  void coeng() { coeng_pending_ = true; }
  bool takes_subscript() const { return open_ && coeng_pending_; }
  void subscript(char32_t c) {
    coeng_pending_ = false;
    if (subs_count_ < subs_.size()) {
      subs_[subs_count_++] = c == kDa ? kTa : c;
    }
  }
  void mark(char32_t c) {
    coeng_pending_ = false;
    if (marks_count_ < marks_.size()) {
      marks_[marks_count_++] = c;
    }
  }
  void extend(size_t end) { end_ = end; }
  size_t begin() const { return begin_; }
  size_t end() const { return end_; }

  // The normalised key; closes the cluster.
  std::string key() {
    open_ = false;
    std::string out;
    if (base_ != 0) {
      append_utf8(base_, out);
    }
    // Subscripts in typed order, but COENG RO after the others. (Insertion sorts: a handful of
    // elements, and std::stable_sort would allocate a buffer for every cluster.)
    insertion_sort(subs_.data(), subs_count_, [](char32_t a, char32_t b) { return a != kRo && b == kRo; });
    for (size_t i = 0; i < subs_count_; ++i) {
      append_utf8(kCoeng, out);
      append_utf8(subs_[i], out);
    }
    insertion_sort(marks_.data(), marks_count_, [](char32_t a, char32_t b) { return mark_rank(a) < mark_rank(b); });
    compose_split_vowels();
    char32_t last = 0;
    for (size_t i = 0; i < marks_count_; ++i) {
      if (marks_[i] != last) {  // a sign typed twice looks like one
        append_utf8(marks_[i], out);
      }
      last = marks_[i];
    }
    return out;
  }

 private:
  // E typed before or after II / AA is the one sign OE / OO.
  void compose_split_vowels() {
    size_t e = std::find(marks_.begin(), marks_.begin() + marks_count_, kVowelE) - marks_.begin();
    if (e == marks_count_) {
      return;
    }
    for (size_t i = 0; i < marks_count_; ++i) {
      char32_t composed = marks_[i] == 0x17B8 ? 0x17BE : marks_[i] == 0x17B6 ? 0x17C4 : 0;
      if (composed != 0) {
        marks_[i] = composed;
        std::copy(marks_.begin() + e + 1, marks_.begin() + marks_count_, marks_.begin() + e);
        --marks_count_;
        return;
      }
    }
  }

  bool open_ = false;
  bool coeng_pending_ = false;
  char32_t base_ = 0;
  std::array<char32_t, 4> subs_{};
  size_t subs_count_ = 0;
  std::array<char32_t, 8> marks_{};
  size_t marks_count_ = 0;
  size_t begin_ = 0;
  size_t end_ = 0;
};

// Walks `s` cluster by cluster: on_cluster(key, begin, end) for each Khmer cluster,
// on_other(begin, end, kind) for every other character (ignored ones excluded).
template <class OnCluster, class OnOther>
void walk(std::string_view s, OnCluster on_cluster, OnOther on_other) {
  Cluster cl;
  auto close = [&] {
    if (cl.open()) {
      size_t b = cl.begin();
      size_t e = cl.end();
      if (std::string key = cl.key(); !key.empty()) {  // empty: only invisible inherent vowels
        on_cluster(std::move(key), b, e);
      }
    }
  };
  for (size_t i = 0, len = 0; i < s.size(); i += len) {
    char32_t c = utf8_code_point_at(s, i, &len);
    Kind k = kind_of(c);
    switch (k) {
      case Kind::kBase:
        if (cl.takes_subscript()) {
          cl.subscript(c);
        } else {
          close();
          cl.start(c, i);
        }
        cl.extend(i + len);
        break;
      case Kind::kCoeng:
      case Kind::kMark:
      case Kind::kDropped:
        if (!cl.open()) {
          cl.start_marks(i);
        }
        if (k == Kind::kCoeng) {
          cl.coeng();
        } else if (k == Kind::kMark) {
          cl.mark(c);
        }
        cl.extend(i + len);
        break;
      case Kind::kIgnored:
        break;
      case Kind::kSpace:
      case Kind::kOther:
        close();
        on_other(i, i + len, k);
        break;
    }
  }
  close();
}

bool may_hold_khmer(std::string_view s) {
  return s.find("\xE1\x9E") != std::string_view::npos || s.find("\xE1\x9F") != std::string_view::npos;
}

}  // namespace

std::vector<KhmerSyllable> khmer_syllables(std::string_view utf8, uint32_t first_position,
                                           uint32_t* next_position) {
  std::vector<KhmerSyllable> out;
  uint32_t pos = first_position;
  bool in_run = false;
  if (may_hold_khmer(utf8)) {
    walk(
        utf8,
        [&](std::string key, size_t b, size_t e) {
          in_run = true;
          out.push_back(KhmerSyllable{.key = std::move(key), .position = pos++, .begin = b, .end = e});
        },
        [&](size_t, size_t, Kind k) {
          if (k == Kind::kOther && in_run) {
            in_run = false;
            ++pos;  // a gap: no phrase spans punctuation or another script
          }
        });
  }
  if (next_position != nullptr) {
    *next_position = pos + 1;
  }
  return out;
}

bool has_khmer_letter(std::string_view utf8) {
  if (!may_hold_khmer(utf8)) {
    return false;
  }
  for (size_t i = 0, len = 0; i < utf8.size(); i += len) {
    char32_t c = utf8_code_point_at(utf8, i, &len);
    if (c >= 0x1780 && c <= 0x17B3) {
      return true;
    }
  }
  return false;
}

bool only_khmer_letters(std::string_view utf8) {
  bool letters = false;
  bool other = false;
  walk(
      utf8, [&](const std::string&, size_t, size_t) { letters = true; },
      [&](size_t, size_t, Kind k) { other = other || k == Kind::kOther; });
  return letters && !other;
}

bool mostly_khmer(std::string_view utf8) {
  if (!may_hold_khmer(utf8)) {
    return false;
  }
  size_t khmer = 0;
  size_t latin = 0;
  for (size_t i = 0, len = 0; i < utf8.size(); i += len) {
    char32_t c = utf8_code_point_at(utf8, i, &len);
    khmer += c >= 0x1780 && c <= 0x17B3 ? 1 : 0;
    latin += (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= 0xC0 && c <= 0x24F) ? 1 : 0;
  }
  return khmer > latin;
}

std::string khmer_normalise(std::string_view utf8) {
  if (!may_hold_khmer(utf8) && utf8.find("\xE2\x80") == std::string_view::npos &&
      utf8.find("\xC2\xAD") == std::string_view::npos && utf8.find("\xEF\xBB\xBF") == std::string_view::npos &&
      utf8.find("\xE2\x81\xA0") == std::string_view::npos) {
    return std::string(utf8);
  }
  std::string out;
  out.reserve(utf8.size());
  walk(
      utf8, [&](const std::string& key, size_t, size_t) { out += key; },
      [&](size_t b, size_t e, Kind) { out.append(utf8.substr(b, e - b)); });
  return out;
}

}  // namespace tonle
