-- search-mix.lua — a wrk script that walks a fixed list of search requests (words, phrases,
-- facet filters, mode=any, deep pages, an article) over an index of generated articles with ids
-- a0, a1, ... (scripts/load-rebuild.sh), and counts every answer that is not a 200. wrk gives
-- each thread its own Lua state, so done() sums the per-thread counters through setup().
local paths = {
  "/api/search?q=%22Human+Rights+Watch%22",
  "/api/search?q=report",
  "/api/search?q=ministry+spokesman",
  "/api/search?q=HRW&ngo=Human+Rights+Watch",
  "/api/search?q=elections&mode=any",
  "/api/search?q=&year=2023&sort=newest",
  "/api/search?q=rights&page=5",
  "/search?q=Sokkhoeurn",
  "/api/search?q=%22unbalanced",
  "/api/articles/a1",
}
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  counter = 0  -- globals: read back by done() through thread:get
  bad = 0
end

function request()
  counter = counter + 1
  return wrk.format("GET", paths[(counter % #paths) + 1])
end

function response(status, headers, body)
  if status ~= 200 then
    bad = bad + 1
  end
end

function done(summary, latency, requests)
  local failed = 0
  for _, t in ipairs(threads) do
    failed = failed + t:get("bad")
  end
  io.write(string.format("requests: %d, non-200: %d, socket errors: %d\n", summary.requests,
    failed, summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
  io.write(string.format("latency p50 %.2f ms, p99 %.2f ms\n", latency:percentile(50) / 1000,
    latency:percentile(99) / 1000))
end
