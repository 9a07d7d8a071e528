package dev.sharewell.conversation;

import dev.sharewell.chat.ActionIds;
import dev.sharewell.chat.Form;
import dev.sharewell.chat.OutboundMessage;
import dev.sharewell.common.FieldError;
import dev.sharewell.common.InvalidInputException;
import dev.sharewell.common.Language;
import dev.sharewell.common.Message;
import dev.sharewell.common.NotFoundException;
import dev.sharewell.common.SharewellException;
import dev.sharewell.common.Texts;
import dev.sharewell.identity.Platform;
import dev.sharewell.identity.PlatformUser;
import dev.sharewell.member.Member;
import dev.sharewell.member.MemberService;
import dev.sharewell.member.Organisation;
import dev.sharewell.member.Workspaces;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.RejectedExecutionException;

/**
 * Everything a person can say to Sharewell, whatever the platform: commands, button presses and
 * form submissions. Each adapter turns its platform's request into one of these calls and renders
 * the answer; every rule lives here, once.
 */
public final class Conversation {
  private final Organisation organisation;
  private final MemberService members;
  private final Workspaces workspaces;
  private final MembershipFlow membership;
  private final ContentFlow content;
  private final ShareFlow shares;
  private final InfoCommands info;
  private final StatsCommands stats;
  private final PersonaliseFlow personalise;
  private final LeaderboardCommands leaderboards;
  private final ReachCommand reach;
  private final FlagFlow flags;
  private final AdminCommands admin;
  private final PrivacyCommands privacy;
  private final KnownLanguages languages = new KnownLanguages();

  public Conversation(ConversationServices services) {
    this.organisation = services.organisation();
    this.members = services.members();
    this.workspaces = services.workspaces();
    this.membership = new MembershipFlow(services.members(), services.zone());
    this.content = new ContentFlow(services.content(), services.zone(), services.links());
    this.shares =
        new ShareFlow(
            services.content(), services.shares(), services.digests(), services.prompts());
    this.info = new InfoCommands(services.guidelines());
    this.stats =
        new StatsCommands(
            services.leaderboard(),
            services.reach(),
            services.contentStats(),
            services.export(),
            services.clock());
    this.personalise =
        new PersonaliseFlow(
            services.content(), services.digests(), services.prompts(), services.originality());
    this.leaderboards = new LeaderboardCommands(services.leaderboard(), services.poster());
    this.reach = new ReachCommand(services.reach());
    this.flags = new FlagFlow(services.flags());
    this.admin =
        new AdminCommands(
            services.members(), services.invitations(), services.digests(), services.zone());
    this.privacy =
        new PrivacyCommands(
            services.personalData(), services.forgetting(), services.audit(), services.zone());
  }

  /** A typed command. */
  public Reply command(Origin origin, CommandRequest request) {
    Actor actor = actor(origin);
    ParsedCommand command = CommandParser.parse(request);
    Verb verb = command.verb();
    if (!origin.privateReply() && !verb.answersInChannel()) {
      return actor.say("channel.redirect", verb.word());
    }
    Access access = accessFor(command);
    if (!access.allows(actor.member())) {
      return refusal(actor, access);
    }
    try {
      return dispatch(actor, command);
    } catch (SharewellException e) {
      return actor.show(OutboundMessage.text(e.userMessage().in(actor.language())));
    } catch (RejectedExecutionException e) {
      // The background queue is full: nothing was started.
      return actor.say("error.busy");
    }
  }

  private Reply dispatch(Actor actor, ParsedCommand command) {
    return switch (command.verb()) {
      case HELP -> HelpCommand.help(actor, command.unknownWord());
      case JOIN -> membership.join(actor);
      case LEAVE -> membership.leave(actor);
      case PAUSE -> membership.pause(actor, command.args());
      case RESUME -> membership.resume(actor);
      case SETTINGS -> actor.open(SettingsForm.build(actor.member()));
      case ADD -> content.add(actor, command.rawArgs());
      case LIST -> content.list(actor);
      case STATS -> stats.handle(actor, command.args());
      case LEADERBOARD -> leaderboards.handle(actor, command.args());
      case REACH -> reach.handle(actor, command.args());
      case GUIDELINES -> info.guidelines(actor);
      case FLAG -> flags.form(actor);
      case MYDATA -> privacy.myData(actor);
      case FORGET -> privacy.forget(actor);
      case AUDIT -> privacy.audit(actor);
      case INVITE -> admin.invite(actor, command);
      case ROLE -> admin.role(actor, command);
      case DIGEST -> admin.digest(actor, command);
    };
  }

