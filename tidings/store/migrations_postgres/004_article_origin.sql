-- PostgreSQL dialect of migrations/004_article_origin.sql: same version and meaning (BYTEA, JSONB, DOUBLE PRECISION;
-- sort keys COLLATE "C" so that they order as in DuckDB, whatever the server's locale).
-- What the input states about an article beyond its text: the author (HTML pages, feeds,
-- records), how its bytes were decoded, and whether it is only a feed item's title and summary.
ALTER TABLE articles ADD COLUMN author VARCHAR;
ALTER TABLE articles ADD COLUMN encoding VARCHAR;
ALTER TABLE articles ADD COLUMN partial BOOLEAN NOT NULL DEFAULT false;
