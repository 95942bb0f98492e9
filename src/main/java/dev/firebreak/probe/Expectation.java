package dev.firebreak.probe;

/** What a data-integrity query's answer must be for the check to be up. */
public enum Expectation {

	/** No rows: each row is a broken record, and the rows are the evidence. */
	ZERO_ROWS,
	/** Between expectedMin and expectedMax rows (either bound may be left out). */
	ROW_COUNT_BETWEEN,
	/** The first column of the first row equals expectedValue (compared as text). */
	VALUE_EQUALS

}
