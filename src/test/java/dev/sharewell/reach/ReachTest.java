package dev.sharewell.reach;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sharewell.member.Network;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReachTest {
  static final Map<Network, Integer> DEFAULTS =
      Map.of(Network.LINKEDIN, 500, Network.X, 200, Network.FACEBOOK, 300, Network.INSTAGRAM, 300);

  @Test
  void the_calculator_multiplies_employees_by_the_default_audience_on_the_companys_networks() {
    ReachCalculation result =
        ReachCalculation.of(
            100, Map.of(Network.LINKEDIN, 5000, Network.X, 2000, Network.FACEBOOK, 5000), DEFAULTS);

    assertThat(result.employeeReach()).isEqualTo(100_000);
    assertThat(result.brandReach()).isEqualTo(12_000);
    assertThat(result.multiple()).isCloseTo(8.333, org.assertj.core.data.Offset.offset(0.001));
  }

  @Test
  void networks_the_company_is_not_on_do_not_count() {
    ReachCalculation result = ReachCalculation.of(10, Map.of(Network.X, 1000), DEFAULTS);

    assertThat(result.employeeReach()).isEqualTo(2_000);
    assertThat(result.multiple()).isEqualTo(2.0);
  }

  @Test
  void a_company_without_followers_has_no_multiple_rather_than_a_division_by_zero() {
    assertThat(ReachCalculation.of(10, Map.of(Network.X, 0), DEFAULTS).multiple()).isZero();
  }
}
