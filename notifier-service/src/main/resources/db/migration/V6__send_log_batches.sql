-- One batch of the send log's writes in one call (one round trip, one transaction): first the outcomes of
-- sends (element i of the p_done_ arrays is one), then the claims of SMS under the loop guard (element i of
-- p_event_ids and p_recipients is one), made as claim_guarded_sends makes them; either may be empty.
-- Every row is looked up by its key, one statement per row: the statements' plans are made once per connection
-- and kept, where an UPDATE … FROM unnest(arrays) was planned anew at every call (its plan depends on the
-- arrays' sizes), which cost PostgreSQL more than the writes themselves. enable_seqscan is off because a
-- plan kept since the log was small would scan it whole at every call once it is large.
CREATE FUNCTION record_and_claim_sends(
        p_done_event_ids text[], p_done_recipients text[], p_done_statuses text[], p_done_details text[],
        p_done_references text[], p_done_attempts integer[],
        p_event_ids text[], p_recipients text[], p_max_sends integer, p_window interval)
    RETURNS TABLE (item integer, granted boolean, status text, detail text, provider_reference text, attempts integer)
    LANGUAGE plpgsql VOLATILE SET enable_seqscan = off AS $$
DECLARE
    v_lock integer;
    v_i integer;
    v_status text;
    v_detail text;
BEGIN
    FOR v_i IN 1 .. coalesce(array_length(p_done_event_ids, 1), 0) LOOP
        UPDATE notifier.sends s
        SET status = p_done_statuses[v_i], detail = p_done_details[v_i], provider_reference = p_done_references[v_i],
            attempts = p_done_attempts[v_i], updated_at = now()
        WHERE s.event_id = p_done_event_ids[v_i] AND s.recipient = p_done_recipients[v_i];
    END LOOP;
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
-- claim_guarded_sends stays while replicas of the previous version may still call it (a rolling update);
-- a later migration drops it.
