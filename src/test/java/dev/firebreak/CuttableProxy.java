package dev.firebreak;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP proxy to a real server that a test can cut (every connection dropped, new ones
 * refused) and restore on the same port: a database that goes away and comes back.
 */
public class CuttableProxy implements AutoCloseable {

	private final String targetHost;

	private final int targetPort;

	private final int port;

	private final List<Socket> sockets = new CopyOnWriteArrayList<>();

	private volatile ServerSocket server;

	public CuttableProxy(String targetHost, int targetPort) throws IOException {
		this.targetHost = targetHost;
		this.targetPort = targetPort;
		ServerSocket first = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
		this.port = first.getLocalPort();
		listen(first);
	}

	public int port() {
		return port;
	}

	/** Drops every open connection and refuses new ones. */
	public synchronized void cut() throws IOException {
		server.close();
		for (Socket socket : sockets) {
			socket.close();
		}
		sockets.clear();
	}

	/** Accepts connections again, on the same port. */
	public synchronized void restore() throws IOException {
		ServerSocket again = new ServerSocket();
		again.setReuseAddress(true);
		again.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
		listen(again);
	}

	@Override
	public void close() throws IOException {
		cut();
	}

	private void listen(ServerSocket socket) {
		this.server = socket;
		Thread acceptor = new Thread(() -> {
			while (!socket.isClosed()) {
				try {
					Socket client = socket.accept();
					Socket upstream = new Socket(targetHost, targetPort);
					sockets.add(client);
					sockets.add(upstream);
					pump(client, upstream);
					pump(upstream, client);
				}
				catch (IOException closed) {
					return;
				}
			}
		}, "proxy-accept-" + port);
		acceptor.setDaemon(true);
		acceptor.start();
	}

	private void pump(Socket from, Socket to) {
		Thread pump = new Thread(() -> {
			byte[] buffer = new byte[16 * 1024];
			try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
				int read;
				while ((read = in.read(buffer)) != -1) {
					out.write(buffer, 0, read);
					out.flush();
				}
			}
			catch (IOException closed) {
				// either side went away: the other follows
			}
			finally {
				closeQuietly(from);
				closeQuietly(to);
			}
		}, "proxy-pump");
		pump.setDaemon(true);
		pump.start();
	}

	private static void closeQuietly(Socket socket) {
		try {
			socket.close();
		}
		catch (IOException ignored) {
			// already closed
		}
	}

}
