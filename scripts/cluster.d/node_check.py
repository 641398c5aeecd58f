#!/usr/bin/env python3
"""Galera node health for HAProxy (the classic "clustercheck"): one HTTP port per node answers 200 while the node
is Synced (wsrep_local_state 4) and 503 otherwise (down, joining, donor), so the database frontends send
connections only to nodes that can take them. A node that listens before it is synced would otherwise answer
"WSREP has not yet prepared node for application use" or keep a caller waiting.

    node_check.py --dir target/cluster --node 1:19041 --node 2:19042 --node 3:19043

Python 3 standard library only; asks the node over its socket with the mariadb client.
"""
import argparse
import subprocess
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


def synced(sock):
    try:
        p = subprocess.run(["mariadb", "--socket=" + sock, "-uroot", "-N", "-B", "--connect-timeout=1", "-e",
                            "SHOW STATUS LIKE 'wsrep_local_state'"], capture_output=True, text=True, timeout=2)
    except subprocess.TimeoutExpired:
        return False
    return p.returncode == 0 and p.stdout.split("\t")[-1].strip() == "4"


def handler_for(sock):
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args):
            pass

        def do_GET(self):
            ok = synced(sock)
            body = b"synced\n" if ok else b"not synced\n"
            self.send_response(200 if ok else 503)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        do_OPTIONS = do_GET
    return Handler


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--dir", required=True)
    parser.add_argument("--node", action="append", required=True, help="N:PORT")
    args = parser.parse_args()
    servers = []
    for spec in args.node:
        n, port = spec.split(":")
        server = ThreadingHTTPServer(("127.0.0.1", int(port)), handler_for("%s/node%s/mysqld.sock" % (args.dir, n)))
        server.daemon_threads = True
        servers.append(server)
    threads = [threading.Thread(target=s.serve_forever, daemon=True) for s in servers]
    [t.start() for t in threads]
    [t.join() for t in threads]


if __name__ == "__main__":
    main()
