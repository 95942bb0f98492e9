/**
 * The audit trail: the one hash-chain mechanism and its verification, and the audit log.
 * <p>
 * {@link dev.firebreak.audit.ChainHash} is the chain function: an entry's hash is SHA-256
 * over the previous entry's hash and the entry's canonical content. A feature whose table
 * is chained describes it as a {@link dev.firebreak.audit.Chain} bean (incident's
 * timeline, one chain per incident; here the audit log, one chain with a head row).
 * {@link dev.firebreak.audit.ChainVerifier} walks any of them into one
 * {@link dev.firebreak.audit.ChainVerification}, and a subclass of
 * {@link dev.firebreak.audit.ChainBackfill} chains a table's rows written before the
 * chains existed.
 * <p>
 * {@link dev.firebreak.audit.AuditLog} records who did what ({@code fb_audit_log}).
 * {@code web} holds its API ({@code /api/v1/audit}) and the audit trail page, which
 * verifies every registered chain.
 * <p>
 * Depends on no other feature: who did something arrives as a plain name, the chains
 * register themselves, and the pages read the roles from Spring Security's authorities.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package dev.firebreak.audit;
