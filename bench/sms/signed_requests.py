#!/usr/bin/env python3
"""Writes signed Twilio inbound-SMS webhook requests for wrk, one per line: signature TAB form body.

Each request has a fresh MessageSid (so every one is a first delivery), a phone from the phones file and
the body given. The signature is Twilio's: base64(HMAC-SHA1(auth token, URL + sorted name+value pairs)).
Usage: signed_requests.py PHONES_FILE COUNT AUTH_TOKEN PUBLIC_URL BODY > requests.tsv
"""
import base64
import hashlib
import hmac
import sys
import urllib.parse
import uuid

phones_file, count, token, url, body = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4], sys.argv[5]
phones = [line.split()[0] for line in open(phones_file) if line.strip()]
key = token.encode()
out = sys.stdout
for i in range(count):
    sid = "SM" + uuid.uuid4().hex
    params = {"MessageSid": sid, "SmsSid": sid, "AccountSid": "AC" + "0" * 31 + "1", "From": phones[i % len(phones)],
              "To": "+15005550006", "Body": body, "NumSegments": "1", "NumMedia": "0", "ApiVersion": "2010-04-01"}
    data = url + "".join(k + params[k] for k in sorted(params))
    sig = base64.b64encode(hmac.new(key, data.encode(), hashlib.sha1).digest()).decode()
    out.write(sig + "\t" + urllib.parse.urlencode(params) + "\n")
