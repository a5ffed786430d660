-- How many calls to the provider a send took (retries of throttled or failed calls included).
ALTER TABLE sends ADD COLUMN attempts integer NOT NULL DEFAULT 0;

-- The loop guard counts each recipient's sends of the last minutes.
CREATE INDEX sends_recipient_created_at ON sends (recipient, created_at);

-- The sandbox API lists the newest messages, of one number when asked.
CREATE INDEX sandbox_messages_sender ON sandbox_messages (sender, id);
CREATE INDEX sandbox_messages_recipient ON sandbox_messages (recipient, id);

-- Claims SMS under the loop guard, a batch in one round trip: element i of the arrays is one send.
-- Claims for one recipient take turns on an advisory lock held to the end of the calling transaction,
-- so that replicas counting at the same time cannot both pass; a batch takes its locks in one order
-- (by key) so that two batches never wait for each other in a circle. Each statement of a function
-- sees what committed before it started, and what the function itself wrote. Records SENDING
-- (granted) or SKIPPED 'loop-guard'; an existing row for a send is left as it is and returned.
CREATE FUNCTION claim_guarded_sends(p_event_ids text[], p_recipients text[], p_max_sends integer, p_window interval)
    RETURNS TABLE (item integer, granted boolean, status text, detail text, provider_reference text, attempts integer)
    LANGUAGE plpgsql VOLATILE AS $$
DECLARE
    v_lock integer;
    v_i integer;
    v_status text;
    v_detail text;
BEGIN
    FOR v_lock IN SELECT DISTINCT hashtext(r) AS k FROM unnest(p_recipients) AS r ORDER BY k LOOP
        PERFORM pg_advisory_xact_lock(hashtext('notifier.sends'), v_lock);
    END LOOP;
    FOR v_i IN 1 .. coalesce(array_length(p_event_ids, 1), 0) LOOP
        v_status := 'SENDING';
        v_detail := NULL;
        IF (SELECT count(*) FROM notifier.sends s
            WHERE s.recipient = p_recipients[v_i] AND s.status <> 'SKIPPED'
              AND s.created_at > now() - p_window) >= p_max_sends THEN
            v_status := 'SKIPPED';
            v_detail := 'loop-guard';
        END IF;
        INSERT INTO notifier.sends (event_id, recipient, status, detail, attempts, created_at, updated_at)
        VALUES (p_event_ids[v_i], p_recipients[v_i], v_status, v_detail, 0, now(), now())
        ON CONFLICT DO NOTHING;
        IF FOUND THEN
            RETURN QUERY SELECT v_i, v_status = 'SENDING', v_status, v_detail, NULL::text, 0;
        ELSE
            RETURN QUERY SELECT v_i, false, s.status, s.detail, s.provider_reference, s.attempts
                         FROM notifier.sends s WHERE s.event_id = p_event_ids[v_i] AND s.recipient = p_recipients[v_i];
        END IF;
    END LOOP;
END
$$;
