-- Each digest is sent once, also when the platform is slow (issue 12).

-- A send whose outcome is unknown (an answer too late, a 5xx, a connection lost halfway) is not
-- simply repeated: the row remembers when it happened, and the next attempt first asks the
-- platform whether the message arrived. UNKNOWN is the state of a row nobody can tell about.
ALTER TABLE deliveries ADD COLUMN unconfirmed_at TIMESTAMP WITH TIME ZONE;

-- Invitations are rows of the same outbox: no member yet, the invited person's platform id, and
-- who invited them. One invitation per person and workspace, however often they are invited (for
-- digests recipient_id is null, and nulls never collide in a unique index).
ALTER TABLE deliveries ALTER COLUMN member_id DROP NOT NULL;
ALTER TABLE deliveries ADD COLUMN recipient_id VARCHAR(255);
ALTER TABLE deliveries ADD COLUMN inviter_id BIGINT REFERENCES members (id) ON DELETE SET NULL;
CREATE UNIQUE INDEX deliveries_invitee ON deliveries (platform, workspace_id, recipient_id);

-- A workspace's sending pause after a 429, so that every instance honours it.
ALTER TABLE dispatch_leases ADD COLUMN paused_until TIMESTAMP WITH TIME ZONE;
