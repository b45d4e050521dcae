-- PostgreSQL dialect of migrations/013_rejection_article.sql: same version and meaning.
ALTER TABLE rejections ADD COLUMN defect BOOLEAN DEFAULT false;
ALTER TABLE rejections ADD COLUMN article_id VARCHAR;
UPDATE rejections SET defect = true WHERE reason LIKE '%, an error of Tidings (please report it): %';
UPDATE rejections SET article_id = (
    SELECT min(a.article_id) FROM articles a
    WHERE a.source_sha256 = rejections.sha256 AND a.doc = rejections.doc
      AND a.idx = CAST(substring(rejections.reason FROM '^article (\d+)[:,]') AS INTEGER))
WHERE reason ~ '^article \d+[:,]';
