package dev.firebreak.workflow;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * The task is not in a state that allows the action (claimed by someone else, already
 * done); 409.
 */
public class TaskConflictException extends ErrorResponseException {

	public TaskConflictException(String detail) {
		super(HttpStatus.CONFLICT, problem(detail), null);
	}

	private static ProblemDetail problem(String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, detail);
		problem.setTitle("Task conflict");
		return problem;
	}

}
