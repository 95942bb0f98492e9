package dev.firebreak.task;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** 404. */
class TaskNotFoundException extends ErrorResponseException {

	TaskNotFoundException(String taskId) {
		super(HttpStatus.NOT_FOUND, problem(taskId), null);
	}

	private static ProblemDetail problem(String taskId) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
				"There is no task " + taskId + ".");
		problem.setTitle("Task not found");
		return problem;
	}

}
