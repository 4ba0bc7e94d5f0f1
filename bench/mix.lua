-- wrk: the dashboard's query mix. BODIES_FILE holds one request a line, "weight<TAB>JSON body"; each
-- request picks one at random by weight (seeded per thread). TOKEN is the bearer token. Reports one
-- RESULT line with p50, p95 and p99.
local entries, total = {}, 0
for line in io.lines(os.getenv("BODIES_FILE")) do
  local weight, body = line:match("^(%d+)\t(.*)$")
  total = total + tonumber(weight)
  table.insert(entries, { upto = total, body = body })
end
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer " .. os.getenv("TOKEN")

local threads, counter = {}, 0
function setup(thread)
  counter = counter + 1
  thread:set("seed", counter)
  table.insert(threads, thread)
end
function init(args)
  math.randomseed(seed * 7919)
end
function request()
  local r = math.random() * total
  for _, e in ipairs(entries) do
    if r < e.upto then return wrk.format(nil, nil, nil, e.body) end
  end
  return wrk.format(nil, nil, nil, entries[#entries].body)
end

graphql_errors = 0
function response(status, headers, body)
  if body and string.find(body, '"errors"', 1, true) then
    graphql_errors = graphql_errors + 1
  end
end

function done(summary, latency, requests)
  local e = summary.errors
  local graphql = 0
  for _, thread in ipairs(threads) do
    graphql = graphql + (thread:get("graphql_errors") or 0)
  end
  io.write(string.format("RESULT requests=%d duration_us=%d p50_us=%d p95_us=%d p99_us=%d errors=%d non2xx=%d\n",
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(95), latency:percentile(99),
    e.connect + e.read + e.write + e.timeout, e.status + graphql))
end
