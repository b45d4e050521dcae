-- Near-duplicate search looks the LSH band keys of a new article's signature (merge.band_keys) up
-- here instead of loading every stored signature. SQL cannot compute the keys: SQLStore.migrate
-- fills them in for the signatures stored before this version.
CREATE TABLE signature_bands (
    band_key    BIGINT NOT NULL,
    article_id  VARCHAR NOT NULL
);
CREATE INDEX signature_bands_key ON signature_bands (band_key);
