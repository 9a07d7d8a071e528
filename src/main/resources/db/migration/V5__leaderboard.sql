-- Running totals per member for the leaderboard's periods, kept as points are awarded, so the
-- standings of any period are a short indexed read even with a million shares. Buckets are keyed
-- in the organisation's time zone: ALL, W2026-48 (ISO week), M2026-11 (month), D2026-11-27 (day;
-- the last 30 days sum these, and the daily points cap reads today's).
CREATE TABLE leaderboard_totals (
    bucket        VARCHAR(16)  NOT NULL,
    member_id     BIGINT       NOT NULL REFERENCES members (id) ON DELETE CASCADE,
    platform      VARCHAR(16)  NOT NULL,
    workspace_id  VARCHAR(128) NOT NULL,
    points        INTEGER      NOT NULL,
    shares        INTEGER      NOT NULL,
    personalised  INTEGER      NOT NULL,
    -- When the member reached their points: ties go to who got there first.
    reached_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (bucket, member_id)
);
CREATE INDEX leaderboard_rank ON leaderboard_totals (bucket, platform, workspace_id, points, reached_at);

-- A post made once per period, whichever instance gets there first (the weekly leaderboard).
CREATE TABLE scheduled_posts (
    kind       VARCHAR(32)  NOT NULL,
    scope      VARCHAR(160) NOT NULL,
    period     VARCHAR(16)  NOT NULL,
    posted_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (kind, scope, period)
);

-- Short-lived downloads (the shares CSV for Teams), served by any instance.
CREATE TABLE exports (
    token       VARCHAR(64)  PRIMARY KEY,
    filename    VARCHAR(200) NOT NULL,
    content     TEXT         NOT NULL,
    created_by  BIGINT       REFERENCES members (id) ON DELETE SET NULL,
    expires_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
