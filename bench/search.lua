-- wrk script of the search benchmark: cycles through the fixed query mix (bench/queries.txt)
-- and prints p50/p95/p99 latency and throughput in one machine-readable line at the end.
-- BENCH_PATH: one address asked again and again instead (a static file of the same server, the floor of HTTP)
local queries = {}
local fixed = os.getenv("BENCH_PATH")
if fixed and fixed ~= "" then
  queries[1] = fixed
else
  local path = os.getenv("BENCH_QUERIES") or "bench/queries.txt"
  for line in io.lines(path) do
    if line ~= "" and line:sub(1, 1) ~= "#" then
      queries[#queries + 1] = "/api/v1/search?" .. line
    end
  end
end

local counter = 0

-- BENCH_THINK_MS: each connection is a user who waits a random time (exponential, this mean) after
-- an answer before the next search; without it every connection asks again at once (the most load)
local think = tonumber(os.getenv("BENCH_THINK_MS") or "0")

local threads = 0
function setup(thread)
  threads = threads + 1
  thread:set("id", threads)
end

function init(args)
  math.randomseed(os.time() + (id or 0) * 7919)
  -- threads start at different queries
  counter = math.random(0, #queries - 1)
end

if think > 0 then
  function delay()
    return -math.log(1 - math.random()) * think
  end
end

function request()
  counter = counter + 1
  return wrk.format("GET", queries[(counter % #queries) + 1], { ["Accept"] = "application/json" })
end

function done(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write
      + summary.errors.timeout + summary.errors.status
  io.write(string.format("WRK p50_ms=%.2f p95_ms=%.2f p99_ms=%.2f rps=%.1f requests=%d errors=%d\n",
      latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
      summary.requests / (summary.duration / 1e6), summary.requests, errors))
end
