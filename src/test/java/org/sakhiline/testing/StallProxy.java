package org.sakhiline.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP proxy on loopback in front of the test MariaDB that a test can stall: while stalled it still
 * accepts connections but passes no byte either way — a database that hangs, not one that refuses —
 * without touching the shared MariaDB server. Daemon threads; {@link #close()} ends everything.
 */
public final class StallProxy implements AutoCloseable {

    private final ServerSocket server;
    private final String targetHost;
    private final int targetPort;
    private final Object gate = new Object();
    private volatile boolean stalled;
    private volatile boolean closed;
    /** Connections numbered below this pass nothing for ever (see {@link #freezeExisting}). */
    private volatile int frozenBelow;
    private int accepted;
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();

    public StallProxy(String targetHost, int targetPort) throws IOException {
        this.targetHost = targetHost;
        this.targetPort = targetPort;
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread accept = new Thread(this::acceptLoop, "stall-proxy-accept");
        accept.setDaemon(true);
        accept.start();
    }

    /** A proxy in front of the test database ({@code SAKHILINE_TEST_DB_URL}, as the test profile reads it). */
    public static StallProxy inFrontOfTestDatabase() {
        URI db = testDatabase();
        try {
            return new StallProxy(db.getHost(), db.getPort() < 0 ? 3306 : db.getPort());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The test database's JDBC URL through this proxy. */
    public String jdbcUrl() {
        return "jdbc:mariadb://127.0.0.1:" + port() + testDatabase().getPath();
    }

    private static URI testDatabase() {
        return URI.create(System.getenv().getOrDefault("SAKHILINE_TEST_DB_URL",
                "jdbc:mariadb://127.0.0.1:3306/sakhiline_test").substring("jdbc:".length()));
    }

    public int port() {
        return server.getLocalPort();
    }

    public void stall() {
        stalled = true;
    }

    /**
     * Every connection open now passes nothing from here on, for ever; new connections flow. As a server thread
     * that never answers its connection again (seen on Galera: a thread left "Killed") while the server takes new ones.
     */
    public void freezeExisting() {
        synchronized (gate) {
            frozenBelow = accepted;
        }
    }

    public void heal() {
        synchronized (gate) {
            stalled = false;
            gate.notifyAll();
        }
    }

    private void acceptLoop() {
        while (!closed) {
            try {
                Socket client = server.accept();
                Socket upstream = new Socket(targetHost, targetPort);
                sockets.add(client);
                sockets.add(upstream);
                int number;
                synchronized (gate) {
                    number = accepted++;
                }
                pump(client, upstream, "up", number);
                pump(upstream, client, "down", number);
            } catch (IOException e) {
                if (closed) {
                    return;
                }
            }
        }
    }

    private void pump(Socket from, Socket to, String direction, int number) {
        Thread t = new Thread(() -> {
            byte[] buf = new byte[16384];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                int n;
                while ((n = in.read(buf)) >= 0) {
                    awaitFlowing(number);
                    out.write(buf, 0, n);
                    out.flush();
                }
            } catch (IOException | InterruptedException e) {
                // one side went away: close both
            } finally {
                closeQuietly(from);
                closeQuietly(to);
            }
        }, "stall-proxy-" + direction);
        t.setDaemon(true);
        t.start();
    }

    private void awaitFlowing(int number) throws InterruptedException {
        synchronized (gate) {
            while ((stalled || number < frozenBelow) && !closed) {
                gate.wait();
            }
        }
    }

    private static void closeQuietly(Socket s) {
        try {
            s.close();
        } catch (IOException ignored) {
            // closing
        }
    }

    @Override
    public void close() {
        closed = true;
        heal();
        try {
            server.close();
        } catch (IOException ignored) {
            // closing
        }
        sockets.forEach(StallProxy::closeQuietly);
    }
}
