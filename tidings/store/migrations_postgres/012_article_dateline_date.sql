-- PostgreSQL dialect of migrations/012_article_dateline_date.sql: same version and meaning.
-- The date a story's dateline gives ("LAHORE, Mar 3 (APP):"): the day the story reports on,
-- which events without a date of their own take, even when the record was published later.
ALTER TABLE articles ADD COLUMN dateline_date DATE;
