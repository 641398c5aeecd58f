"""Drives meeting day on loopback (see bench/meeting-day.sh): bookkeepers record their sheets over Africa's
Talking USSD while members read their balances, side by side; then each group's leader confirms its sheet over
USSD. Prints hops/s and p50/p99 for each part.

Usage: drive.py BASE GATEWAY_KEY PIN GROUPS_TSV MEMBER_PHONES BOOKKEEPER_THREADS MEMBER_THREADS
GROUPS_TSV: bookkeeper phone, SHG id, meeting id, leader phone.
"""
import http.client
import queue
import random
import re
import sys
import threading
import time
import urllib.parse

base, key, pin, bk_file, member_file = sys.argv[1:6]
bk_threads, member_threads = int(sys.argv[6]), int(sys.argv[7])
host, port = urllib.parse.urlparse(base).hostname, urllib.parse.urlparse(base).port
assert host == "127.0.0.1", "loopback only"
groups = [line.split("\t") for line in open(bk_file).read().splitlines() if line]
member_phones = [line.strip() for line in open(member_file) if line.strip()]
OPTION = re.compile(r"^([0-9]+) (.*)$")
COLLECTED = re.compile(r"Collected Rs ([0-9,]+)")


def pct(values, p):
    if not values:
        return float("nan")
    s = sorted(values)
    return s[min(len(s) - 1, max(0, int(round(p / 100 * len(s))) - 1))]


class Ussd:
    """One keep-alive connection; a hop is one Africa's Talking form POST."""

    def __init__(self):
        self.conn = http.client.HTTPConnection(host, port, timeout=30)

    def hop(self, session, phone, text):
        form = urllib.parse.urlencode({"sessionId": session, "serviceCode": "*384*55#", "phoneNumber": phone,
                                       "networkCode": "62120", "text": text})
        t0 = time.perf_counter()
        self.conn.request("POST", "/ussd/africastalking", form, {"X-Gateway-Key": key,
                                                                 "Content-Type": "application/x-www-form-urlencoded"})
        r = self.conn.getresponse()
        body = r.read().decode()
        ms = (time.perf_counter() - t0) * 1000
        if r.status != 200 or body[:4] not in ("CON ", "END "):
            raise RuntimeError(f"HTTP {r.status}: {body[:200]}")
        return ms, body


def option(screen, *labels):
    for line in screen.split("\n"):
        m = OPTION.match(line)
        if m and any(label in m.group(2) for label in labels):
            return m.group(1)
    return None


def next_input(screen, state):
    """What a bookkeeper types on this screen: 3 Meetings, her PIN, Record meeting, today's meeting, then 1 (as
    shown) on every member's screen; on the summary the cash counted (= collected), then 1 Submit."""
    if screen.startswith("Enter your PIN"):
        return pin
    if screen.startswith("Record which meeting?"):
        return "1"  # newest first: today's
    if screen.startswith("Cash counted (Rs)"):
        state["cash"] = True
        return COLLECTED.search(state["summary"]).group(1).replace(",", "")
    if option(screen, "Submit") and not state.get("cash"):
        state["summary"] = screen
        return option(screen, "Cash counted")
    if state.get("typing"):
        return state["typing"].pop(0)
    for label, counted in (("Submit", False), ("As shown", True), ("Record meeting", False), ("Meetings", False)):
        digit = option(screen, label)
        if digit:
            state["members"] += 1 if counted else 0
            return digit
    raise RuntimeError("no known answer on the screen: " + screen.replace("\n", " | "))


results = {"bk": [], "bk_members": 0, "bk_sheets": 0, "bk_bad": [], "member": [], "member_bad": 0, "member_convs": 0}
lock = threading.Lock()
work = queue.Queue()
for g in groups:
    work.put(g)
submitted = []
stop_members = threading.Event()


