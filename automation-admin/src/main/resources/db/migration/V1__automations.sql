-- One row per automation: the aggregate the API edits and the changelog publishes.
CREATE TABLE automations (
    id          uuid PRIMARY KEY,
    name        text        NOT NULL,
    enabled     boolean     NOT NULL,
    numbers     text        NOT NULL,   -- JSON list of receiving numbers, E.164; [] = every number
    keywords    text        NOT NULL,   -- JSON list
    match_mode  text        NOT NULL,
    actions     text        NOT NULL,   -- JSON list of the actions in order, each with its id
    created_at  timestamptz NOT NULL,
    updated_at  timestamptz NOT NULL,
    version     bigint      NOT NULL
);

CREATE INDEX automations_created_at ON automations (created_at, id);

-- Transactional outbox: a row per committed change, deleted once the automation's current state
-- (or its tombstone) is on automations.changelog.
CREATE TABLE changelog_outbox (
    seq            bigserial   PRIMARY KEY,
    automation_id  uuid        NOT NULL,
    created_at     timestamptz NOT NULL
);

CREATE INDEX changelog_outbox_automation ON changelog_outbox (automation_id);
