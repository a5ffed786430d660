-- Contact lists; names are unique whatever their case.
CREATE TABLE lists (
    id          uuid        PRIMARY KEY,
    name        text        NOT NULL,
    created_at  timestamptz NOT NULL
);

CREATE UNIQUE INDEX lists_name_unique ON lists (lower(name));

-- One row per number ever seen, E.164. Numbers and event ids compare as bytes (COLLATE "C"): cheaper
-- in the indexes every action event goes through, and the right order for digits anyway.
CREATE TABLE contacts (
    number               text        COLLATE "C" PRIMARY KEY CHECK (number ~ '^\+[1-9][0-9]{7,14}$'),
    opted_out            boolean     NOT NULL DEFAULT false,
    -- when the current opt-out status began (the STOP or START message's time); null: never changed
    status_since         timestamptz,
    -- the time of the newest STOP or START seen, applied or not: an older one arriving later is stale
    status_requested_at  timestamptz,
    created_at           timestamptz NOT NULL
);

CREATE TABLE memberships (
    list_id   uuid        NOT NULL REFERENCES lists (id) ON DELETE CASCADE,
    number    text        COLLATE "C" NOT NULL REFERENCES contacts (number),
    added_at  timestamptz NOT NULL,
    PRIMARY KEY (list_id, number)
);

CREATE INDEX memberships_number ON memberships (number);

-- Action events already applied, with their outcome: a redelivery changes nothing and repeats the result.
CREATE TABLE processed_events (
    event_id     text        COLLATE "C" PRIMARY KEY,
    status       text        NOT NULL,
    detail       text,
    finished_at  timestamptz NOT NULL
);

-- rows arrive in time order: a BRIN index serves the hourly purge for almost nothing per insert
CREATE INDEX processed_events_finished_at ON processed_events USING brin (finished_at);

-- Transactional outbox: a row per committed opt-out status change, deleted once the number's current
-- status is on contacts.opt-outs.
CREATE TABLE opt_out_outbox (
    seq     bigserial PRIMARY KEY,
    number  text      COLLATE "C" NOT NULL REFERENCES contacts (number)
);
