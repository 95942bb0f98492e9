package dev.firebreak.problem;

import java.time.Instant;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Recurring problems. Who may see and edit what is checked in {@link Problems}, not here,
 * so that any other door gets the same answers.
 */
@RestController
@RequestMapping("/api/v1/problems")
class ProblemApiController {

	private final Problems problems;

	ProblemApiController(Problems problems) {
		this.problems = problems;
	}

	@GetMapping
	ProblemPage list(@RequestParam(name = "service", required = false) String service,
			@RequestParam(name = "from",
					required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
			@RequestParam(name = "to", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant to,
			@RequestParam(name = "page", defaultValue = "0") @Min(0) int page,
			@RequestParam(name = "size", defaultValue = "20") @Min(1) @Max(200) int size,
			Authentication authentication) {
		return problems.list(new ProblemFilter(service, from, to), page, size, Viewer.of(authentication));
	}

	/** {@code problem}: a number such as {@code PRB-000012}, or the bare id. */
	@GetMapping("/{problem}")
	ProblemView get(@PathVariable("problem") String problem, Authentication authentication) {
		return problems.get(idOf(problem), Viewer.of(authentication));
	}

	@PutMapping("/{problem}/known-error")
	ProblemView updateKnownError(@PathVariable("problem") String problem, @Valid @RequestBody KnownError request,
			Authentication authentication) {
		return problems.updateKnownError(idOf(problem), request.workaround(), Viewer.of(authentication));
	}

	private static long idOf(String problem) {
		long id = ProblemNumbers.idOf(problem);
		if (id < 0) {
			throw new ProblemNotFoundException(problem);
		}
		return id;
	}

	record KnownError(@NotBlank @Size(max = 10_000) String workaround) {
	}

}
