package dev.firebreak.export;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.firebreak.export.ExportJob.Status;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * {@code fb_export_job}. State moves by conditional updates (QUEUED → RUNNING only if
 * still QUEUED), so two nodes or two threads never run the same job.
 */
@Repository
class ExportJobRepository {

	private static final String COLUMNS = "id, requested_by, filters, status, rows_written, rows_total, file_path,"
			+ " file_size, sha256, sheet_rows, error, created_at, started_at, finished_at";

	private final JdbcClient jdbc;

	private final ObjectMapper json;

	ExportJobRepository(JdbcClient jdbc, ObjectMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	long insert(String requestedBy, ExportFilters filters, Instant now) {
		KeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("insert into fb_export_job (requested_by, filters, status, rows_written, created_at)"
				+ " values (?, ?, ?, 0, ?)")
			.params(requestedBy, toJson(filters.describe()), Status.QUEUED.name(), toDb(now))
			.update(key);
		return key.getKey().longValue();
	}

	Optional<ExportJob> find(long id) {
		return jdbc.sql("select " + COLUMNS + " from fb_export_job where id = ?").param(id).query(this::job).optional();
	}

	/**
	 * Takes a queued job for a run identified by {@code token}; only that run may record
	 * its progress and outcome.
	 */
	boolean claim(long id, String token, Instant now) {
		return jdbc.sql(
				"update fb_export_job set status = ?, run_token = ?, started_at = ?, heartbeat_at = ?, rows_written = 0"
						+ " where id = ? and status = ?")
			.params(Status.RUNNING.name(), token, toDb(now), toDb(now), id, Status.QUEUED.name())
			.update() == 1;
	}

	/** Moves the heartbeat of a run that still holds its job. */
	boolean beat(long id, String token, Instant now) {
		return jdbc.sql("update fb_export_job set heartbeat_at = ? where id = ? and run_token = ? and status = ?")
			.params(toDb(now), id, token, Status.RUNNING.name())
			.update() == 1;
	}

	void total(long id, String token, long rowsTotal) {
		jdbc.sql("update fb_export_job set rows_total = ? where id = ? and run_token = ?")
			.params(rowsTotal, id, token)
			.update();
	}

	/**
	 * @return false when the run lost its job to another node
	 */
	boolean progress(long id, String token, long rowsWritten, Instant now) {
		return jdbc
			.sql("update fb_export_job set rows_written = ?, heartbeat_at = ? where id = ? and run_token = ?"
					+ " and status = ?")
			.params(rowsWritten, toDb(now), id, token, Status.RUNNING.name())
			.update() == 1;
	}

	/**
	 * @return false when the run lost its job to another node (which finishes it)
	 */
	boolean done(long id, String token, IssueLogExports.Written written, Instant now) {
		return jdbc.sql("""
				update fb_export_job set status = ?, rows_written = ?, file_path = ?, file_size = ?, sha256 = ?,
				  sheet_rows = ?, finished_at = ? where id = ? and run_token = ? and status = ?""")
			.params(Status.DONE.name(), written.result().rowsRead(), written.file().toString(), written.size(),
					written.sha256(), toJson(written.result().sheetRows()), toDb(now), id, token, Status.RUNNING.name())
			.update() == 1;
	}

	void failed(long id, String token, String error, Instant now) {
		jdbc.sql("update fb_export_job set status = ?, error = ?, finished_at = ? where id = ? and run_token = ?"
				+ " and status = ?")
			.params(Status.FAILED.name(), error.length() > 1000 ? error.substring(0, 1000) : error, toDb(now), id,
					token, Status.RUNNING.name())
			.update();
	}

	List<Long> queued(int limit) {
		return jdbc.sql("select id from fb_export_job where status = ? order by id limit ?")
			.params(Status.QUEUED.name(), limit)
			.query(Long.class)
			.list();
	}

	/** Running jobs whose worker stopped beating go back to the queue. */
	int requeueStale(Instant heartbeatBefore) {
		return jdbc.sql("update fb_export_job set status = ? where status = ? and heartbeat_at < ?")
			.params(Status.QUEUED.name(), Status.RUNNING.name(), toDb(heartbeatBefore))
			.update();
	}

	/** Running jobs: their ids and the tokens of the runs that hold them. */
	Map<Long, String> running() {
		Map<Long, String> running = new HashMap<>();
		jdbc.sql("select id, run_token from fb_export_job where status = ?").param(Status.RUNNING.name()).query(rs -> {
			running.put(rs.getLong("id"), rs.getString("run_token"));
		});
		return running;
	}

	/** Finished jobs past the retention, with their files. */
	List<ExportJob> finishedBefore(Instant cutoff) {
		return jdbc.sql("select " + COLUMNS + " from fb_export_job where finished_at < ? order by id")
			.param(toDb(cutoff))
			.query(this::job)
			.list();
	}

	void delete(long id) {
		jdbc.sql("delete from fb_export_job where id = ?").param(id).update();
	}

	private ExportJob job(ResultSet rs, int row) throws SQLException {
		long total = rs.getLong("rows_total");
		boolean noTotal = rs.wasNull();
		long size = rs.getLong("file_size");
		boolean noSize = rs.wasNull();
		return new ExportJob(rs.getLong("id"), rs.getString("requested_by"),
				fromJson(rs.getString("filters"), new TypeReference<Map<String, String>>() {
				}), Status.valueOf(rs.getString("status")), rs.getLong("rows_written"), noTotal ? null : total,
				rs.getString("file_path"), noSize ? null : size, rs.getString("sha256"),
				fromJson(rs.getString("sheet_rows"), new TypeReference<Map<String, Integer>>() {
				}), rs.getString("error"), instant(rs, "created_at"), instant(rs, "started_at"),
				instant(rs, "finished_at"));
	}

	private String toJson(Object value) {
		try {
			return json.writeValueAsString(value);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("Export job fields are plain values", ex);
		}
	}

	private <T> T fromJson(String text, TypeReference<T> type) {
		if (text == null) {
			return null;
		}
		try {
			return json.readValue(text, type);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("Unreadable export job field", ex);
		}
	}

	private static LocalDateTime toDb(Instant instant) {
		return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		LocalDateTime value = rs.getObject(column, LocalDateTime.class);
		return value == null ? null : value.toInstant(ZoneOffset.UTC);
	}

}