def bookkeeper():
    ussd = Ussd()
    while True:
        try:
            phone, _shg, meeting, leader = work.get_nowait()
        except queue.Empty:
            return
        session, inputs, lat = f"bk-{meeting}-{time.time_ns()}", [], []
        state = {"members": 0}
        try:
            ms, body = ussd.hop(session, phone, "")
            lat.append(ms)
            while body.startswith("CON ") and len(lat) < 200:
                inputs.append(next_input(body[4:], state))
                ms, body = ussd.hop(session, phone, "*".join(inputs))
                lat.append(ms)
            ok = body.startswith("END Sent to the leader")
        except Exception as e:  # noqa: BLE001 - a failed sheet is a result too
            ok, body = False, str(e)
        with lock:
            results["bk"].extend(lat)
            if ok:
                results["bk_members"] += state["members"]
                results["bk_sheets"] += 1
                submitted.append((meeting, leader))
            else:
                results["bk_bad"].append(body[:160])


def member():
    ussd = Ussd()
    rnd = random.Random(threading.get_ident())
    n = 0
    while not stop_members.is_set():
        phone, n = rnd.choice(member_phones), n + 1
        session, lat = f"m-{threading.get_ident()}-{n}", []
        try:
            for text in ("", "1", "1*" + pin):
                ms, body = ussd.hop(session, phone, text)
                lat.append(ms)
            bad = "Rs" not in body
        except Exception:  # noqa: BLE001
            bad = True
        with lock:
            results["member"].extend(lat)
            results["member_convs"] += 1
            results["member_bad"] += 1 if bad else 0


def line(name, lat, seconds, extra=""):
    print(f"{name:30s} hops={len(lat):6d} hops/s={len(lat) / seconds:7.1f} p50={pct(lat, 50):7.1f} ms"
          f" p99={pct(lat, 99):7.1f} ms max={max(lat) if lat else float('nan'):7.1f} ms {extra}")


# Warm-up and the members' baseline: balance conversations alone for 10 s.
members = [threading.Thread(target=member) for _ in range(member_threads)]
for t in members:
    t.start()
time.sleep(10)
stop_members.set()
for t in members:
    t.join()
alone, alone_convs = results["member"], results["member_convs"]
line("(c0) member balance, alone", alone, 10.0, f"conversations={alone_convs}")

results["member"], results["member_convs"], results["member_bad"] = [], 0, 0
stop_members.clear()
members = [threading.Thread(target=member) for _ in range(member_threads)]
bookkeepers = [threading.Thread(target=bookkeeper) for _ in range(bk_threads)]
t0 = time.perf_counter()
for t in members + bookkeepers:
    t.start()
for t in bookkeepers:
    t.join()
stop_members.set()
for t in members:
    t.join()
window = time.perf_counter() - t0
print(f"== side by side, {window:.1f} s: {bk_threads} bookkeepers recording, {member_threads} members reading balances")
bk_members = max(results["bk_members"], 1)
line("(b) bookkeeper sheet hops", results["bk"], window,
     f"sheets={results['bk_sheets']} members={results['bk_members']} hops/member={len(results['bk']) / bk_members:.2f}"
     f" failed_sheets={len(results['bk_bad'])}")
line("(c) member balance hops", results["member"], window,
     f"conversations={results['member_convs']} bad={results['member_bad']}")
for b in results["bk_bad"][:3]:
    print("   failed sheet:", b)

# (a) each leader confirms her group's sheet: 3 Meetings, PIN, 2 Confirm meeting, then the timed "1 Confirm".
ussd, confirm, failed = Ussd(), [], []
for meeting, leader in submitted:
    session, inputs = f"leader-{meeting}-{time.time_ns()}", []
    try:
        for typed in ("", "3", pin, "2"):
            inputs.append(typed)
            _ms, body = ussd.hop(session, leader, "*".join(inputs[1:]))
        if "1 Confirm" not in body:
            raise RuntimeError(body)
        ms, body = ussd.hop(session, leader, "*".join(inputs[1:] + ["1"]))
        if not body.startswith("END Meeting confirmed"):
            raise RuntimeError(body)
        confirm.append(ms)
    except Exception as e:  # noqa: BLE001
        failed.append(str(e)[:160].replace("\n", " | "))
print(f"(a) confirm a 20-member sheet (leader's USSD hop) n={len(confirm)} p50={pct(confirm, 50):.1f} ms"
      f" p99={pct(confirm, 99):.1f} ms max={max(confirm) if confirm else float('nan'):.1f} ms failed={len(failed)}")
for f in failed[:3]:
    print("   failed confirm:", f)
