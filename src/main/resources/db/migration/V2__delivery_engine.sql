-- The weekly digest engine: deliveries know their workspace so a dispatcher can claim one
-- workspace's due rows; one instance at a time holds a renewable lease on a workspace's dispatch,
-- so rate limits hold across instances; members' last reaction tells ignored digests apart.

ALTER TABLE deliveries ADD COLUMN platform VARCHAR(16);
ALTER TABLE deliveries ADD COLUMN workspace_id VARCHAR(128);
ALTER TABLE deliveries ADD COLUMN kind VARCHAR(16) DEFAULT 'DIGEST' NOT NULL;
UPDATE deliveries SET platform = (SELECT m.platform FROM members m WHERE m.id = deliveries.member_id),
                      workspace_id = (SELECT m.workspace_id FROM members m WHERE m.id = deliveries.member_id);
CREATE INDEX deliveries_workspace_due ON deliveries (platform, workspace_id, status, due_at);
CREATE INDEX deliveries_period ON deliveries (period, status);

CREATE TABLE dispatch_leases (
    platform      VARCHAR(16)  NOT NULL,
    workspace_id  VARCHAR(128) NOT NULL,
    holder        VARCHAR(64)  NOT NULL,
    lease_until   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (platform, workspace_id)
);

-- Any button pressed or form sent: a digest after it was not ignored.
ALTER TABLE members ADD COLUMN last_reaction_at TIMESTAMP WITH TIME ZONE;
CREATE INDEX members_workspace ON members (platform, workspace_id);

-- How many members were given each item: the next recipient's place in the prompt and caption
-- rotation, counted without scanning every delivery.
ALTER TABLE content_items ADD COLUMN recipients INTEGER DEFAULT 0 NOT NULL;
CREATE INDEX delivery_items_content ON delivery_items (content_id);
