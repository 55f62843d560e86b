-- Centre maintainers act for one or more organisations (Träger): the organisation nodes of workspace
-- adviceCentres, referenced by their identifier. Roles stay in app_user.roles (REVIEWER and CENTRE_MAINTAINER
-- join ADMIN and EDITOR); only the binding to organisations needs a table.
CREATE TABLE user_organisation (
    username         VARCHAR(128) NOT NULL REFERENCES app_user (username) ON DELETE CASCADE,
    organisation_id  VARCHAR(36)  NOT NULL,
    PRIMARY KEY (username, organisation_id)
);
CREATE INDEX user_organisation_org ON user_organisation (organisation_id);

-- The organisations a maintainer acted for, recorded with each of their changes (empty for staff).
ALTER TABLE audit_log ADD COLUMN organisations TEXT;
