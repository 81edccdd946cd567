-- One kind of request of the mixed load (bench/load/run.sh starts one wrk per kind, all at once).
-- LOAD_KIND: browse | search | suggest | save | publish
-- LOAD_THINK_MS: mean wait of each connection between requests (exponential), which sets the rate
-- LOAD_PATHS: file with one path per line (browse, search, suggest)
-- LOAD_COOKIE, LOAD_CSRF: the signed-in session (save, publish)
-- LOAD_IDS: file with "id version" per line, the submitted practices to publish (publish)
-- Prints one line: LOAD kind=... requests=... acked=... errors=... p50_ms p95_ms p99_ms rps
local kind = os.getenv("LOAD_KIND")
local think = tonumber(os.getenv("LOAD_THINK_MS") or "0")
local cookie = os.getenv("LOAD_COOKIE") or ""
local csrf = os.getenv("LOAD_CSRF") or ""

local function lines(path)
  local list = {}
  if path and path ~= "" then
    for line in io.lines(path) do
      if line ~= "" and line:sub(1, 1) ~= "#" then list[#list + 1] = line end
    end
  end
  return list
end

local function urlencode(s)
  return (s:gsub("[^%w%-%._~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

local paths = lines(os.getenv("LOAD_PATHS"))
local ids = lines(os.getenv("LOAD_IDS"))

local threads = {}
function setup(thread)
  thread:set("id", #threads + 1)
  table.insert(threads, thread)
end

-- globals, so that done() can read them from each thread; save and publish run with one thread and
-- one connection (run.sh), so each submitted practice is published once
counter, acked, refused, saved, next_id = 0, 0, 0, 0, 0

function init(args)
  math.randomseed(os.time() + (id or 0) * 7919)
  counter = math.random(0, math.max(#paths - 1, 0))
end

if think > 0 then
  function delay()
    return -math.log(1 - math.random()) * think
  end
end

local form = nil
local function save_body()
  saved = saved + 1
  local fields = {
    { "title", string.format("Obciążenie %d-%d-%d", id or 0, saved, math.random(1, 1e9)) },
    { "summary", "Szkic zapisany przez test obciążeniowy." }, { "section", "USLUGI_SPOLECZNE" },
    { "areas", "KULTURA" }, { "_areas", "on" }, { "types", "SPOLECZNA" }, { "_types", "on" },
    { "keywords", "kultura, seniorzy" }, { "startYear", "2021" }, { "ongoing", "true" },
    { "source", "ZGLOSZENIE_WLASNE" }, { "problem", "Problem." }, { "goals", "Cele." },
    { "solution", "Rozwiązanie." }, { "costPln", "12 500,50" }, { "fundingSources", "budżet" },
    { "people", "2 osoby" }, { "lessons", "Wnioski." }, { "transferConditions", "Warunki." },
    { "_csrf", csrf },
  }
  local parts = {}
  for _, f in ipairs(fields) do parts[#parts + 1] = f[1] .. "=" .. urlencode(f[2]) end
  return table.concat(parts, "&")
end

local form_headers = { ["Content-Type"] = "application/x-www-form-urlencoded", ["Cookie"] = cookie }

function request()
  counter = counter + 1
  if kind == "save" then
    return wrk.format("POST", "/praktyki/nowa", form_headers, save_body())
  elseif kind == "publish" then
    local line = ids[next_id + 1]
    next_id = next_id + 1
    if line == nil then
      return wrk.format("GET", "/redakcja", { ["Cookie"] = cookie })
    end
    local pid, version = line:match("(%d+)%s+(%d+)")
    return wrk.format("POST", "/redakcja/praktyki/" .. pid .. "/publikuj", form_headers,
        "version=" .. version .. "&_csrf=" .. urlencode(csrf))
  end
  return wrk.format("GET", paths[(counter % #paths) + 1], { ["Cookie"] = cookie })
end

function response(status, headers, body)
  if kind == "save" or kind == "publish" then
    local location = headers["Location"] or headers["location"] or ""
    if status == 302 and (location:match("/praktyki/%d+/edycja") or location:match("/redakcja/praktyki/%d+$")) then
      acked = acked + 1
    elseif status ~= 200 then
      refused = refused + 1
    end
  end
end

function done(summary, latency, requests)
  local total_acked, total_refused = 0, 0
  for _, thread in ipairs(threads) do
    total_acked = total_acked + (thread:get("acked") or 0)
    total_refused = total_refused + (thread:get("refused") or 0)
  end
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write
      + summary.errors.timeout + summary.errors.status + total_refused
  io.write(string.format("LOAD kind=%s requests=%d acked=%d errors=%d p50_ms=%.1f p95_ms=%.1f p99_ms=%.1f rps=%.2f\n",
      kind, summary.requests, total_acked, errors, latency:percentile(50) / 1000, latency:percentile(95) / 1000,
      latency:percentile(99) / 1000, summary.requests / (summary.duration / 1e6)))
end
