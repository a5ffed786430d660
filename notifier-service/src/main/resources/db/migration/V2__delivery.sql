-- How many calls to the provider a send took (retries of throttled or failed calls included).
ALTER TABLE sends ADD COLUMN attempts integer NOT NULL DEFAULT 0;

-- The loop guard counts each recipient's sends of the last minutes.
CREATE INDEX sends_recipient_created_at ON sends (recipient, created_at);

-- The sandbox API lists the newest messages, of one number when asked.
CREATE INDEX sandbox_messages_sender ON sandbox_messages (sender, id);
CREATE INDEX sandbox_messages_recipient ON sandbox_messages (recipient, id);
