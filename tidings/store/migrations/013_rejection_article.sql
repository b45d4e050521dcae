-- Whether Tidings itself failed on the input (a defect of Tidings: the input is tried again),
-- and the stored article a rejection concerns when the coding of that article left part of it
-- out (the work budget) or failed: `tidings recode` replaces these with its own.
ALTER TABLE rejections ADD COLUMN defect BOOLEAN DEFAULT false;
ALTER TABLE rejections ADD COLUMN article_id VARCHAR;
-- Earlier runs said both in the reason only ("article 2: not coded, an error of Tidings (please
-- report it): ...", "article 2, characters 10-20: ..."); two records of one input may share a
-- name and so an article number: any of their articles will do.
UPDATE rejections SET defect = true WHERE reason LIKE '%, an error of Tidings (please report it): %';
UPDATE rejections SET article_id = (
    SELECT min(a.article_id) FROM articles a
    WHERE a.source_sha256 = rejections.sha256 AND a.doc = rejections.doc
      AND a.idx = CAST(regexp_extract(rejections.reason, '^article (\d+)[:,]', 1) AS INTEGER))
WHERE regexp_matches(reason, '^article \d+[:,]');
