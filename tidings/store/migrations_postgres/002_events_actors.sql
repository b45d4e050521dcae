-- PostgreSQL dialect of migrations/002_events_actors.sql: same version and meaning (BYTEA, JSONB, DOUBLE PRECISION;
-- sort keys COLLATE "C" so that they order as in DuckDB, whatever the server's locale).
-- Coded events, their mentions, and the actor registry learned from articles.
CREATE TABLE events (
    event_id        VARCHAR COLLATE "C" PRIMARY KEY,
    type            VARCHAR NOT NULL,
    mode            VARCHAR,
    contexts        VARCHAR[] NOT NULL,
    cameo           VARCHAR,
    quad_class      INTEGER NOT NULL,
    goldstein       DOUBLE PRECISION NOT NULL,
    source          JSONB NOT NULL,
    target          JSONB,
    source_key      VARCHAR COLLATE "C",
    target_key      VARCHAR COLLATE "C",
    is_symmetric    BOOLEAN NOT NULL,
    date            VARCHAR COLLATE "C",
    date_basis      VARCHAR,
    location        JSONB,
    status          VARCHAR NOT NULL,
    confidence      DOUBLE PRECISION NOT NULL,
    extra           JSONB                -- fields beyond the contract (commitment, merge notes)
);

CREATE TABLE mentions (
    event_id    VARCHAR COLLATE "C" NOT NULL,
    article_id  VARCHAR NOT NULL,
    doc         VARCHAR NOT NULL,
    publisher   VARCHAR,
    published   VARCHAR,
    sentence    VARCHAR NOT NULL,
    start       INTEGER NOT NULL,
    "end"       INTEGER NOT NULL,
    trigger     VARCHAR NOT NULL
);

CREATE INDEX mentions_event ON mentions (event_id);
CREATE INDEX mentions_article ON mentions (article_id);
CREATE INDEX events_dyad ON events (source_key, target_key);

CREATE TABLE actor_names (
    name        VARCHAR COLLATE "C" PRIMARY KEY, -- a person's name as learned ("Sergey Lavrov")
    actor       JSONB NOT NULL           -- the Actor it resolves to
);
