-- PostgreSQL dialect of migrations/001_sources_articles.sql: same version and meaning (BYTEA, JSONB, DOUBLE PRECISION;
-- sort keys COLLATE "C" so that they order as in DuckDB, whatever the server's locale).
-- Inputs kept verbatim, content-addressed; their articles; and the input that was rejected.
CREATE TABLE sources (
    sha256      VARCHAR PRIMARY KEY,
    doc         VARCHAR COLLATE "C" NOT NULL,
    path        VARCHAR NOT NULL,
    format      VARCHAR NOT NULL,
    size        BIGINT NOT NULL,
    data        BYTEA NOT NULL,
    status      VARCHAR NOT NULL,          -- received | done | rejected
    received_at TIMESTAMP NOT NULL DEFAULT current_timestamp
);

CREATE TABLE articles (
    article_id    VARCHAR PRIMARY KEY,
    source_sha256 VARCHAR NOT NULL,
    doc           VARCHAR COLLATE "C" NOT NULL,
    idx           INTEGER NOT NULL,
    title         VARCHAR,
    published     DATE,
    dateline      VARCHAR,
    publisher     VARCHAR,
    url           VARCHAR,
    lead          VARCHAR[] NOT NULL,
    captions      VARCHAR[] NOT NULL,
    body          VARCHAR NOT NULL,
    language      VARCHAR NOT NULL
);

CREATE SEQUENCE rejection_ids;

CREATE TABLE rejections (
    id          BIGINT PRIMARY KEY DEFAULT nextval('rejection_ids'),
    doc         VARCHAR COLLATE "C" NOT NULL,
    line        INTEGER,
    reason      VARCHAR NOT NULL,
    sha256      VARCHAR,
    rejected_at TIMESTAMP NOT NULL DEFAULT current_timestamp
);
