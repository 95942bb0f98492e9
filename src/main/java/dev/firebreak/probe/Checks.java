package dev.firebreak.probe;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

/** Runs one check of any kind. */
@Component
class Checks {

	private final Map<ProbeKind, KindCheck> byKind = new EnumMap<>(ProbeKind.class);

	Checks(List<KindCheck> checks) {
		checks.forEach(check -> byKind.put(check.kind(), check));
	}

	/** Never throws; see {@link KindCheck}. */
	CheckResult run(Probe probe) {
		KindCheck check = byKind.get(probe.kind());
		if (check == null) {
			return CheckResult.down(null, null, "no check for kind " + probe.kind());
		}
		try {
			return check.run(probe);
		}
		catch (RuntimeException ex) {
			return CheckResult.down(null, null, "the check failed: " + ex);
		}
	}

}
