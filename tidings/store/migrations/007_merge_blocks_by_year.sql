-- Merge blocks also carry the year of the event (see merge.block): reports of different years
-- are never compatible, and a busy pair's history no longer grows one block without end.
UPDATE article_events SET block = block || '|' || coalesce(substr(date, 1, 4), '-');
UPDATE events SET block = block || '|' || coalesce(substr(date, 1, 4), '-');
