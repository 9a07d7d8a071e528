-- Privacy (issue 8). When a member asks to be forgotten their shares and points stay, without them,
-- as anonymous counts: so shares and points may have no member, and a share keeps the workspace it
-- was reported in, so each workspace's numbers still add up and never mix with another's.
ALTER TABLE shares ALTER COLUMN member_id DROP NOT NULL;
ALTER TABLE points ALTER COLUMN member_id DROP NOT NULL;
ALTER TABLE shares ADD COLUMN platform VARCHAR(16);
ALTER TABLE shares ADD COLUMN workspace_id VARCHAR(128);
UPDATE shares SET platform = (SELECT m.platform FROM members m WHERE m.id = shares.member_id),
                  workspace_id = (SELECT m.workspace_id FROM members m WHERE m.id = shares.member_id);
CREATE INDEX shares_workspace ON shares (platform, workspace_id, content_id);

-- The daily job that removes shares' texts after SHAREWELL_TEXT_RETENTION_DAYS reads by date.
CREATE INDEX shares_reported ON shares (reported_at);
