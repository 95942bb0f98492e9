package dev.firebreak.incident.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import dev.firebreak.incident.Incident;
import dev.firebreak.incident.IncidentService;
import dev.firebreak.incident.IncidentStatus;
import dev.firebreak.incident.Priority;
import dev.firebreak.incident.PublicStatus;
import dev.firebreak.incident.PublicUpdate;
import dev.firebreak.incident.PublicUpdates;
import dev.firebreak.security.Actor;
import dev.firebreak.task.VisibleIncidents;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The company-wide view: every signed-in person sees the open P1 and P2 incidents, so
 * that nobody misses an outage that is someone else's. It tells only what the status page
 * could (title, service, status, the last public update); the incident itself stays with
 * whoever may see it.
 */
@Service
@Transactional(readOnly = true)
public class MajorIncidents {

	static final int LIMIT = 100;

	private final IncidentService incidents;

	private final PublicUpdates updates;

	private final VisibleIncidents visible;

	MajorIncidents(IncidentService incidents, PublicUpdates updates, VisibleIncidents visible) {
		this.incidents = incidents;
		this.updates = updates;
		this.visible = visible;
	}

	public List<Major> list(Actor actor) {
		List<Incident> open = incidents.openMajor(LIMIT);
		Map<Long, PublicUpdate> latest = updates.latest(open.stream().map(Incident::id).toList());
		return open.stream().map(incident -> {
			PublicUpdate update = latest.get(incident.id());
			return new Major(incident.number(), incident.title(), incident.serviceName(), incident.priority(),
					incident.status(), incident.detectedAt(), update == null ? null : update.status(),
					update == null ? null : update.message(), update == null ? null : update.publishedAt(),
					visible.mayRead(incident, actor));
		}).toList();
	}

	public long count() {
		return incidents.countOpenMajor();
	}

	/**
	 * An open major incident as everyone may see it.
	 *
	 * @param lastUpdate the last public update's Markdown, or null
	 * @param mayOpen whether this reader may open the incident itself
	 */
	public record Major(String number, String title, String service, Priority priority, IncidentStatus status,
			Instant detectedAt, PublicStatus lastUpdateStatus, String lastUpdate, Instant lastUpdateAt,
			boolean mayOpen) {
	}

}
