-- PostgreSQL dialect of migrations/005_event_counts.sql: same version and meaning (BYTEA, JSONB, DOUBLE PRECISION;
-- sort keys COLLATE "C" so that they order as in DuckDB, whatever the server's locale).
-- Report counts on merged events, so that analyses can weigh events without reading mentions.
ALTER TABLE events ADD COLUMN num_mentions INTEGER DEFAULT 1;
ALTER TABLE events ADD COLUMN num_articles INTEGER DEFAULT 1;
ALTER TABLE events ADD COLUMN num_sources INTEGER DEFAULT 1;
CREATE INDEX events_date ON events (date);
