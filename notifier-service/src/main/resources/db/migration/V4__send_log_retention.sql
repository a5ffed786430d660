-- The hourly purge of sends older than notifier.send-log.retention finds them by creation time.
CREATE INDEX sends_created_at ON sends (created_at);
