package io.smsauto.admin.repository;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import io.smsauto.admin.service.ActionStatus;
import io.smsauto.admin.service.Execution;
import io.smsauto.admin.service.ExecutionAction;
import io.smsauto.admin.service.ResultChange;
import io.smsauto.events.ActionResult;
import io.smsauto.events.ActionType;
import io.smsauto.events.AutomationTriggered;
import io.smsauto.events.Carrier;
import io.smsauto.events.InboundSms;
import io.smsauto.events.RecipientOutcome;
import io.smsauto.events.ResultStatus;
import io.smsauto.events.TriggeredAction;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The execution history in SQL: inserts that ignore what is already there make the consumers
 * idempotent, and a result only ever replaces one of an earlier or the same attempt.
 */
@ApplicationScoped
public class ExecutionRepository {

    private static final TypeReference<List<RecipientOutcome>> RECIPIENTS = new TypeReference<>() { };

    private final Pool pool;
    private final ObjectMapper json;

    public ExecutionRepository(Pool pool, ObjectMapper json) {
        this.pool = pool;
        this.json = json;
    }

    /** Records a match and its action events; a second delivery of the same event changes nothing. */
    public Uni<Void> recordTriggered(AutomationTriggered event) {
        InboundSms sms = event.message() == null ? new InboundSms(null, null, null, null, null, null, null, null)
                : event.message();
        Tuple execution = tuple(event.eventId(), event.automation().id(), event.automation().name(), event.keyword(),
                sms.id(), sms.carrier() == null ? null : sms.carrier().name(), sms.from(), sms.to(), sms.text(),
                utc(sms.receivedAt()), utc(event.triggeredAt()));
        List<Tuple> actions = new ArrayList<>();
        List<TriggeredAction> triggered = event.actions() == null ? List.of() : event.actions();
        for (int i = 0; i < triggered.size(); i++) {
            TriggeredAction action = triggered.get(i);
            actions.add(tuple(action.eventId(), event.eventId(), i, action.actionId(), action.actionName(),
                    action.type() == null ? null : action.type().name()));
        }
        return pool.withTransaction(connection -> connection.preparedQuery("""
                        insert into admin.executions (event_id, automation_id, automation_name, keyword, message_id,
                            carrier, from_number, to_number, message_text, received_at, triggered_at)
                        values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
                        on conflict (event_id) do nothing""").execute(execution)
                .chain(() -> actions.isEmpty() ? Uni.createFrom().voidItem() : connection.preparedQuery("""
                        insert into admin.execution_actions (action_event_id, execution_id, position, action_id,
                            action_name, action_type)
                        values ($1, $2, $3, $4, $5, $6)
                        on conflict (action_event_id) do nothing""").executeBatch(actions).replaceWithVoid()))
                .replaceWithVoid();
    }

    /**
     * Stores an action's result, or puts it in place of the one stored when it is of a later attempt or ended
     * later (a correction); a result older than the stored one changes nothing. One statement: the status
     * it replaced is read in the same snapshot.
     */
    public Uni<ResultChange> recordResult(ActionResult result, Instant recordedAt) {
        Tuple row = tuple(result.eventId(), result.status().name(), result.detail(), result.attempt(),
                utc(result.finishedAt()), recipients(result), utc(recordedAt));
        return pool.preparedQuery("""
                with previous as (select status from admin.action_results where action_event_id = $1)
                insert into admin.action_results (action_event_id, status, detail, attempt, finished_at, recipients,
                    recorded_at)
                values ($1, $2, $3, $4, $5, $6, $7)
                on conflict (action_event_id) do update set status = excluded.status, detail = excluded.detail,
                    attempt = excluded.attempt, finished_at = excluded.finished_at, recipients = excluded.recipients,
                    recorded_at = excluded.recorded_at
                where (excluded.attempt, coalesce(excluded.finished_at, '-infinity'))
                   >= (action_results.attempt, coalesce(action_results.finished_at, '-infinity'))
                returning (select status from previous) as previous_status""")
                .execute(row)
                .map(rows -> change(rows, result.status()));
    }

    private static ResultChange change(RowSet<Row> rows, ResultStatus current) {
        if (rows.size() == 0) {
            return ResultChange.NONE;
        }
        String previous = rows.iterator().next().getString("previous_status");
        return previous == null ? ResultChange.FIRST : ResultChange.from(ResultStatus.valueOf(previous), current);
    }

