/**
 * What went wrong, said in domain terms: the base exceptions every feature's refusals
 * extend ({@link dev.firebreak.failure.NotFound}, {@link dev.firebreak.failure.Conflict},
 * {@link dev.firebreak.failure.InvalidInput}, ...), each carrying a
 * {@link dev.firebreak.failure.Failure.Kind}, a title, a detail, field errors and extra
 * properties as plain Java values. Free of HTTP on purpose: {@code web} alone decides
 * which status, body or page a kind becomes (docs/adr/0010-failures-mapped-in-web.md).
 * Depends on nothing, so that every feature, {@code incident} first, may use it.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package dev.firebreak.failure;
