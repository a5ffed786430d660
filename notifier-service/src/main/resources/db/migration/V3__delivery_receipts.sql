-- Results published with a recipient whose outcome was unknown (the notifier stopped mid-send, or the
-- request left without an answer), as last published: when a delivery receipt proves that such an SMS
-- was sent, the corrected result is this one with that recipient's outcome replaced.
CREATE TABLE unknown_outcome_results (
    event_id    text        PRIMARY KEY,
    result      jsonb       NOT NULL,   -- the ActionResult as published on actions.results
    updated_at  timestamptz NOT NULL
);
