package dev.firebreak.probe;

/** The DNS record types a DNS probe may ask for. */
public enum RecordType {

	A, AAAA, CNAME, MX, TXT, NS

}
