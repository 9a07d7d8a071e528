package dev.sharewell.identity;

/**
 * Someone who does something worth recording: a member, seen by the audit log without it knowing
 * what else a member is. Lets {@code audit} sit below {@code member}, which writes to it.
 */
public interface Actor {
  /** The member's id. */
  long id();

  /** Who they are, and in which workspace or tenant. */
  PlatformUser identity();

  /** Refuses unless the actor is an admin. */
  void requireAdmin();
}
