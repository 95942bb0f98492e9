package dev.firebreak.report;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** Improvement goals in {@code fb_improvement_goal}, times as UTC wall-clock values. */
@Repository
class GoalRepository {

	private static final String COLUMNS = "id, metric, service, target, change_percent, baseline, deadline,"
			+ " created_by, created_at";

	private final JdbcClient jdbc;

	GoalRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	ImprovementGoal insert(ImprovementGoal goal) {
		KeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("insert into fb_improvement_goal (metric, service, target, change_percent, baseline, deadline,"
				+ " created_by, created_at) values (?, ?, ?, ?, ?, ?, ?, ?)")
			.params(goal.metric().name(), goal.service(), goal.target(), goal.changePercent(), goal.baseline(),
					goal.deadline(), goal.createdBy(), LocalDateTime.ofInstant(goal.createdAt(), ZoneOffset.UTC))
			.update(key, "id");
		return new ImprovementGoal(key.getKey().longValue(), goal.metric(), goal.service(), goal.target(),
				goal.changePercent(), goal.baseline(), goal.deadline(), goal.createdBy(), goal.createdAt());
	}

	/** Every goal, by deadline, then as set. */
	List<ImprovementGoal> all() {
		return jdbc.sql("select " + COLUMNS + " from fb_improvement_goal order by deadline, id")
			.query(GoalRepository::goal)
			.list();
	}

	java.util.Optional<ImprovementGoal> find(long id) {
		return jdbc.sql("select " + COLUMNS + " from fb_improvement_goal where id = ?")
			.param(id)
			.query(GoalRepository::goal)
			.optional();
	}

	boolean delete(long id) {
		return jdbc.sql("delete from fb_improvement_goal where id = ?").param(id).update() > 0;
	}

	private static ImprovementGoal goal(ResultSet rs, int row) throws SQLException {
		return new ImprovementGoal(rs.getLong("id"), GoalMetric.valueOf(rs.getString("metric")),
				rs.getString("service"), rs.getDouble("target"), rs.getObject("change_percent", Double.class),
				rs.getObject("baseline", Double.class), rs.getObject("deadline", java.time.LocalDate.class),
				rs.getString("created_by"), rs.getObject("created_at", LocalDateTime.class).toInstant(ZoneOffset.UTC));
	}

}
