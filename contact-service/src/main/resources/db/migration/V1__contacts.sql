-- Contact lists; names are unique whatever their case.
CREATE TABLE lists (
    id          uuid        PRIMARY KEY,
    name        text        NOT NULL,
    created_at  timestamptz NOT NULL
);

CREATE UNIQUE INDEX lists_name_unique ON lists (lower(name));

-- One row per number ever seen, E.164.
CREATE TABLE contacts (
    number               text        PRIMARY KEY CHECK (number ~ '^\+[1-9][0-9]{7,14}$'),
    opted_out            boolean     NOT NULL DEFAULT false,
    -- when the current opt-out status began (the STOP or START message's time); null: never changed
    status_since         timestamptz,
    -- the time of the newest STOP or START seen, applied or not: an older one arriving later is stale
    status_requested_at  timestamptz,
    created_at           timestamptz NOT NULL
);

CREATE TABLE memberships (
    list_id   uuid        NOT NULL REFERENCES lists (id) ON DELETE CASCADE,
    number    text        NOT NULL REFERENCES contacts (number),
    added_at  timestamptz NOT NULL,
    PRIMARY KEY (list_id, number)
);

CREATE INDEX memberships_number ON memberships (number);

-- Action events already applied, with their outcome: a redelivery changes nothing and repeats the result.
CREATE TABLE processed_events (
    event_id     text        PRIMARY KEY,
    status       text        NOT NULL,
    detail       text,
    finished_at  timestamptz NOT NULL
);

CREATE INDEX processed_events_finished_at ON processed_events (finished_at);

-- Transactional outbox: a row per committed opt-out status change, deleted once the number's current
-- status is on contacts.opt-outs.
CREATE TABLE opt_out_outbox (
    seq     bigserial PRIMARY KEY,
    number  text      NOT NULL REFERENCES contacts (number)
);
