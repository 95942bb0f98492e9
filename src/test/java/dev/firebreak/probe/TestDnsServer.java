package dev.firebreak.probe;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A DNS server on 127.0.0.1 and a free UDP port that answers A and TXT questions from the
 * records the test gives it, and NXDOMAIN for names it does not know. Just enough of RFC
 * 1035 for the JDK's DNS client: one question, answers pointing back at it.
 */
class TestDnsServer implements AutoCloseable {

	private static final int TYPE_A = 1;

	private static final int TYPE_TXT = 16;

	private final DatagramSocket socket;

	private final Map<String, Map<Integer, List<String>>> records = new ConcurrentHashMap<>();

	private final Thread thread;

	TestDnsServer() {
		try {
			socket = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		thread = new Thread(this::serve, "test-dns");
		thread.setDaemon(true);
		thread.start();
	}

	/** host:port, as a DNS probe's dnsServer. */
	String address() {
		return "127.0.0.1:" + socket.getLocalPort();
	}

	void a(String name, String... addresses) {
		records.computeIfAbsent(key(name), n -> new ConcurrentHashMap<>()).put(TYPE_A, List.of(addresses));
	}

	void txt(String name, String... texts) {
		records.computeIfAbsent(key(name), n -> new ConcurrentHashMap<>()).put(TYPE_TXT, List.of(texts));
	}

	void forget(String name) {
		records.remove(key(name));
	}

	@Override
	public void close() {
		socket.close();
	}

	private void serve() {
		byte[] buffer = new byte[512];
		while (!socket.isClosed()) {
			try {
				DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
				socket.receive(packet);
				byte[] answer = answer(packet.getData(), packet.getLength());
				socket.send(new DatagramPacket(answer, answer.length, packet.getSocketAddress()));
			}
			catch (IOException ex) {
				// closed, or one bad packet: go on while open
			}
		}
	}

	private byte[] answer(byte[] query, int length) {
		int at = 12;
		StringBuilder name = new StringBuilder();
		while (query[at] != 0) {
			int label = query[at] & 0xFF;
			if (name.length() > 0) {
				name.append('.');
			}
			name.append(new String(query, at + 1, label, StandardCharsets.US_ASCII));
			at += label + 1;
		}
		int questionEnd = at + 5;
		int type = ((query[at + 1] & 0xFF) << 8) | (query[at + 2] & 0xFF);
		Map<Integer, List<String>> known = records.get(key(name.toString()));
		List<String> values = known == null ? List.of() : known.getOrDefault(type, List.of());
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.write(query[0]);
		out.write(query[1]);
		out.write(0x81); // a response; recursion desired copied as set
		out.write(known == null ? 0x83 : 0x80); // recursion available; NXDOMAIN when
												// unknown
		u16(out, 1);
		u16(out, values.size());
		u16(out, 0);
		u16(out, 0);
		out.write(query, 12, questionEnd - 12);
		for (String value : values) {
			u16(out, 0xC00C);
			u16(out, type);
			u16(out, 1);
			u16(out, 0);
			u16(out, 60);
			byte[] data = type == TYPE_A ? address(value) : text(value);
			u16(out, data.length);
			out.writeBytes(data);
		}
		return out.toByteArray();
	}

	private static byte[] address(String value) {
		try {
			return InetAddress.getByName(value).getAddress();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static byte[] text(String value) {
		byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
		byte[] data = new byte[bytes.length + 1];
		data[0] = (byte) bytes.length;
		System.arraycopy(bytes, 0, data, 1, bytes.length);
		return data;
	}

	private static void u16(ByteArrayOutputStream out, int value) {
		out.write((value >> 8) & 0xFF);
		out.write(value & 0xFF);
	}

	private static String key(String name) {
		String lower = name.toLowerCase(Locale.ROOT);
		return lower.endsWith(".") ? lower.substring(0, lower.length() - 1) : lower;
	}

}
