-- One batch of the send log's writes in one call (one round trip, one transaction): first the outcomes of
-- sends (element i of the p_done_ arrays is one), then the claims of SMS under the loop guard, by
-- claim_guarded_sends; either may be empty. Each outcome is recorded by its key, one statement per row: the
-- statements' plans are made once per connection and kept, where an UPDATE … FROM unnest(arrays) was planned
-- anew at every call (its plan depends on the arrays' sizes), which cost PostgreSQL more than the writes
-- themselves. enable_seqscan is off, for the claims too, because a plan kept since the log was small would
-- scan it whole at every call once it is large.
CREATE FUNCTION record_and_claim_sends(
        p_done_event_ids text[], p_done_recipients text[], p_done_statuses text[], p_done_details text[],
        p_done_references text[], p_done_attempts integer[],
        p_event_ids text[], p_recipients text[], p_max_sends integer, p_window interval)
    RETURNS TABLE (item integer, granted boolean, status text, detail text, provider_reference text, attempts integer)
    LANGUAGE plpgsql VOLATILE SET enable_seqscan = off AS $$
DECLARE
    v_i integer;
BEGIN
    FOR v_i IN 1 .. coalesce(array_length(p_done_event_ids, 1), 0) LOOP
        UPDATE notifier.sends s
        SET status = p_done_statuses[v_i], detail = p_done_details[v_i], provider_reference = p_done_references[v_i],
            attempts = p_done_attempts[v_i], updated_at = now()
        WHERE s.event_id = p_done_event_ids[v_i] AND s.recipient = p_done_recipients[v_i];
    END LOOP;
    RETURN QUERY SELECT * FROM notifier.claim_guarded_sends(p_event_ids, p_recipients, p_max_sends, p_window);
END
$$;
