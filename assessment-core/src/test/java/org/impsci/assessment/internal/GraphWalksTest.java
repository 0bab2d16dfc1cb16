package org.impsci.assessment.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Cycles and orders of small graphs drawn by hand, and of chains far deeper than the stack. */
class GraphWalksTest {
  private static final int[] NONE = {};

  @Test
  void findsTheFirstNodeOnACycleNotTheFirstNodeLeadingIntoOne() {
    // 0 -> 1 -> 2 -> 3 -> 2: 0 and 1 lead into the cycle {2, 3} but are not on it.
    assertThat(GraphWalks.firstOnCycle(new int[][] {{1}, {2}, {3}, {2}})).isEqualTo(2);
    // Cycles {3, 5} (reached first, from 0) and {1, 2}: 1 is the first node on a cycle.
    int[][] two = {{5}, {2}, {1}, {5}, NONE, {3}};
    assertThat(GraphWalks.firstOnCycle(two)).isEqualTo(1);
    // A node that is its own successor.
    assertThat(GraphWalks.firstOnCycle(new int[][] {NONE, {0}, {2}})).isEqualTo(2);
    // A node between two cycles is on neither: {0, 1}, then 2, then {3, 4}.
    assertThat(GraphWalks.firstOnCycle(new int[][] {{1}, {0, 2}, {3}, {4}, {3}})).isZero();
  }

  @Test
  void findsNoCycleInAGraphWithoutOne() {
    // A diamond: 0 -> 1, 0 -> 2, 1 -> 3, 2 -> 3.
    assertThat(GraphWalks.firstOnCycle(new int[][] {{1, 2}, {3}, {3}, NONE})).isEqualTo(-1);
    assertThat(GraphWalks.firstOnCycle(new int[0][])).isEqualTo(-1);
  }

  @Test
  void listsEveryNodeAfterTheNodesItReaches() {
    // The diamond: from 0, first 1 then its 3, then 2 (3 already listed), then 0.
    assertThat(GraphWalks.successorsFirst(new int[][] {{1, 2}, {3}, {3}, NONE}))
        .containsExactly(3, 1, 2, 0);
    // 1 -> 0 and 2 alone: 0 first (a root), then 1, then 2.
    assertThat(GraphWalks.successorsFirst(new int[][] {NONE, {0}, NONE}))
        .containsExactly(0, 1, 2);
  }

  @Test
  void walksChainsOfAMillionNodes() {
    int n = 1_000_000;
    int[][] chain = new int[n][];
    for (int i = 0; i < n - 1; i++) {
      chain[i] = new int[] {i + 1};
    }
    chain[n - 1] = NONE;
    assertThat(GraphWalks.firstOnCycle(chain)).isEqualTo(-1);
    int[] order = GraphWalks.successorsFirst(chain);
    assertThat(order[0]).isEqualTo(n - 1);
    assertThat(order[n - 1]).isZero();
    chain[n - 1] = new int[] {n / 2};
    assertThat(GraphWalks.firstOnCycle(chain)).isEqualTo(n / 2);
  }
}
