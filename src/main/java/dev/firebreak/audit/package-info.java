/**
 * The audit trail: the one hash-chain mechanism and its verification.
 * <p>
 * {@link dev.firebreak.audit.ChainHash} is the chain function: an entry's hash is SHA-256
 * over the previous entry's hash and the entry's canonical content. The incident timeline
 * and the audit log both chain their entries with it.
 * <p>
 * Depends on no other feature.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package dev.firebreak.audit;