  /** A button pressed; {@code value} is the content item id for item buttons. */
  public Reply press(Origin origin, String actionId, String value) {
    Actor actor = actor(origin);
    members.noteReaction(actor.member());
    try {
      return switch (actionId) {
        case ActionIds.JOIN -> membership.join(actor);
        case ActionIds.DECLINE -> membership.decline(actor);
        case ActionIds.LEAVE -> membership.leave(actor);
        case ActionIds.STAY_IN -> membership.stayIn(actor);
        case ActionIds.PAUSE_MONTH -> membership.pause(actor, java.util.List.of("30d"));
        case ActionIds.OPEN_SETTINGS ->
            actor.member().isOptedIn()
                ? actor.open(SettingsForm.build(actor.member()))
                : refusal(actor, Access.MEMBER);
        case ActionIds.SHARED ->
            memberOnly(actor, () -> shares.reportForm(actor, contentId(value)));
        case ActionIds.PERSONALISE ->
            memberOnly(actor, () -> personalise.form(actor, contentId(value)));
        case ActionIds.NOT_FOR_ME ->
            memberOnly(actor, () -> shares.notForMe(actor, contentId(value)));
        case ActionIds.FORGET -> privacy.confirmForget(actor);
        default -> actor.say("error.unknown_action");
      };
    } catch (SharewellException e) {
      return actor.show(OutboundMessage.text(e.userMessage().in(actor.language())));
    } catch (RejectedExecutionException e) {
      return actor.say("error.busy");
    }
  }

  /**
   * A form submitted. Invalid input comes back by field, in the person's language; nothing is
   * written then.
   */
  public FormResult submit(
      Origin origin, String formId, Optional<String> context, FormValues values) {
    Actor actor = actor(origin);
    members.noteReaction(actor.member());
    try {
      return switch (formId) {
        case ActionIds.ADD_CONTENT_FORM -> content.submitAdd(actor, values);
        case ActionIds.REPORT_SHARE_FORM ->
            shares.submitReport(actor, contentId(context.orElse("")), values);
        case ActionIds.PERSONALISE_FORM ->
            personalise.submit(actor, contentId(context.orElse("")), values);
        case ActionIds.SETTINGS_FORM -> saveSettings(actor, values);
        case ActionIds.FLAG_FORM -> flags.submit(actor, values);
        default -> actor.done(OutboundMessage.text(actor.text("error.unknown_action")));
      };
    } catch (InvalidInputException e) {
      Map<String, String> errors = new LinkedHashMap<>();
      for (FieldError error : e.errors()) {
        errors.putIfAbsent(error.field(), error.message().in(actor.language()));
      }
      return actor.invalid(errors);
    } catch (SharewellException e) {
      return actor.done(OutboundMessage.text(e.userMessage().in(actor.language())));
    }
  }

  private FormResult saveSettings(Actor actor, FormValues values) {
    if (!actor.member().isOptedIn()) {
      return actor.done(OutboundMessage.text(actor.text("error.not_joined")));
    }
    Member updated = members.updatePreferences(actor.member(), SettingsForm.read(values));
    languages.remember(updated.identity(), updated.language());
    // Answer in the language just chosen.
    Actor answering = new Actor(updated, actor.origin());
    return answering.done(OutboundMessage.text(answering.text("settings.saved")));
  }

  /**
   * The form {@code formId} as it would open now, or empty when it is unknown or not open to this
   * person. For platforms that cannot keep a form open while showing its errors (a Teams card is
   * sent again with them) or that show a form inline in a message. Writes nothing.
   */
  public Optional<Form> form(Origin origin, String formId, Optional<String> context) {
    Actor actor = actor(origin);
    try {
      Reply reply =
          switch (formId) {
            case ActionIds.ADD_CONTENT_FORM ->
                allowed(actor, Verb.ADD) ? content.add(actor, List.of()) : null;
            case ActionIds.REPORT_SHARE_FORM ->
                Access.MEMBER.allows(actor.member())
                    ? shares.reportForm(actor, contentId(context.orElse("")))
                    : null;
            case ActionIds.PERSONALISE_FORM ->
                Access.MEMBER.allows(actor.member())
                    ? personalise.form(actor, contentId(context.orElse("")))
                    : null;
            case ActionIds.SETTINGS_FORM ->
                allowed(actor, Verb.SETTINGS)
                    ? actor.open(SettingsForm.build(actor.member()))
                    : null;
            case ActionIds.FLAG_FORM -> allowed(actor, Verb.FLAG) ? flags.form(actor) : null;
            default -> null;
          };
      return reply instanceof Reply.Open open ? Optional.of(open.form()) : Optional.empty();
    } catch (SharewellException e) {
      return Optional.empty();
    }
  }

