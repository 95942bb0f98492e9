/**
 * What every page and every API answer shares: the layout fragments and form helpers the
 * features' pages use (templates/web/), the error pages, the one place that turns
 * exceptions into problem+json or a friendly page ({@code ExceptionMapping}), and page
 * panels, through which one feature adds a section to another feature's page. Depends on
 * no feature, only on {@code failure}, the refusals it maps.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "failure" })
package dev.firebreak.web;
