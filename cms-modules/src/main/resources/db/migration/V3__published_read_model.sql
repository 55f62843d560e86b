-- The published side as the Delivery API reads it: one row per published node (its published version's
-- properties and the live structure), its property values typed for filters and sorting (per language, with
-- the German fallback already applied), and its normalised text per language for full-text queries. Kept in
-- step with publish, unpublish, move and delete in the same transaction. Portable SQL (H2 and PostgreSQL).
CREATE TABLE published_node (
    node_id       VARCHAR(36)   NOT NULL PRIMARY KEY,
    workspace     VARCHAR(64)   NOT NULL,
    parent_id     VARCHAR(36),
    name          VARCHAR(128)  NOT NULL,
    path          VARCHAR(2048) NOT NULL,
    node_type     VARCHAR(128)  NOT NULL,
    position      INTEGER       NOT NULL,
    version_no    INTEGER       NOT NULL,
    properties    TEXT          NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    modified_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX published_node_path ON published_node (workspace, path);
CREATE INDEX published_node_parent ON published_node (parent_id);

CREATE TABLE published_value (
    node_id       VARCHAR(36)   NOT NULL,
    name          VARCHAR(128)  NOT NULL,
    -- '' for values that are the same in every language
    lang          VARCHAR(8)    NOT NULL,
    text_value    VARCHAR(1000),
    number_value  DOUBLE PRECISION,
    date_value    VARCHAR(40),
    -- normalised text (lower case, umlauts spelled out) so text sorts the same on every database
    sort_key      VARCHAR(200)
);
CREATE INDEX published_value_node ON published_value (node_id, name, lang);

CREATE TABLE published_text (
    node_id  VARCHAR(36) NOT NULL,
    lang     VARCHAR(8)  NOT NULL,
    text     TEXT        NOT NULL,
    PRIMARY KEY (node_id, lang)
);

-- Short-lived tokens with which editors preview working copies through the Delivery API (hashes only).
CREATE TABLE preview_token (
    token_hash  VARCHAR(64)  NOT NULL PRIMARY KEY,
    created_by  VARCHAR(128) NOT NULL,
    expires_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
