-- Indexes for Delivery API lists: filters look up values by property and language, lists sort by the time of
-- publication. (Measured with bench/: without them both scan every published node.)
CREATE INDEX published_value_filter ON published_value (name, lang, text_value);
CREATE INDEX published_node_modified ON published_node (workspace, modified_at);
