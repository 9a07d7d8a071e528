-- Teams: the team a channel's conversation reference belongs to, so that removing the app from a
-- team forgets every channel of it, not only the one the removal came from. Null for personal chats.
ALTER TABLE conversation_refs ADD COLUMN team_id VARCHAR(255);
CREATE INDEX conversation_refs_team ON conversation_refs (platform, workspace_id, team_id);
