-- How many calls to the provider a send took (retries of throttled or failed calls included).
ALTER TABLE sends ADD COLUMN attempts integer NOT NULL DEFAULT 0;

-- The loop guard counts each recipient's sends of the last minutes.
CREATE INDEX sends_recipient_created_at ON sends (recipient, created_at);

-- The sandbox API lists the newest messages, of one number when asked.
CREATE INDEX sandbox_messages_sender ON sandbox_messages (sender, id);
CREATE INDEX sandbox_messages_recipient ON sandbox_messages (recipient, id);

-- Claims one SMS under the loop guard in a single round trip: claims for one recipient take turns on
-- an advisory lock (held to the end of the calling transaction), so that replicas counting at the
-- same time cannot both pass; each statement of a function sees what committed before it started.
-- Records SENDING (granted) or SKIPPED 'loop-guard'; an existing row for the send is left as it is.
CREATE FUNCTION claim_guarded_send(p_event_id text, p_recipient text, p_max_sends integer, p_window interval)
    RETURNS TABLE (granted boolean, status text, detail text, provider_reference text, attempts integer)
    LANGUAGE plpgsql VOLATILE AS $$
DECLARE
    v_status text := 'SENDING';
    v_detail text := NULL;
BEGIN
    PERFORM pg_advisory_xact_lock(hashtext('notifier.sends'), hashtext(p_recipient));
    IF (SELECT count(*) FROM notifier.sends s
        WHERE s.recipient = p_recipient AND s.status <> 'SKIPPED' AND s.created_at > now() - p_window) >= p_max_sends THEN
        v_status := 'SKIPPED';
        v_detail := 'loop-guard';
    END IF;
    INSERT INTO notifier.sends (event_id, recipient, status, detail, attempts, created_at, updated_at)
    VALUES (p_event_id, p_recipient, v_status, v_detail, 0, now(), now())
    ON CONFLICT DO NOTHING;
    IF FOUND THEN
        RETURN QUERY SELECT v_status = 'SENDING', v_status, v_detail, NULL::text, 0;
    ELSE
        RETURN QUERY SELECT false, s.status, s.detail, s.provider_reference, s.attempts
                     FROM notifier.sends s WHERE s.event_id = p_event_id AND s.recipient = p_recipient;
    END IF;
END
$$;
