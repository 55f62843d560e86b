-- Editorial web sessions in the database (Spring Session JDBC), so every replica behind the load balancer
-- honours a session another replica created. Spring Session's own schema (schema-h2.sql and
-- schema-postgresql.sql of spring-session-jdbc 4.0), written once here so that both databases get it from Flyway;
-- BYTEA on PostgreSQL and VARBINARY on H2 are both VARBINARY(1000000000) to H2, so H2 takes the PostgreSQL form.
CREATE TABLE spring_session (
    primary_id             CHAR(36)     NOT NULL,
    session_id             CHAR(36)     NOT NULL,
    creation_time          BIGINT       NOT NULL,
    last_access_time       BIGINT       NOT NULL,
    max_inactive_interval  INT          NOT NULL,
    expiry_time            BIGINT       NOT NULL,
    principal_name         VARCHAR(100),
    CONSTRAINT spring_session_pk PRIMARY KEY (primary_id)
);
CREATE UNIQUE INDEX spring_session_ix1 ON spring_session (session_id);
CREATE INDEX spring_session_ix2 ON spring_session (expiry_time);
CREATE INDEX spring_session_ix3 ON spring_session (principal_name);

CREATE TABLE spring_session_attributes (
    session_primary_id  CHAR(36)      NOT NULL,
    attribute_name      VARCHAR(200)  NOT NULL,
    attribute_bytes     BYTEA         NOT NULL,
    CONSTRAINT spring_session_attributes_pk PRIMARY KEY (session_primary_id, attribute_name),
    CONSTRAINT spring_session_attributes_fk FOREIGN KEY (session_primary_id)
        REFERENCES spring_session (primary_id) ON DELETE CASCADE
);

-- Failed sign-in attempts of local accounts, per user name and per client address, shared by all replicas.
-- The key is a SHA-256 hash of 'user:<name>' or 'address:<ip>': a mistyped password in the user name field
-- must not be stored readable. A key is blocked until blocked_until once it failed too often in its window.
CREATE TABLE sign_in_throttle (
    throttle_key   CHAR(64)                  NOT NULL PRIMARY KEY,
    failures       INT                       NOT NULL,
    window_start   TIMESTAMP WITH TIME ZONE  NOT NULL,
    blocked_until  TIMESTAMP WITH TIME ZONE
);
CREATE INDEX sign_in_throttle_window ON sign_in_throttle (window_start);
