package dev.firebreak.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;

import dev.firebreak.postmortem.Postmortem;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;

/**
 * An incident's postmortem as a Word document (DOCX) a manager can send: POI's XWPF, so
 * that every Office document Firebreak writes comes from one library in one room (ADR
 * 0015). Headings use Word's built-in heading styles names, so the document's outline
 * works in Word and LibreOffice.
 */
final class PostmortemDocument {

	private PostmortemDocument() {
	}

	static byte[] write(Postmortem pm) {
		try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Postmortem.Facts f = pm.facts();
			XWPFParagraph title = document.createParagraph();
			title.setAlignment(ParagraphAlignment.LEFT);
			XWPFRun run = title.createRun();
			run.setBold(true);
			run.setFontSize(20);
			run.setText("Postmortem " + f.number() + ": " + f.title());
			text(document, pm.approved() ? "Approved by " + pm.approvedBy() + " at " + at(pm.approvedAt())
					: "Draft, not approved yet");

			heading(document, "Summary");
			text(document, pm.narrative().summary());
			heading(document, "Impact");
			text(document, f.priority() + ", severity " + f.severity() + ", impact " + f.impact() + "; service "
					+ f.service() + ", team " + f.team() + ".");
			text(document, pm.narrative().impact());

			heading(document, "Timeline of key moments");
			XWPFTable table = document.createTable(1, 3);
			table.getRow(0).getCell(0).setText("When (UTC)");
			table.getRow(0).getCell(1).setText("What");
			table.getRow(0).getCell(2).setText("Who");
			for (Postmortem.Moment moment : pm.keyMoments()) {
				var row = table.createRow();
				row.getCell(0).setText(at(moment.at()));
				row.getCell(1).setText(moment.what());
				row.getCell(2).setText(moment.actor());
			}

			heading(document, "Priority decision");
			text(document, pm.priorityDecision() == null ? "No decision recorded." : pm.priorityDecision());

			heading(document, "Root cause");
			Postmortem.RootCause rca = pm.rootCause();
			if (rca.category() == null) {
				text(document, "No root cause is recorded.");
			}
			else {
				text(document, "Category: " + rca.category());
				for (int i = 0; i < rca.fiveWhys().size(); i++) {
					text(document, "Why " + (i + 1) + ": " + rca.fiveWhys().get(i));
				}
				text(document, "Contributing factors: " + rca.contributingFactors());
				text(document, "Preventive actions: " + rca.preventiveActions());
			}
			text(document, "RCA completion: " + rca.completion());

			heading(document, "Follow-up actions");
			lines(document,
					pm.followUps()
						.stream()
						.map(a -> a.title() + " (" + a.owner() + ", team " + a.team() + ", due " + a.dueDate() + ", "
								+ a.status() + (a.ticketUrl() == null ? "" : ", " + a.ticketUrl()) + ")")
						.toList());

			heading(document, "SLA");
			Postmortem.Sla sla = pm.sla();
			text(document, "Acknowledge due " + at(sla.acknowledgeDue()) + ", acknowledged " + at(sla.acknowledgedAt())
					+ ": " + verdict(sla.acknowledgeMet()));
			text(document, "Resolve due " + at(sla.resolveDue()) + ", resolved " + at(sla.resolvedAt()) + ": "
					+ verdict(sla.resolveMet()));

			heading(document, "Notifications");
			lines(document, pm.notifications());
			heading(document, "Public updates");
			lines(document, pm.publicUpdates().stream().map(u -> at(u.at()) + " " + u.what()).toList());

			heading(document, "What went well");
			text(document, pm.narrative().wentWell());
			heading(document, "What went wrong");
			text(document, pm.narrative().wentWrong());
			document.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void heading(XWPFDocument document, String text) {
		XWPFParagraph paragraph = document.createParagraph();
		paragraph.setStyle("Heading1");
		XWPFRun run = paragraph.createRun();
		run.setBold(true);
		run.setFontSize(14);
		run.setText(text);
	}

	private static void text(XWPFDocument document, String text) {
		if (text == null || text.isBlank()) {
			return;
		}
		// one paragraph per line, as written
		for (String line : text.split("\\R")) {
			document.createParagraph().createRun().setText(line);
		}
	}

	private static void lines(XWPFDocument document, List<String> lines) {
		if (lines.isEmpty()) {
			text(document, "None.");
		}
		lines.forEach(line -> text(document, "• " + line));
	}

	private static String at(Instant instant) {
		return instant == null ? "—" : instant.toString();
	}

	private static String verdict(Boolean met) {
		return met == null ? "open" : met ? "met" : "missed";
	}

}
