"""Drives USSD dial-ins and /q/health/live on loopback for a bounded time, stalls the database proxy in the
middle (by creating its flag file) and prints answer-time percentiles before, during and after the stall."""
import sys
import threading
import time
import urllib.parse
import urllib.request

base, key, phone, flag, stall_s = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4], float(sys.argv[5])
phases = {"before": [], "stall": [], "after": [], "live-stall": []}
answers = {"stall": {}}
state = {"phase": "before"}


def hop(i):
    form = urllib.parse.urlencode({"sessionId": f"stall-bench-{i}", "serviceCode": "*384*55#",
                                   "phoneNumber": phone, "text": ""}).encode()
    req = urllib.request.Request(base + "/ussd/africastalking", data=form, headers={"X-Gateway-Key": key})
    t0 = time.monotonic()
    try:
        body = urllib.request.urlopen(req, timeout=30).read().decode()
    except Exception as e:  # noqa: BLE001 - a failure is a measurement too
        body = "ERROR " + str(e)
    return (time.monotonic() - t0) * 1000, body


def live():
    while state["phase"] != "done":
        if state["phase"] == "stall":
            t0 = time.monotonic()
            try:
                urllib.request.urlopen(base + "/q/health/live", timeout=30).read()
            except Exception:  # noqa: BLE001
                pass
            phases["live-stall"].append((time.monotonic() - t0) * 1000)
        time.sleep(0.05)


def pct(values, p):
    if not values:
        return float("nan")
    s = sorted(values)
    return s[min(len(s) - 1, max(0, int(round(p / 100 * len(s))) - 1))]


threading.Thread(target=live, daemon=True).start()
i = 0
plan = [("before", 3.0), ("stall", stall_s), ("after", 8.0)]
for phase, seconds in plan:
    state["phase"] = phase
    if phase == "stall":
        open(flag, "w").close()
    if phase == "after":
        import os
        os.remove(flag)
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        ms, body = hop(i)
        i += 1
        phases[phase].append(ms)
        if phase == "stall":
            kind = body[:70]
            answers["stall"][kind] = answers["stall"].get(kind, 0) + 1
state["phase"] = "done"
for phase in ("before", "stall", "after", "live-stall"):
    v = phases[phase]
    print(f"{phase:11s} n={len(v):4d}  p50 {pct(v, 50):7.1f} ms  p99 {pct(v, 99):7.1f} ms  max {max(v) if v else float('nan'):7.1f} ms")
print("answers during the stall:")
for kind, n in sorted(answers["stall"].items(), key=lambda kv: -kv[1]):
    print(f"  {n:4d} x {kind!r}")
