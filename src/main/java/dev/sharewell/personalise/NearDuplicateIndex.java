package dev.sharewell.personalise;

import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * The reference texts of one content item (its suggested captions and the texts colleagues
 * reported) and the near-duplicate check of a member's text against all of them at once.
 *
 * <p>An inverted index from word-pair shingles to the texts containing them: a check looks only at
 * the texts that share at least one word pair with the candidate, and counting the shared pairs per
 * text gives the exact closeness of {@link NearDuplicateRule}, so the index never answers
 * differently from comparing the pairs one by one. Identical texts (after normalisation) are held
 * once, with their authors. Texts too short to judge are not held. See docs/personalise.md for the
 * cost.
 *
 * <p>Thread-safe: any number of checks run in parallel; an add waits for running checks and holds
 * new ones back while it runs (microseconds). A check sees every add that returned before it
 * started, and never half an add. Normalising and hashing a text happen outside the lock.
 */
public final class NearDuplicateIndex {
  private final NearDuplicateRule rule;
  private final ReadWriteLock lock = new ReentrantReadWriteLock();
  private final ShinglePostings postings = new ShinglePostings();
  private final ReferenceTexts references = new ReferenceTexts();

  /** An empty index with the standard rule. */
  public NearDuplicateIndex() {
    this(NearDuplicateRule.standard());
  }

  public NearDuplicateIndex(NearDuplicateRule rule) {
    this.rule = rule;
  }

  /** Adds a suggested caption; returns false, holding nothing, if it is too short to judge. */
  public boolean addSuggested(String caption) {
    return add(caption, true, 0);
  }

  /**
   * Adds a text that colleague {@code memberId} reported with a share; returns false, holding
   * nothing, if it is too short to judge. Check a member's text before adding it.
   */
  public boolean addColleague(long memberId, String text) {
    return add(text, false, memberId);
  }

  /** Checks {@code text} against every reference text. */
  public NearDuplicateVerdict check(String text) {
    return check(rule.fingerprint(text), null);
  }

  /**
   * Checks the text of member {@code memberId} against every reference text except the member's own
   * earlier texts, so sharing one's own words on a second network is not "too close".
   */
  public NearDuplicateVerdict check(String text, long memberId) {
    return check(rule.fingerprint(text), memberId);
  }

  /** How many distinct reference texts the index holds. */
  public int size() {
    lock.readLock().lock();
    try {
      return references.count();
    } finally {
      lock.readLock().unlock();
    }
  }

  private boolean add(String text, boolean suggested, long memberId) {
    Fingerprint fingerprint = rule.fingerprint(text);
    if (!fingerprint.judged()) {
      return false;
    }
    lock.writeLock().lock();
    try {
      int id = references.find(fingerprint.shingles());
      if (id == LongIntHashMap.MISSING) {
        id = references.add(fingerprint.shingles());
        for (long shingle : fingerprint.shingles()) {
          postings.add(shingle, id);
        }
      }
      if (suggested) {
        references.markSuggested(id);
      } else {
        references.addAuthor(id, memberId);
      }
      return true;
    } finally {
      lock.writeLock().unlock();
    }
  }

  private NearDuplicateVerdict check(Fingerprint candidate, Long memberId) {
    if (!candidate.judged()) {
      return NearDuplicateVerdict.TOO_SHORT;
    }
    lock.readLock().lock();
    try {
      OverlapCounter counter = new OverlapCounter(references.count());
      for (long shingle : candidate.shingles()) {
        postings.countInto(shingle, counter);
      }
      double best = 0;
      boolean suggested = false;
      MemberTally colleagues = new MemberTally();
      for (int i = 0; i < counter.touchedCount(); i++) {
        int text = counter.touchedText(i);
        if (memberId != null && references.onlyBy(text, memberId)) {
          continue;
        }
        double closeness = NearDuplicateRule.closeness(counter.sharedShingles(text), candidate);
        best = Math.max(best, closeness);
        if (rule.isTooClose(closeness)) {
          suggested |= references.suggested(text);
          references.tallyAuthors(text, memberId, colleagues);
        }
      }
      return new NearDuplicateVerdict(false, best, suggested, colleagues.distinct());
    } finally {
      lock.readLock().unlock();
    }
  }
}
