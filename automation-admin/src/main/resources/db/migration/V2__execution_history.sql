-- Execution history, fed by automations.triggered and actions.results; rows older than the
-- retention (history.retention, 30 days) are purged.

-- One row per match: the inbound message that fired an automation.
CREATE TABLE executions (
    event_id           text        PRIMARY KEY,   -- the AutomationTriggered event id
    automation_id      text        NOT NULL,
    automation_name    text,
    keyword            text,
    message_id         text,
    carrier            text,
    from_number        text,
    to_number          text,
    message_text       text,
    received_at        timestamptz,
    triggered_at       timestamptz NOT NULL
);

CREATE INDEX executions_by_automation ON executions (automation_id, triggered_at DESC, event_id);
CREATE INDEX executions_triggered_at ON executions (triggered_at);

-- The action events a match emitted, in the automation's order.
CREATE TABLE execution_actions (
    action_event_id    text        PRIMARY KEY,
    execution_id       text        NOT NULL REFERENCES executions (event_id) ON DELETE CASCADE,
    position           integer     NOT NULL,
    action_id          text,
    action_name        text,
    action_type        text
);

CREATE INDEX execution_actions_by_execution ON execution_actions (execution_id, position);

-- How each action event ended, by its event id. Kept apart from execution_actions because a
-- result may arrive before the match that caused it (different topics, different partitions).
CREATE TABLE action_results (
    action_event_id    text        PRIMARY KEY,
    status             text        NOT NULL,
    detail             text,
    attempt            integer     NOT NULL,
    finished_at        timestamptz,
    recipients         text,                      -- JSON list of per-recipient outcomes, or null
    recorded_at        timestamptz NOT NULL
);

CREATE INDEX action_results_recorded_at ON action_results (recorded_at);
