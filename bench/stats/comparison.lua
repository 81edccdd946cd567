-- wrk script: requests the comparison URLs of urls.txt in turn (each thread from its own offset)
-- and prints the latency percentiles in one line for run.sh.
local urls = {}
for line in io.lines(os.getenv("BENCH_URLS")) do urls[#urls + 1] = line end
local counter = 0

function setup(thread)
  thread:set("offset", math.random(#urls))
end

function request()
  counter = counter + 1
  local i = ((offset or 0) + counter) % #urls + 1
  return wrk.format("GET", urls[i])
end

function done(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.status
      + summary.errors.timeout
  io.write(string.format("WRK p50_ms=%.2f p95_ms=%.2f p99_ms=%.2f rps=%.1f requests=%d errors=%d\n",
      latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
      summary.requests / (summary.duration / 1e6), summary.requests, errors))
end
