"""A TCP proxy on 127.0.0.1 in front of MariaDB that can be stalled: while the file STALL_FLAG exists it
still accepts connections but passes no byte either way (a hung database, not a refusing one). Only the
service under test goes through it; the MariaDB server itself is never stopped (others may use it)."""
import os
import socket
import sys
import threading
import time

listen_port, target_port, flag = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]


def stalled():
    return os.path.exists(flag)


def pump(src, dst):
    try:
        while True:
            data = src.recv(16384)
            if not data:
                break
            while stalled():
                time.sleep(0.01)
            dst.sendall(data)
    except OSError:
        pass
    finally:
        for s in (src, dst):
            try:
                s.close()
            except OSError:
                pass


server = socket.socket()
server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
server.bind(("127.0.0.1", listen_port))
server.listen(128)
while True:
    client, _ = server.accept()
    upstream = socket.create_connection(("127.0.0.1", target_port))
    threading.Thread(target=pump, args=(client, upstream), daemon=True).start()
    threading.Thread(target=pump, args=(upstream, client), daemon=True).start()
