package dev.firebreak.probe;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * What an admin sends to create or replace a probe. Missing optional fields take their
 * defaults; {@link ProbeValidator} checks the annotations and the rules between fields in
 * one go.
 *
 * @param url http:// or https:// only
 * @param method GET unless given
 * @param intervalSeconds 60 unless given
 * @param timeoutMs 5000 unless given; shorter than the interval
 * @param expectedStatusMin 200 unless given
 * @param expectedStatusMax 399 unless given
 * @param keyword blank means none
 * @param failuresBeforeAlert 3 unless given
 * @param service must be in the catalogue
 * @param enabled true unless given
 */
public record ProbeRequest(@NotBlank @Size(max = 100) String name, @NotBlank @Size(max = 2000) String url,
		ProbeMethod method, @Min(10) @Max(86400) Integer intervalSeconds, @Min(100) @Max(60000) Integer timeoutMs,
		@Min(100) @Max(599) Integer expectedStatusMin, @Min(100) @Max(599) Integer expectedStatusMax,
		@Size(max = 200) String keyword, @Min(1) @Max(100) Integer failuresBeforeAlert,
		@NotBlank @Size(max = 100) String service, Boolean enabled) {

	public ProbeRequest {
		url = url == null ? null : url.trim();
		method = method == null ? ProbeMethod.GET : method;
		intervalSeconds = intervalSeconds == null ? 60 : intervalSeconds;
		timeoutMs = timeoutMs == null ? 5000 : timeoutMs;
		expectedStatusMin = expectedStatusMin == null ? 200 : expectedStatusMin;
		expectedStatusMax = expectedStatusMax == null ? 399 : expectedStatusMax;
		keyword = keyword == null || keyword.isBlank() ? null : keyword;
		failuresBeforeAlert = failuresBeforeAlert == null ? 3 : failuresBeforeAlert;
		enabled = enabled == null || enabled;
	}

}
