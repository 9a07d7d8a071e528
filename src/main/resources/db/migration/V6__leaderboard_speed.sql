-- Standings at company scale (100,000 members, 1,000,000 shares) in well under 100 ms on both
-- databases: see docs/benchmarks.md for the numbers behind each change.

-- The member's opted-in state travels with their totals, so counting and ranking never has to join
-- every member; MemberService keeps it in step when someone joins or leaves.
ALTER TABLE leaderboard_totals ADD COLUMN active BOOLEAN DEFAULT TRUE NOT NULL;
UPDATE leaderboard_totals SET active = FALSE
    WHERE member_id IN (SELECT id FROM members WHERE opted_in_at IS NULL);

-- Read in rank order (points down, first to get there first), and cover the counts.
DROP INDEX leaderboard_rank;
CREATE INDEX leaderboard_rank
    ON leaderboard_totals (bucket, platform, workspace_id, active, points DESC, reached_at, member_id, shares);

CREATE INDEX members_opted_in ON members (platform, workspace_id, opted_in_at);

-- The rolling last-30-days bucket: every share adds to it, and day buckets are subtracted as they
-- fall out of the window. through_day is the last day already subtracted.
CREATE TABLE leaderboard_windows (
    bucket       VARCHAR(16) PRIMARY KEY,
    through_day  DATE        NOT NULL
);
