package dev.sharewell.reach;

import dev.sharewell.member.Network;
import java.util.Map;

/**
 * "Take the test yourself": how many people a company's employees could reach, next to the
 * company's own followers. See docs/reach.md for the formula and its assumptions.
 */
public record ReachCalculation(
    int employees,
    Map<Network, Integer> defaultSizes,
    Map<Network, Integer> brandFollowers,
    long employeeReach,
    long brandReach) {

  public ReachCalculation {
    defaultSizes = Map.copyOf(defaultSizes);
    brandFollowers = Map.copyOf(brandFollowers);
  }

  /**
   * The formula: on each network the company is on, every employee reaches the default audience
   * size for that network; audiences are assumed not to overlap, so this is an upper bound.
   */
  public static ReachCalculation of(
      int employees, Map<Network, Integer> brandFollowers, Map<Network, Integer> defaultSizes) {
    long employeeReach = 0;
    long brandReach = 0;
    for (Map.Entry<Network, Integer> brand : brandFollowers.entrySet()) {
      employeeReach += (long) employees * defaultSizes.getOrDefault(brand.getKey(), 0);
      brandReach += brand.getValue();
    }
    return new ReachCalculation(employees, defaultSizes, brandFollowers, employeeReach, brandReach);
  }

  /** How many times the company's own reach the employees reach (0 when the brand has none). */
  public double multiple() {
    return brandReach == 0 ? 0 : (double) employeeReach / brandReach;
  }
}
