-- http-mix.lua — wrk walks a list of request paths (written by bench/run.sh from the query mix,
-- passed as the script argument) and counts answers that are not 200. done() sums the threads'
-- counters (each wrk thread has its own Lua state).
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  dofile(args[1])  -- defines the global `paths`
  counter = 0
  bad = 0
end

function request()
  counter = counter + 1
  return wrk.format("GET", paths[(counter % #paths) + 1])
end

function response(status)
  if status ~= 200 then
    bad = bad + 1
  end
end

function done(summary, latency)
  local failed = 0
  for _, t in ipairs(threads) do
    failed = failed + t:get("bad")
  end
  io.write(string.format("RESULT requests=%d seconds=%.3f non200=%d socket_errors=%d p50_ms=%.3f p99_ms=%.3f\n",
    summary.requests, summary.duration / 1e6, failed,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    latency:percentile(50) / 1000, latency:percentile(99) / 1000))
end
