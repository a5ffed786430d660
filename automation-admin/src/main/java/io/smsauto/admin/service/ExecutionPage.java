package io.smsauto.admin.service;

import java.util.List;

/** One page of an automation's executions, newest first; {@code total} counts them all. */
public record ExecutionPage(int page, int size, long total, List<Execution> items) {
}
