-- Finding an input's articles (to complete an interrupted run) without scanning them all.
CREATE INDEX articles_source ON articles (source_sha256);
