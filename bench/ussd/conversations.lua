-- wrk script: complete Africa's Talking conversations against POST /ussd/africastalking.
-- Run with one connection per thread (-t N -c N) so each thread's hops arrive in order.
-- Each conversation: dial-in (text=""), pick the menu item, enter the PIN, read the screen.
-- Environment: BENCH_PHONES (file, one "phone pin" per line), BENCH_OPTION ("1" balance, "2" dues),
-- BENCH_GATEWAY_KEY (shared secret header).

local threads = {}

function setup(thread)
  thread:set("tid", #threads + 1)
  table.insert(threads, thread)
end

function init(args)
  phones = {}
  local path = os.getenv("BENCH_PHONES") or "target/bench/phones.txt"
  for line in io.lines(path) do
    local phone, pin = line:match("^(%S+)%s+(%S+)$")
    if phone then table.insert(phones, { phone = phone, pin = pin }) end
  end
  option = os.getenv("BENCH_OPTION") or "1"
  key = os.getenv("BENCH_GATEWAY_KEY") or ""
  conversation = 0
  step = 0
  conversations_done = 0
  bad = 0
  busy = 0
  math.randomseed(tid * 7919)
  start_conversation()
end

function start_conversation()
  conversation = conversation + 1
  caller = phones[math.random(#phones)]
  session = string.format("bench-%d-%d-%d", tid, os.time(), conversation)
  step = 0
end

local function urlencode(s)
  return (s:gsub("[^%w%-%._~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

function request()
  local text
  if step == 0 then text = "" elseif step == 1 then text = option else text = option .. "*" .. caller.pin end
  local body = "sessionId=" .. session .. "&serviceCode=" .. urlencode("*384*55#") .. "&phoneNumber="
      .. urlencode(caller.phone) .. "&networkCode=62120&text=" .. urlencode(text)
  local headers = { ["Content-Type"] = "application/x-www-form-urlencoded" }
  if key ~= "" then headers["X-Gateway-Key"] = key end
  return wrk.format("POST", "/ussd/africastalking", headers, body)
end

function response(status, headers, body)
  if status ~= 200 or not (body:sub(1, 4) == "CON " or body:sub(1, 4) == "END ") then
    bad = bad + 1
  elseif step == 2 and body:sub(1, 4) == "END " then
    busy = busy + 1 -- the final screen of these conversations continues (CON); END means a failure
  elseif step == 2 and pin_prompt ~= "" and body:find(pin_prompt, 1, true) then
    bad = bad + 1 -- asked for the PIN again (wrong PIN, in any language): not the screen the conversation is for
  end
  if step == 1 then pin_prompt = body:sub(5) end
  step = step + 1
  if step > 2 then
    conversations_done = conversations_done + 1
    start_conversation()
  end
end

function done(summary, latency, requests)
  local convs, bads, busys = 0, 0, 0
  for _, t in ipairs(threads) do
    convs = convs + (t:get("conversations_done") or 0)
    bads = bads + (t:get("bad") or 0)
    busys = busys + (t:get("busy") or 0)
  end
  local secs = summary.duration / 1e6
  io.write(string.format("RESULT hops=%d hops_per_s=%.0f conversations=%d p50_ms=%.2f p90_ms=%.2f p99_ms=%.2f max_ms=%.2f bad=%d ended_early=%d errors=%d\n",
    summary.requests, summary.requests / secs, convs, latency:percentile(50) / 1000, latency:percentile(90) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000, bads, busys,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.status + summary.errors.timeout))
end