    public Uni<Long> count(String automationId) {
        return pool.preparedQuery("select count(*) from admin.executions where automation_id = $1")
                .execute(Tuple.of(automationId))
                .map(rows -> rows.iterator().next().getLong(0));
    }

    /** One page of an automation's executions, newest first, each with its actions in order. */
    public Uni<List<Execution>> page(String automationId, int page, int size) {
        return pool.preparedQuery("""
                        select event_id, keyword, message_id, carrier, from_number, to_number, message_text,
                            received_at, triggered_at
                        from admin.executions where automation_id = $1
                        order by triggered_at desc, event_id limit $2 offset $3""")
                .execute(Tuple.of(automationId, size, (long) page * size))
                .chain(rows -> {
                    Map<String, Row> executions = new LinkedHashMap<>();
                    rows.forEach(row -> executions.put(row.getString("event_id"), row));
                    if (executions.isEmpty()) {
                        return Uni.createFrom().item(List.<Execution>of());
                    }
                    return actions(executions.keySet().toArray(String[]::new))
                            .map(actions -> executions.values().stream()
                                    .map(row -> execution(row, actions.getOrDefault(row.getString("event_id"), List.of())))
                                    .toList());
                });
    }

    /** Removes executions triggered, and results recorded, before {@code cutoff}; completes with the rows removed. */
    public Uni<Integer> purgeBefore(Instant cutoff) {
        Tuple before = Tuple.of(utc(cutoff));
        return pool.withTransaction(connection -> connection
                .preparedQuery("delete from admin.executions where triggered_at < $1").execute(before)
                .chain(executions -> connection
                        .preparedQuery("delete from admin.action_results where recorded_at < $1").execute(before)
                        .map(results -> executions.rowCount() + results.rowCount())));
    }

    private Uni<Map<String, List<ExecutionAction>>> actions(String[] executionIds) {
        return pool.preparedQuery("""
                        select a.execution_id, a.action_event_id, a.action_id, a.action_name, a.action_type,
                            r.status, r.detail, r.attempt, r.finished_at, r.recipients
                        from admin.execution_actions a
                        left join admin.action_results r on r.action_event_id = a.action_event_id
                        where a.execution_id = any($1)
                        order by a.execution_id, a.position""")
                .execute(Tuple.of(executionIds))
                .map(this::byExecution);
    }

    private Map<String, List<ExecutionAction>> byExecution(RowSet<Row> rows) {
        Map<String, List<ExecutionAction>> actions = new LinkedHashMap<>();
        for (Row row : rows) {
            String status = row.getString("status");
            actions.computeIfAbsent(row.getString("execution_id"), id -> new ArrayList<>()).add(new ExecutionAction(
                    row.getString("action_event_id"), row.getString("action_id"), row.getString("action_name"),
                    row.getString("action_type") == null ? null : ActionType.valueOf(row.getString("action_type")),
                    status == null ? ActionStatus.PENDING : ActionStatus.valueOf(status), row.getString("detail"),
                    row.getInteger("attempt"), instant(row.getOffsetDateTime("finished_at")),
                    recipients(row.getString("recipients"))));
        }
        return actions;
    }

    private static Execution execution(Row row, List<ExecutionAction> actions) {
        String carrier = row.getString("carrier");
        InboundSms message = new InboundSms(row.getString("message_id"),
                carrier == null ? null : Carrier.valueOf(carrier), null, row.getString("from_number"),
                row.getString("to_number"), row.getString("message_text"), instant(row.getOffsetDateTime("received_at")),
                null);
        return new Execution(row.getString("event_id"), row.getString("keyword"),
                instant(row.getOffsetDateTime("triggered_at")), message, actions);
    }

    private String recipients(ActionResult result) {
        if (result.recipients() == null) {
            return null;
        }
        try {
            return json.writeValueAsString(result.recipients());
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("recipients of result " + result.eventId() + " cannot be written", e);
        }
    }

    private List<RecipientOutcome> recipients(String column) {
        if (column == null) {
            return null;
        }
        try {
            return json.readValue(column, RECIPIENTS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored recipients cannot be read", e);
        }
    }

    /** A tuple that may hold nulls. */
    private static Tuple tuple(Object... values) {
        return Tuple.from(Arrays.asList(values));
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
