package dev.sharewell.links;

/**
 * One request for a short link: whether it was a HEAD, and who sent it, for telling robots apart
 * and counting unique visitors. Neither the address nor the user agent is ever stored.
 */
public record Visit(boolean head, String address, String userAgent) {}
