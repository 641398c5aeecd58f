#!/usr/bin/env python3
"""Writes a federation of N members as the four import files (org-units, members, savings-balances, loans).

Deterministic: one Indian CLF, VOs of 15 SHGs, SHGs of 14 members (or PER_SHG), Devanagari names, valid +91 phones
(one in ten members with a second handset), an opening balance for everyone, a running loan for 40%.
Amounts and dates are written as people type them (1,25,000; 03/11/2026), to exercise the readers.
Usage: import-files.py [N] [OUT_DIR] [PER_SHG]
"""
import csv, random, sys, os

n = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
out = sys.argv[2] if len(sys.argv) > 2 else "target/bench-import"
os.makedirs(out, exist_ok=True)
rnd = random.Random(1)
per_shg, per_vo = int(sys.argv[3]) if len(sys.argv) > 3 else 14, 15
shgs = (n + per_shg - 1) // per_shg
vos = (shgs + per_vo - 1) // per_vo
first = ["Sunita", "Rekha", "Anita", "Priya", "Kamala", "Lakshmi", "Geeta", "Meena", "Sita", "Radha"]
native = ["सुनीता", "रेखा", "अनीता", "प्रिया", "कमला", "लक्ष्मी", "गीता", "मीना", "सीता", "राधा"]
last = [("Devi", "देवी"), ("Kumari", "कुमारी"), ("Das", "दास"), ("Sharma", "शर्मा")]

def rupees(paise_rupees):
    s = str(paise_rupees)
    if len(s) <= 3:
        return s
    head, tail = s[:-3], s[-3:]
    groups = []
    while len(head) > 2:
        groups.insert(0, head[-2:]); head = head[:-2]
    if head:
        groups.insert(0, head)
    return ",".join(groups) + "," + tail

with open(f"{out}/org-units.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow(["code", "name", "native_name", "level", "parent_code", "country", "district", "time_zone"])
    w.writerow(["BX-CLF", "Bench CLF", "बेंच सीएलएफ", "CLF", "", "IN", "Cachar", "Asia/Kolkata"])
    for v in range(vos):
        w.writerow([f"BX-VO-{v:04d}", f"Bench VO {v}", "", "VO", "BX-CLF", "IN", "Cachar", ""])
    for s in range(shgs):
        w.writerow([f"BX-SHG-{s:05d}", f"Bench SHG {s}", "", "SHG", f"BX-VO-{s // per_vo:04d}", "IN", "Cachar", ""])

with open(f"{out}/members.csv", "w", newline="", encoding="utf-8") as m, \
     open(f"{out}/savings-balances.csv", "w", newline="", encoding="utf-8") as b, \
     open(f"{out}/loans.csv", "w", newline="", encoding="utf-8") as l:
    wm, wb, wl = csv.writer(m), csv.writer(b), csv.writer(l)
    wm.writerow(["shg_code", "member_no", "name", "native_name", "phones", "language", "role", "joined_on", "status"])
    wb.writerow(["shg_code", "member_no", "as_of", "balance_rupees"])
    wl.writerow(["shg_code", "member_no", "loan_ref", "source", "principal_rupees", "charge_method", "annual_rate_percent",
                 "frequency", "instalments", "disbursed_on", "outstanding_principal_rupees", "as_of"])
    for i in range(n):
        shg, no = f"BX-SHG-{i // per_shg:05d}", i % per_shg + 1
        k, j = rnd.randrange(10), rnd.randrange(4)
        phone = f"+9197{i:08d}"
        phones = phone if i % 10 else f"{phone}; 097{(i + 50_000_000) % 100_000_000:08d}"
        role = "LEADER" if no == 1 else "BOOKKEEPER" if no == 2 else "MEMBER"
        wm.writerow([shg, no, f"{first[k]} {last[j][0]}", f"{native[k]} {last[j][1]}", phones,
                     "hi" if i % 3 else "hi-Latn", role, f"{1 + i % 28:02d}/{1 + i % 12:02d}/2022", "ACTIVE"])
        wb.writerow([shg, no, "31/10/2026", rupees(rnd.randrange(500, 60_000))])
        if i % 5 < 2:
            principal = rnd.choice([5_000, 10_000, 15_000, 25_000, 50_000])
            instalments = rnd.choice([10, 12, 24])
            wl.writerow([shg, no, f"BX-L-{i:06d}", rnd.choice(["SHG_OWN", "REVOLVING_FUND", "CIF", "BANK"]), rupees(principal),
                         rnd.choice(["FLAT", "DECLINING"]), rnd.choice(["12", "18", "24"]), "MONTHLY", instalments,
                         f"{1 + i % 28:02d}/{1 + i % 9:02d}/2026", rupees(principal * rnd.randrange(30, 95) // 100), "2026-11-01"])
print(f"wrote {out}: {shgs} SHGs in {vos} VOs, {n} members")
