package dev.firebreak.workflow;

/** A human task was removed without being completed (the incident was cancelled). */
public record WorkTaskCancelled(String taskId) {
}
