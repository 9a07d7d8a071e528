package dev.sharewell.teams;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LoopbackUrlsTest {
  @ParameterizedTest
  @ValueSource(
      strings = {
        "http://localhost:56150/_connector",
        "http://LOCALHOST/",
        "https://localhost",
        "http://127.0.0.1:3978/",
        "http://127.4.5.6/",
        "http://[::1]:56150/_connector",
        "http://[0:0:0:0:0:0:0:1]/",
      })
  void urls_on_this_machine_are_loopback(String url) {
    assertThat(LoopbackUrls.isLoopback(url)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://smba.trafficmanager.net/emea/",
        "http://localhost@evil.example/",
        "http://localhost.evil.example/",
        "http://127.0.0.1.evil.example/",
        "http://127.0.0.256/",
        "http://0.0.0.0/",
        "http://10.0.0.1/",
        "http://[::2]/",
        "http://[fe80::1]/",
        "ftp://localhost/",
        "localhost:3978",
        "not a url",
        "",
      })
  void anything_else_is_not(String url) {
    assertThat(LoopbackUrls.isLoopback(url)).isFalse();
  }

  @org.junit.jupiter.api.Test
  void no_url_is_not_loopback() {
    assertThat(LoopbackUrls.isLoopback(null)).isFalse();
  }
}
