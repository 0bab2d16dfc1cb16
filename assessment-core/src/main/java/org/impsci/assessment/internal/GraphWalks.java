package org.impsci.assessment.internal;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.impsci.assessment.instrument.ItemGroup;

/**
 * Walks over a directed graph whose nodes are numbered 0 to n - 1, given as each node's
 * successors ({@code successors[v]}), with an explicit stack instead of recursion, so that a chain
 * as long as the input allows never reaches the call stack, and in time linear in nodes and edges.
 * Used for a framework's parents and an instrument's subgroups.
 */
public final class GraphWalks {
  private GraphWalks() {}

  /**
   * The lowest-numbered node that lies on a cycle (that can reach itself, a node that is its own
   * successor included), or -1 if the graph has no cycle. Tarjan's strongly connected components:
   * a node lies on a cycle when its component has two or more nodes or it is its own successor.
   */
  public static int firstOnCycle(int[][] successors) {
    int n = successors.length;
    int[] index = new int[n];
    Arrays.fill(index, -1);
    int[] low = new int[n];
    boolean[] open = new boolean[n];
    int[] component = new int[n];
    int componentTop = 0;
    int[] walk = new int[n];
    int[] nextEdge = new int[n];
    int counter = 0;
    int first = -1;
    for (int root = 0; root < n; root++) {
      if (index[root] >= 0) {
        continue;
      }
      int top = 0;
      walk[0] = root;
      nextEdge[0] = 0;
      index[root] = low[root] = counter++;
      component[componentTop++] = root;
      open[root] = true;
      while (top >= 0) {
        int v = walk[top];
        if (nextEdge[top] < successors[v].length) {
          int w = successors[v][nextEdge[top]++];
          if (w == v && (first < 0 || v < first)) {
            first = v;
          }
          if (index[w] < 0) {
            index[w] = low[w] = counter++;
            component[componentTop++] = w;
            open[w] = true;
            walk[++top] = w;
            nextEdge[top] = 0;
          } else if (open[w]) {
            low[v] = Math.min(low[v], index[w]);
          }
          continue;
        }
        top--;
        if (top >= 0) {
          low[walk[top]] = Math.min(low[walk[top]], low[v]);
        }
        if (low[v] == index[v]) {
          int lowest = v;
          int size = 0;
          int w;
          do {
            w = component[--componentTop];
            open[w] = false;
            lowest = Math.min(lowest, w);
            size++;
          } while (w != v);
          if (size > 1 && (first < 0 || lowest < first)) {
            first = lowest;
          }
        }
      }
    }
    return first;
  }

  /**
   * Every node, each after all the nodes it reaches: the walk starts from node 0, 1, ... in turn
   * and takes each node's successors in their order, and a node is listed once its successors
   * are. The graph must have no cycle.
   */
  public static int[] successorsFirst(int[][] successors) {
    int n = successors.length;
    int[] order = new int[n];
    int listed = 0;
    boolean[] seen = new boolean[n];
    int[] walk = new int[n];
    int[] nextEdge = new int[n];
    for (int root = 0; root < n; root++) {
      if (seen[root]) {
        continue;
      }
      seen[root] = true;
      int top = 0;
      walk[0] = root;
      nextEdge[0] = 0;
      while (top >= 0) {
        int v = walk[top];
        if (nextEdge[top] < successors[v].length) {
          int w = successors[v][nextEdge[top]++];
          if (!seen[w]) {
            seen[w] = true;
            walk[++top] = w;
            nextEdge[top] = 0;
          }
          continue;
        }
        order[listed++] = v;
        top--;
      }
    }
    return order;
  }

  /**
   * An instrument's groups as a graph: each group's subgroups, as positions in {@code groups}.
   * Every subgroup id must be one of the groups'.
   */
  public static int[][] subgroups(List<ItemGroup> groups) {
    Map<String, Integer> positionById = new HashMap<>();
    for (int g = 0; g < groups.size(); g++) {
      positionById.put(groups.get(g).id(), g);
    }
    int[][] successors = new int[groups.size()][];
    for (int g = 0; g < successors.length; g++) {
      successors[g] = groups.get(g).groupIds().stream().mapToInt(positionById::get).toArray();
    }
    return successors;
  }
}
