-- Each report carries what merging reads about it: its article's ingestion order (seq), its
-- story (the article, or the original it duplicates), its mentions as JSON, and an integer key of
-- its merge block (``rows.block_key``: the first 60 bits of the block's MD5). Re-merging then finds
-- a block's reports by scanning that one narrow column and reads them by row, with no join over
-- articles or mentions (the mentions table stays the record that searches read).
ALTER TABLE article_events ADD COLUMN seq BIGINT;
ALTER TABLE article_events ADD COLUMN story VARCHAR;
ALTER TABLE article_events ADD COLUMN mentions JSON;
ALTER TABLE article_events ADD COLUMN block_key BIGINT;
UPDATE article_events SET block_key = CAST(CAST('x0' || substr(md5(block), 1, 15) AS BIT(64)) AS BIGINT);
CREATE INDEX article_events_block_key ON article_events (block_key);
DROP INDEX article_events_blocks;
UPDATE article_events SET seq = a.seq, story = coalesce(a.duplicate_of, a.article_id)
FROM articles a WHERE a.article_id = article_events.article_id;
UPDATE article_events SET mentions = coalesce((
    SELECT json_agg(json_build_object('doc', m.doc, 'article_id', m.article_id, 'publisher', m.publisher,
                                      'published', m.published, 'sentence', m.sentence, 'start', m.start,
                                      'end', m."end", 'trigger', m.trigger))
    FROM mentions m WHERE m.article_event_id = article_events.article_event_id), '[]');
