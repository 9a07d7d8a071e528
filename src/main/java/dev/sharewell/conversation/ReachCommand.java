package dev.sharewell.conversation;

import dev.sharewell.chat.OutboundMessage;
import dev.sharewell.common.InvalidInputException;
import dev.sharewell.member.Network;
import dev.sharewell.reach.ReachCalculation;
import dev.sharewell.reach.ReachService;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code reach}: what this workspace's members reach, next to the company's own pages. {@code reach
 * calc employees=100 linkedin=5000 x=2000}: the "take the test yourself" calculator.
 */
final class ReachCommand {
  static final int MAX_EMPLOYEES = 10_000_000;

  private final ReachService reach;

  ReachCommand(ReachService reach) {
    this.reach = reach;
  }

  Reply handle(Actor actor, List<String> args) {
    if (!args.isEmpty() && args.get(0).equals("calc")) {
      return calc(actor, args.subList(1, args.size()));
    }
    var member = actor.member();
    long potential = reach.potential(member.identity().platform(), member.identity().workspaceId());
    long brand = reach.brandTotal();
    String text =
        brand == 0
            ? actor.text("reach.potential", potential)
            : actor.text("reach.potential_brand", potential, multiple(potential, brand), brand);
    return actor.show(
        OutboundMessage.builder(text).paragraph(text).note(actor.text("reach.formula")).build());
  }

  private Reply calc(Actor actor, List<String> args) {
    int employees = 0;
    Map<Network, Integer> brand = new EnumMap<>(Network.class);
    for (String arg : args) {
      String[] pair = arg.split("=", 2);
      if (pair.length != 2 || !pair[1].matches("\\d{1,9}")) {
        throw InvalidInputException.of("calc", "error.reach.usage");
      }
      int value = Integer.parseInt(pair[1]);
      if (pair[0].equals("employees")) {
        employees = value;
      } else {
        Optional<Network> network = Network.fromKey(pair[0]);
        if (network.isEmpty()) {
          throw InvalidInputException.of("calc", "error.reach.usage");
        }
        brand.put(network.get(), value);
      }
    }
    if (employees < 1 || employees > MAX_EMPLOYEES || brand.isEmpty()) {
      throw InvalidInputException.of("calc", "error.reach.usage");
    }
    ReachCalculation result = ReachCalculation.of(employees, brand, reach.defaults());
    String text =
        actor.text(
            "reach.calc",
            employees,
            result.employeeReach(),
            String.format(actor.language().locale(), "%.1f", result.multiple()),
            result.brandReach());
    return actor.show(
        OutboundMessage.builder(text)
            .paragraph(text)
            .note(actor.text("reach.calc_formula", defaultsText(reach.defaults())))
            .build());
  }

  private static String multiple(long potential, long brand) {
    return String.format(java.util.Locale.ROOT, "%.1f", (double) potential / brand);
  }

  private static String defaultsText(Map<Network, Integer> defaults) {
    StringBuilder text = new StringBuilder();
    defaults.forEach(
        (network, size) ->
            text.append(text.length() == 0 ? "" : ", ")
                .append(network.displayName())
                .append(' ')
                .append(size));
    return text.toString();
  }
}
