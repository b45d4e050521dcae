-- PostgreSQL dialect of migrations/003_article_events_duplicates.sql: same version and meaning (BYTEA, JSONB, DOUBLE PRECISION;
-- sort keys COLLATE "C" so that they order as in DuckDB, whatever the server's locale).
-- Events are kept at two levels: what each article reports (article_events, with its mentions)
-- and the real-world events they are merged into (events). Articles get an ingestion order and
-- a link to the article they duplicate; signatures hold their MinHash for near-duplicate search.
-- Events coded before this version are dropped: run `tidings recode` to code them again.
DELETE FROM mentions;
DELETE FROM events;
DROP TABLE mentions;

CREATE SEQUENCE article_seq;
ALTER TABLE articles ADD COLUMN seq BIGINT;
ALTER TABLE articles ADD COLUMN duplicate_of VARCHAR;
UPDATE articles SET seq = nextval('article_seq');

CREATE TABLE signatures (
    article_id  VARCHAR PRIMARY KEY,
    minhash     BYTEA NOT NULL
);

CREATE TABLE article_events (
    article_event_id VARCHAR PRIMARY KEY,
    article_id      VARCHAR NOT NULL,
    event_id        VARCHAR NOT NULL,      -- the merged event it belongs to
    type            VARCHAR NOT NULL,
    mode            VARCHAR,
    contexts        VARCHAR[] NOT NULL,
    cameo           VARCHAR,
    quad_class      INTEGER NOT NULL,
    goldstein       DOUBLE PRECISION NOT NULL,
    source          JSONB NOT NULL,
    target          JSONB,
    source_key      VARCHAR,
    target_key      VARCHAR,
    is_symmetric    BOOLEAN NOT NULL,
    date            VARCHAR,
    date_basis      VARCHAR,
    location        JSONB,
    status          VARCHAR NOT NULL,
    confidence      DOUBLE PRECISION NOT NULL,
    extra           JSONB
);

CREATE TABLE mentions (
    article_event_id VARCHAR NOT NULL,
    article_id  VARCHAR NOT NULL,
    doc         VARCHAR NOT NULL,
    publisher   VARCHAR,
    published   VARCHAR,
    sentence    VARCHAR NOT NULL,
    start       INTEGER NOT NULL,
    "end"       INTEGER NOT NULL,
    trigger     VARCHAR NOT NULL
);

CREATE INDEX article_events_article ON article_events (article_id);
CREATE INDEX article_events_event ON article_events (event_id);
CREATE INDEX article_events_block ON article_events (type, status, source_key, target_key);
CREATE INDEX mentions_article_event ON mentions (article_event_id);

-- The merge block of an event: type, status and its unordered pair of actor keys.
ALTER TABLE article_events ADD COLUMN block VARCHAR;
ALTER TABLE events ADD COLUMN block VARCHAR;
CREATE INDEX article_events_blocks ON article_events (block);
CREATE INDEX events_block ON events (block);