  /** The person's home page (Slack's App Home): membership, what is live, their stats. */
  public OutboundMessage home(Origin origin) {
    return HomePage.render(actor(origin), content, stats);
  }

  /**
   * The one answer for someone from a workspace or tenant outside the organisation this deployment
   * serves; empty for everyone inside it. Adapters ask before anything else, so an outsider leaves
   * no row behind. {@code locale} is the one their platform reports, if any.
   */
  public Optional<OutboundMessage> outsiderAnswer(
      Platform platform, String workspaceId, Optional<String> locale) {
    if (organisation.includes(platform, workspaceId)) {
      return Optional.empty();
    }
    Language language = locale.flatMap(Language::fromTag).orElse(Language.EN);
    return Optional.of(OutboundMessage.text(Texts.get(language, "error.other_organisation")));
  }

  /** The language to speak to this person in (English when they are not known yet). */
  public Language languageOf(PlatformUser user) {
    Optional<Language> stored = members.find(user).map(Member::language);
    stored.ifPresent(language -> languages.remember(user, language));
    return stored.orElse(Language.EN);
  }

  /**
   * The apology for a request that could not be handled (the database is away, a platform failed):
   * in the language the person last spoke with Sharewell, else the one their platform reports
   * ({@code locale}), else English. Never asks the database, which may be what failed.
   */
  public Reply.Show apology(PlatformUser user, Optional<String> locale) {
    return said(knownLanguage(user, locale), "error.internal");
  }

  /**
   * The answer when work cannot be queued (the background queue is full), in the person's language
   * as far as it is known without the database.
   */
  public Reply.Show busy(PlatformUser user, Optional<String> locale) {
    return said(knownLanguage(user, locale), "error.busy");
  }

  private static Reply.Show said(Language language, String key) {
    return new Reply.Show(OutboundMessage.text(Texts.get(language, key)), language);
  }

  /**
   * The person's language as far as it is known without the database: the one they last spoke with
   * Sharewell, else the one their platform reports ({@code locale}), else English.
   */
  private Language knownLanguage(PlatformUser user, Optional<String> locale) {
    return languages.of(user).or(() -> locale.flatMap(Language::fromTag)).orElse(Language.EN);
  }

  private Actor actor(Origin origin) {
    if (!organisation.includes(origin.user())) {
      // The adapters answer outsiders before they get here; this stops a path that forgot.
      throw new IllegalStateException("A request from outside the organisation reached the core");
    }
    workspaces.seen(origin.user().platform(), origin.user().workspaceId());
    Member member = members.identify(origin.user(), origin.profile());
    languages.remember(origin.user(), member.language());
    return new Actor(member, origin);
  }

  /**
   * The buttons on a content item are for members: someone who has not joined (or has left) gets
   * asked to join, and nothing is written for them (no dismissal, no prompt handed out).
   */
  private static Reply memberOnly(Actor actor, java.util.function.Supplier<Reply> action) {
    return Access.MEMBER.allows(actor.member()) ? action.get() : refusal(actor, Access.MEMBER);
  }

  private static boolean allowed(Actor actor, Verb verb) {
    return verb.access().allows(actor.member());
  }

  /** Some words of a command need more than the command itself: comms' stats, admins' posts. */
  private static Access accessFor(ParsedCommand command) {
    String word = command.args().isEmpty() ? "" : command.args().get(0);
    if (command.verb() == Verb.STATS && (word.equals("content") || word.equals("export"))) {
      return Access.COMMS;
    }
    if (command.verb() == Verb.LEADERBOARD && (word.equals("here") || word.equals("post"))) {
      return Access.ADMIN;
    }
    return command.verb().access();
  }

  private static Reply refusal(Actor actor, Access access) {
    if (access == Access.MEMBER) {
      return actor.say("error.not_joined");
    }
    return actor.say("error.role_required", access.role().key());
  }

  private static long contentId(String value) {
    try {
      return Long.parseLong(value.strip());
    } catch (NumberFormatException e) {
      throw new NotFoundException(Message.of("error.content.bad_reference"));
    }
  }
}
