-- Uploaded files (assets). The asset node (workspace assets) holds the editors' metadata; the bytes and the
-- extracted text live here, keyed by the node id, written in the transaction that creates the node. BYTEA is
-- PostgreSQL's binary type and an H2 alias of VARBINARY, so one script serves both. The text is for the search
-- index only and is never delivered publicly.
CREATE TABLE asset_blob (
    node_id     VARCHAR(36)  NOT NULL PRIMARY KEY,
    content     BYTEA        NOT NULL,
    media_type  VARCHAR(128) NOT NULL,
    size        BIGINT       NOT NULL,
    sha256      VARCHAR(64)  NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE asset_text (
    node_id     VARCHAR(36)  NOT NULL PRIMARY KEY,
    text        TEXT         NOT NULL
);
