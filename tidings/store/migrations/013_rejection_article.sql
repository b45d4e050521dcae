-- The stored article a rejection concerns, when the coding of that article left part of it out
-- (the work budget) or failed: `tidings recode` replaces these with its own.
ALTER TABLE rejections ADD COLUMN article_id VARCHAR;
-- Earlier runs named the article in the reason only ("article 2: not coded", "article 2,
-- characters 10-20: ...").
UPDATE rejections SET article_id = (
    SELECT a.article_id FROM articles a
    WHERE a.source_sha256 = rejections.sha256 AND a.doc = rejections.doc
      AND a.idx = CAST(regexp_extract(rejections.reason, '^article (\d+)[:,]', 1) AS INTEGER))
WHERE regexp_matches(reason, '^article \d+[:,]');
