-- Each merged event keeps its mentions as JSON, so that reading events needs no join over
-- the mentions of every report (the mentions table stays the record of what each report holds).
ALTER TABLE events ADD COLUMN mentions JSON;
UPDATE events SET mentions = (
    SELECT json_group_array(json_object('doc', m.doc, 'article_id', m.article_id, 'publisher', m.publisher,
                                        'published', m.published, 'sentence', m.sentence, 'start', m.start,
                                        'end', m."end", 'trigger', m.trigger))
    FROM mentions m JOIN article_events ae USING (article_event_id) WHERE ae.event_id = events.event_id);
