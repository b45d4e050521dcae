-- Merging finds a block's reports by ``article_events.block_key`` and no query looks reports up by
-- (type, status, source_key, target_key) or events up by block: these two indexes only cost writes.
DROP INDEX article_events_block;
DROP INDEX events_block;
