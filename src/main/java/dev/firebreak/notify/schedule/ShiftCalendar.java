package dev.firebreak.notify.schedule;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;

/**
 * Shifts as an iCalendar document (RFC 5545) for calendar apps to subscribe to. Times are
 * UTC instants, so no time zone definitions are needed and every app shows the shifts in
 * its own zone.
 */
final class ShiftCalendar {

	static final String MEDIA_TYPE = "text/calendar;charset=UTF-8";

	private ShiftCalendar() {
	}

	/**
	 * @param name the calendar's name, which calendar apps show for the subscription
	 * @param stamp when the document was made
	 */
	static String write(String name, List<Event> events, Instant stamp) {
		Calendar calendar = new Calendar();
		calendar.add(new ProdId("-//Firebreak//On-call shifts//EN"));
		calendar.add(ImmutableVersion.VERSION_2_0);
		calendar.add(ImmutableCalScale.GREGORIAN);
		calendar.add(ImmutableMethod.PUBLISH);
		calendar.add(new XProperty("X-WR-CALNAME", name));
		for (Event event : events) {
			VEvent vevent = new VEvent(false);
			vevent.add(new Uid(event.uid()));
			vevent.add(new DtStamp(stamp));
			vevent.add(new DtStart<>(event.start()));
			vevent.add(new DtEnd<>(event.end()));
			vevent.add(new Summary(event.summary()));
			vevent.add(new Description(event.description()));
			calendar.add(vevent);
		}
		StringWriter text = new StringWriter();
		try {
			// not validating: a feed with no shifts in its window is still a good answer
			new CalendarOutputter(false).output(calendar, text);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (ValidationException ex) {
			throw new IllegalStateException(ex);
		}
		return text.toString();
	}

	/**
	 * One shift as an event.
	 *
	 * @param uid the same for the same shift in every download, so that apps update
	 * events instead of duplicating them
	 */
	record Event(String uid, String summary, String description, Instant start, Instant end) {
	}

}
