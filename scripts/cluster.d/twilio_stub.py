#!/usr/bin/env python3
"""A stand-in for the Twilio REST API on 127.0.0.1 for the local cluster (scripts/cluster): records every
message the instances send and answers 201 with a fresh SID, as TwilioApiStub does in the tests.

GET /stats -> {"sends": N}; GET /sends -> [[to, body, sid], ...] (every send, in order); POST /reset.
Python 3 standard library only.
"""
import argparse
import itertools
import json
import os
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs

LOCK = threading.Lock()
SENDS = []
# SIDs never repeat, across /reset and stub restarts: the outbox keeps provider ids unique (uq_outbox_provider).
SID_PREFIX = os.urandom(4).hex()
SID_COUNTER = itertools.count(1)


def next_sid(kind):
    return "%s%s%024x" % (kind, SID_PREFIX, next(SID_COUNTER))


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive: the SDK's pooled connections stay open

    def log_message(self, *args):
        pass

    def _answer(self, status, payload):
        data = json.dumps(payload).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_GET(self):
        with LOCK:
            if self.path.startswith("/stats"):
                return self._answer(200, {"sends": len(SENDS)})
            if self.path.startswith("/sends"):
                return self._answer(200, list(SENDS))
        self._answer(404, {"message": "not found"})

    def do_POST(self):
        length = int(self.headers.get("Content-Length") or 0)
        form = parse_qs(self.rfile.read(length).decode("utf-8"), keep_blank_values=True)
        if self.path.startswith("/reset"):
            with LOCK:
                SENDS.clear()
            return self._answer(200, {"sends": 0})
        if self.path.endswith("/Messages.json"):
            to = form.get("To", [""])[0]
            body = form.get("Body", [""])[0]
            with LOCK:
                sid = next_sid("SM")
                SENDS.append([to, body, sid])
            return self._answer(201, {"sid": sid, "status": "queued", "to": to, "num_segments": "1",
                                      "direction": "outbound-api"})
        if self.path.endswith("/Calls.json"):
            with LOCK:
                sid = next_sid("CA")
            return self._answer(201, {"sid": sid, "status": "queued"})
        self._answer(404, {"code": 20404, "message": "not found", "status": 404})


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, default=19300)
    args = parser.parse_args()
    ThreadingHTTPServer.request_queue_size = 256
    server = ThreadingHTTPServer(("127.0.0.1", args.port), Handler)
    server.daemon_threads = True
    server.serve_forever()


if __name__ == "__main__":
    main()
