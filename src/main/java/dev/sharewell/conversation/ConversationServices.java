package dev.sharewell.conversation;

import dev.sharewell.audit.AuditLog;
import dev.sharewell.content.ContentService;
import dev.sharewell.delivery.DeliveryService;
import dev.sharewell.guidelines.Guidelines;
import dev.sharewell.leaderboard.LeaderboardPoster;
import dev.sharewell.leaderboard.LeaderboardService;
import dev.sharewell.links.TrackedLinks;
import dev.sharewell.member.MemberService;
import dev.sharewell.member.Organisation;
import dev.sharewell.member.Workspaces;
import dev.sharewell.personalise.Originality;
import dev.sharewell.personalise.Prompts;
import dev.sharewell.privacy.Forgetting;
import dev.sharewell.privacy.PersonalData;
import dev.sharewell.reach.ReachService;
import dev.sharewell.share.ContentStats;
import dev.sharewell.share.ShareExport;
import dev.sharewell.share.ShareService;
import java.time.ZoneId;

/** The core services a conversation draws on, wired once by the app. */
public record ConversationServices(
    Organisation organisation,
    MemberService members,
    Workspaces workspaces,
    ContentService content,
    ShareService shares,
    DeliveryService digests,
    LeaderboardService leaderboard,
    Guidelines guidelines,
    FlagService flags,
    InvitationService invitations,
    Prompts prompts,
    Originality originality,
    LeaderboardPoster poster,
    ReachService reach,
    ContentStats contentStats,
    ShareExport export,
    PersonalData personalData,
    Forgetting forgetting,
    AuditLog audit,
    java.time.Clock clock,
    ZoneId zone,
    TrackedLinks links) {}
