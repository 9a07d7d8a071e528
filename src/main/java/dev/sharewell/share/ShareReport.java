package dev.sharewell.share;

/**
 * A share as reported through the form, raw: the network key, and optionally the text posted and a
 * link to the post. Field ids are shared with the forms of both adapters.
 */
public record ShareReport(long contentId, String network, String text, String postUrl) {
  public static final String NETWORK = "network";
  public static final String TEXT = "text";
  public static final String POST_URL = "post_url";
}
