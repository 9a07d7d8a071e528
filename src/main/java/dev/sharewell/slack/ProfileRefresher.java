package dev.sharewell.slack;

import dev.sharewell.chat.Directory;
import dev.sharewell.identity.PlatformUser;
import dev.sharewell.identity.Profile;
import dev.sharewell.member.MemberService;
import dev.sharewell.store.Outages;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Asks Slack once per person and process for their name, locale and time zone (users.info), after
 * the ack, so digests go out in their time zone and language.
 */
final class ProfileRefresher {
  private static final Logger LOG = LoggerFactory.getLogger(ProfileRefresher.class);

  private final Directory directory;
  private final MemberService members;
  private final Executor executor;
  private final Set<PlatformUser> refreshed = ConcurrentHashMap.newKeySet();

  ProfileRefresher(Directory directory, MemberService members, Executor executor) {
    this.directory = directory;
    this.members = members;
    this.executor = executor;
  }

  void refreshLater(PlatformUser user) {
    if (!refreshed.add(user)) {
      return;
    }
    try {
      executor.execute(
          () -> {
            try {
              Profile profile = directory.profile(user);
              if (profile.displayName().isPresent() || profile.timeZone().isPresent()) {
                members.identify(user, profile);
              }
            } catch (RuntimeException e) {
              // Tried again after a restart; the profile only adds a name and a time zone.
              refreshed.remove(user);
              Outages.log(LOG, "Refreshing a Slack profile", e);
            }
          });
    } catch (RejectedExecutionException e) {
      // Busy: asked again with the person's next command.
      refreshed.remove(user);
    }
  }
}
