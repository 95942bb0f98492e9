package dev.firebreak.probe;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

/**
 * Self-signed certificates made in the test with nothing but the JDK: the certificate is
 * written out in DER by hand (no BouncyCastle on the class path, no keytool) and signed
 * with SHA256withRSA, then read back by the JDK's own CertificateFactory.
 */
final class TestCertificates {

	private static final byte[] SHA256_WITH_RSA = oid(1, 2, 840, 113549, 1, 1, 11);

	private static final byte[] COMMON_NAME = oid(2, 5, 4, 3);

	private static final byte[] SUBJECT_ALT_NAME = oid(2, 5, 29, 17);

	private static KeyPair keys;

	private TestCertificates() {
	}

	/** A server's key and certificate, ready for an HTTPS server. */
	record Issued(KeyPair keys, X509Certificate certificate) {

		SSLContext serverContext() {
			try {
				KeyStore store = KeyStore.getInstance("PKCS12");
				store.load(null, null);
				char[] password = "test".toCharArray();
				store.setKeyEntry("server", keys.getPrivate(), password, new X509Certificate[] { certificate });
				KeyManagerFactory factory = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
				factory.init(store, password);
				SSLContext context = SSLContext.getInstance("TLS");
				context.init(factory.getKeyManagers(), null, null);
				return context;
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		}

	}

	/**
	 * @param names DNS names and IP addresses the certificate is for
	 */
	static Issued selfSigned(String commonName, Instant notBefore, Instant notAfter, String... names) {
		try {
			KeyPair pair = keys();
			byte[] algorithm = seq(SHA256_WITH_RSA, new byte[] { 0x05, 0x00 });
			byte[] name = seq(set(seq(COMMON_NAME, tlv(0x0C, commonName.getBytes(StandardCharsets.UTF_8)))));
			ByteArrayOutputStream generalNames = new ByteArrayOutputStream();
			for (String alternative : names) {
				if (alternative.matches("[0-9.]+") || alternative.contains(":")) {
					generalNames.write(tlv(0x87, InetAddress.getByName(alternative).getAddress()));
				}
				else {
					generalNames.write(tlv(0x82, alternative.getBytes(StandardCharsets.US_ASCII)));
				}
			}
			byte[] extensions = tlv(0xA3, seq(seq(SUBJECT_ALT_NAME, tlv(0x04, seq(generalNames.toByteArray())))));
			byte[] tbs = seq(tlv(0xA0, integer(BigInteger.TWO)), integer(BigInteger.valueOf(System.nanoTime())),
					algorithm, name, seq(time(notBefore), time(notAfter)), name, pair.getPublic().getEncoded(),
					extensions);
			Signature signer = Signature.getInstance("SHA256withRSA");
			signer.initSign(pair.getPrivate());
			signer.update(tbs);
			byte[] signature = signer.sign();
			byte[] bits = new byte[signature.length + 1];
			System.arraycopy(signature, 0, bits, 1, signature.length);
			byte[] der = seq(tbs, algorithm, tlv(0x03, bits));
			X509Certificate certificate = (X509Certificate) CertificateFactory.getInstance("X.509")
				.generateCertificate(new ByteArrayInputStream(der));
			return new Issued(pair, certificate);
		}
		catch (GeneralSecurityException | UnknownHostException ex) {
			throw new IllegalStateException(ex);
		}
		catch (java.io.IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** One RSA key for every certificate of the run: making one takes a while. */
	private static synchronized KeyPair keys() throws GeneralSecurityException {
		if (keys == null) {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(2048);
			keys = generator.generateKeyPair();
		}
		return keys;
	}

	private static byte[] time(Instant instant) {
		boolean utc = instant.atZone(ZoneOffset.UTC).getYear() < 2050;
		String text = DateTimeFormatter.ofPattern(utc ? "yyMMddHHmmss'Z'" : "yyyyMMddHHmmss'Z'")
			.withZone(ZoneOffset.UTC)
			.format(instant);
		return tlv(utc ? 0x17 : 0x18, text.getBytes(StandardCharsets.US_ASCII));
	}

	private static byte[] integer(BigInteger value) {
		return tlv(0x02, value.toByteArray());
	}

	private static byte[] oid(int... arcs) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.write(40 * arcs[0] + arcs[1]);
		for (int i = 2; i < arcs.length; i++) {
			int arc = arcs[i];
			byte[] chunk = new byte[5];
			int at = chunk.length;
			chunk[--at] = (byte) (arc & 0x7F);
			arc >>>= 7;
			while (arc > 0) {
				chunk[--at] = (byte) (0x80 | (arc & 0x7F));
				arc >>>= 7;
			}
			out.write(chunk, at, chunk.length - at);
		}
		return tlv(0x06, out.toByteArray());
	}

	private static byte[] seq(byte[]... parts) {
		return tlv(0x30, concat(parts));
	}

	private static byte[] set(byte[]... parts) {
		return tlv(0x31, concat(parts));
	}

	private static byte[] concat(byte[]... parts) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		for (byte[] part : parts) {
			out.writeBytes(part);
		}
		return out.toByteArray();
	}

	private static byte[] tlv(int tag, byte[] value) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.write(tag);
		int length = value.length;
		if (length < 0x80) {
			out.write(length);
		}
		else if (length < 0x100) {
			out.write(0x81);
			out.write(length);
		}
		else {
			out.write(0x82);
			out.write(length >> 8);
			out.write(length & 0xFF);
		}
		out.writeBytes(value);
		return out.toByteArray();
	}

}
