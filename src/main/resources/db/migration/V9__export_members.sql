-- Who each short-lived download holds data about (issue 12): forgetting a member deletes every file
-- that holds their data, found by id rather than by searching the files for a name they may have
-- changed since.
CREATE TABLE export_members (
    token      VARCHAR(64) NOT NULL REFERENCES exports (token) ON DELETE CASCADE,
    member_id  BIGINT      NOT NULL REFERENCES members (id) ON DELETE CASCADE,
    PRIMARY KEY (token, member_id)
);
CREATE INDEX export_members_member ON export_members (member_id);

-- Expired downloads are deleted by a scheduled job, which reads by expiry.
CREATE INDEX exports_expiry ON exports (expires_at);
