-- Coded events, their mentions, and the actor registry learned from articles.
CREATE TABLE events (
    event_id        VARCHAR PRIMARY KEY,
    type            VARCHAR NOT NULL,
    mode            VARCHAR,
    contexts        VARCHAR[] NOT NULL,
    cameo           VARCHAR,
    quad_class      INTEGER NOT NULL,
    goldstein       DOUBLE NOT NULL,
    source          JSON NOT NULL,
    target          JSON,
    source_key      VARCHAR,
    target_key      VARCHAR,
    is_symmetric    BOOLEAN NOT NULL,
    date            VARCHAR,
    date_basis      VARCHAR,
    location        JSON,
    status          VARCHAR NOT NULL,
    confidence      DOUBLE NOT NULL,
    extra           JSON                 -- fields beyond the contract (commitment, merge notes)
);

CREATE TABLE mentions (
    event_id    VARCHAR NOT NULL,
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
    name        VARCHAR PRIMARY KEY,     -- a person's name as learned ("Sergey Lavrov")
    actor       JSON NOT NULL            -- the Actor it resolves to
);
