-- wrk script: POST pre-signed Twilio inbound-SMS webhooks (from BENCH_REQUESTS, "signature TAB body"
-- per line, made by signed_requests.py). Each thread takes every Nth line so no MessageSid is sent
-- twice in one run. Counts answers that carry a <Message> reply.
local threads = {}

function setup(thread)
  thread:set("tid", #threads)
  table.insert(threads, thread)
end

function init(args)
  local nthreads = tonumber(os.getenv("BENCH_THREADS") or "1")
  reqs = {}
  local i = 0
  for line in io.lines(os.getenv("BENCH_REQUESTS")) do
    if i % nthreads == tid then
      local sig, body = line:match("^(%S+)\t(.*)$")
      table.insert(reqs, wrk.format("POST", "/sms/twilio",
        { ["Content-Type"] = "application/x-www-form-urlencoded", ["X-Twilio-Signature"] = sig }, body))
    end
    i = i + 1
  end
  n = 0
  replies = 0
  other = 0
end

function request()
  n = n + 1
  if n > #reqs then n = 1 end -- wrapped around: later requests are replays
  return reqs[n]
end

function response(status, headers, body)
  if status == 200 and body:find("<Message>", 1, true) then replies = replies + 1 else other = other + 1 end
end

function done(summary, latency, requests)
  local r, o = 0, 0
  for _, t in ipairs(threads) do
    r = r + t:get("replies")
    o = o + t:get("other")
  end
  local secs = summary.duration / 1e6
  io.write(string.format("RESULT requests=%d req_per_s=%.0f p50_ms=%.2f p90_ms=%.2f p99_ms=%.2f max_ms=%.2f with_reply=%d other=%d errors=%d\n",
    summary.requests, summary.requests / secs, latency:percentile(50) / 1000, latency:percentile(90) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000, r, o,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.status + summary.errors.timeout))
end
