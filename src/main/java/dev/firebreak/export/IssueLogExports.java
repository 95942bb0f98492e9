package dev.firebreak.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;

import dev.firebreak.failure.FieldError;
import dev.firebreak.failure.InvalidInput;
import dev.firebreak.incident.ServiceCatalogue;
import dev.firebreak.security.TeamDirectory;
import dev.firebreak.task.IncidentSearchFilters;
import dev.firebreak.security.Actor;
import dev.firebreak.audit.AuditLog;

import org.springframework.stereotype.Service;

import static dev.firebreak.security.Role.ADMIN;
import static dev.firebreak.security.Role.AUDITOR;
import static dev.firebreak.security.Role.MANAGER;

/**
 * Who may export, which filters are valid, and writing an issue log to a file that is
 * hashed and recorded in the audit log before anyone can download it.
 * <p>
 * Only managers, auditors and admins export: the issue log is the whole record of the
 * incidents it holds, and responders read their teams' incidents through the incident
 * API.
 */
@Service
public class IssueLogExports {

	static final String EXPORTED = "ISSUE_LOG_EXPORTED";

	private final IssueLogWorkbook workbook;

	private final IssueLogReader reader;

	private final ServiceCatalogue catalogue;

	private final AuditLog audit;

	private final ExportProperties properties;

	private final TeamDirectory teams;

	IssueLogExports(IssueLogWorkbook workbook, IssueLogReader reader, ServiceCatalogue catalogue, AuditLog audit,
			ExportProperties properties, TeamDirectory teams) {
		this.teams = teams;
		this.workbook = workbook;
		this.reader = reader;
		this.catalogue = catalogue;
		this.audit = audit;
		this.properties = properties;
	}

	public static void requireMayExport(Actor actor) {
		actor.requireAnyRole("export the issue log", MANAGER, AUDITOR, ADMIN);
	}

	/**
	 * Refuses filters that cannot be meant (an empty time range, an unknown service or
	 * team, text too long to be typed), naming every one at once.
	 */
	public void validate(ExportFilters filters) {
		List<FieldError> errors = new ArrayList<>();
		if (filters.from() != null && filters.to() != null && !filters.from().isBefore(filters.to())) {
			errors.add(new FieldError("to", "must be after from"));
		}
		if (filters.service() != null && catalogue.find(filters.service()).isEmpty()) {
			errors.add(new FieldError("service", "is not a service in the catalogue"));
		}
		if (filters.team() != null && (filters.team().isBlank() || !teams.exists(filters.team()))) {
			errors.add(new FieldError("team", "is not a team"));
		}
		if (filters.text() != null && filters.text().length() > IncidentSearchFilters.MAX_TEXT) {
			errors.add(new FieldError("q", "must be at most " + IncidentSearchFilters.MAX_TEXT + " characters"));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInput(errors);
		}
	}

	/**
	 * A direct download: refused past {@code maxDirectIncidents}, which a job handles
	 * instead.
	 */
	Written exportDirect(ExportFilters filters, Actor actor) throws IOException {
		requireMayExport(actor);
		validate(filters);
		long incidents = reader.countIncidents(filters);
		if (incidents > properties.maxDirectIncidents()) {
			throw ExportProblems.tooLarge(incidents, properties.maxDirectIncidents());
		}
		// a .part, so that the sweep deletes it if this node dies before the download
		// ends
		Path file = Files.createTempFile(directory(), "issue-log-", ".xlsx" + ExportJobRunner.PART);
		try {
			Written written = write(filters, actor.username(), file, read -> {
			});
			audit.record(actor.username(), EXPORTED, "issue-log (direct download)", details(filters, written, null));
			return written;
		}
		catch (IOException | RuntimeException ex) {
			Files.deleteIfExists(file);
			throw ex;
		}
	}

	/** Incidents, timeline entries and tasks an export of these filters reads now. */
	long countRows(ExportFilters filters) {
		return reader.countRows(filters, reader.bounds());
	}

	/** Writes the workbook to {@code file}, hashing it on the way. */
	Written write(ExportFilters filters, String exportedBy, Path file, LongConsumer progress) throws IOException {
		MessageDigest sha = sha256();
		IssueLogResult result;
		try (OutputStream out = new DigestOutputStream(Files.newOutputStream(file), sha)) {
			result = workbook.write(filters, exportedBy, out, progress);
		}
		return new Written(file, Files.size(file), HexFormat.of().formatHex(sha.digest()), result);
	}

	Path directory() throws IOException {
		return Files.createDirectories(properties.directory());
	}

	/** What the audit log keeps of an export. */
	static Map<String, Object> details(ExportFilters filters, Written written, Long jobId) {
		Map<String, Object> details = new LinkedHashMap<>();
		if (jobId != null) {
			details.put("job", jobId);
		}
		details.put("filters", filters.describe());
		details.put("rows", written.result().sheetRows());
		details.put("bytes", written.size());
		details.put("sha256", written.sha256());
		details.put("chainHead", written.result().head().value());
		details.put("auditAsOf", written.result().head().auditEntry());
		details.put("timelineAsOf", written.result().head().timelineAsOf());
		return details;
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

	/** A finished workbook file, its size and SHA-256. */
	record Written(Path file, long size, String sha256, IssueLogResult result) {
	}

}
