/**
 * Excel workbooks: the issue-log export (streamed from the incident, timeline and task
 * tables, page by page), export jobs that run in the background, and the verification of
 * the hash chains the workbooks carry. Reads the incident tables as a read model and uses
 * the incident, SLA and security features' public types.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "incident", "sla", "security" })
package dev.firebreak.export;
