-- PostgreSQL dialect of migrations/013_rejection_article.sql: same version and meaning.
ALTER TABLE rejections ADD COLUMN article_id VARCHAR;
UPDATE rejections SET article_id = (
    SELECT a.article_id FROM articles a
    WHERE a.source_sha256 = rejections.sha256 AND a.doc = rejections.doc
      AND a.idx = CAST(substring(rejections.reason FROM '^article (\d+)[:,]') AS INTEGER))
WHERE reason ~ '^article \d+[:,]';
