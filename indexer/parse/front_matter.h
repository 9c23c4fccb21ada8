// front_matter.h — the metadata block at the top of a plain-text article, as static-site
// generators and CMS exporters write it: YAML between "---" fences (Jekyll, Hugo, Eleventy,
// Astro) or TOML between "+++" fences (Hugo, Zola). Reads the headline, publication date, outlet
// and address under the names those tools use ("headline", "published", "publication", "site",
// "permalink", ...); other keys (author, tags, summary) are dropped with the block. Values are
// returned as written (dates are read by the caller). A pure function; safe from any thread.
#pragma once

#include <string>
#include <string_view>

namespace tonle::parse {

struct FrontMatter {
  std::string title, date, source, url;
  size_t length = 0;  // bytes the block takes, closing fence included; 0: no front matter
};

// The block at the very start of `text`, or an empty FrontMatter (length 0) when the text does
// not open with a fence or the fence is never closed.
FrontMatter read_front_matter(std::string_view text);

}  // namespace tonle::parse
