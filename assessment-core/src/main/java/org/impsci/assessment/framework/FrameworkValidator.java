package org.impsci.assessment.framework;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.impsci.assessment.internal.GraphWalks;
import org.impsci.assessment.internal.Ids;
import org.impsci.assessment.internal.RuleViolation;

/**
 * The rules of a well-formed framework. Each broken rule is a {@link RuleViolation} that names
 * the offending construct and the JSON path of the offending node.
 */
final class FrameworkValidator {
  private static final String ID_RULE = Ids.ID_RULE;
  private static final String KIND_RULE = Ids.KIND_RULE;

  private FrameworkValidator() {}

  /** Checks what a construct can check on its own: id, label, definition, kind, order, aliases. */
  static void checkConstruct(Construct c) {
    String who = "construct '" + c.id() + "'";
    if (!Ids.isId(c.id())) {
      throw new RuleViolation("id", who + " has an invalid id; allowed: " + ID_RULE);
    }
    if (c.label().isBlank()) {
      throw new RuleViolation("label", who + " has a blank label");
    }
    if (c.definition().isBlank()) {
      throw new RuleViolation("definition", who + " has a blank definition");
    }
    if (!Ids.isKind(c.kind())) {
      throw new RuleViolation(
          "kind", who + " has invalid kind '" + c.kind() + "'; allowed: " + KIND_RULE);
    }
    if (c.order() < 1) {
      throw new RuleViolation(
          "order", who + " has order " + c.order() + "; allowed: 1 or more");
    }
    Set<String> seen = new HashSet<>();
    for (int k = 0; k < c.aliases().size(); k++) {
      String alias = c.aliases().get(k);
      if (alias.isBlank()) {
        throw new RuleViolation("aliases[" + k + "]", who + " has a blank alias");
      }
      if (!seen.add(fold(alias))) {
        throw new RuleViolation(
            "aliases[" + k + "]", who + " lists alias '" + alias + "' twice");
      }
    }
  }

  /**
   * Checks the framework as a whole: its id, name, version and sources, unique construct ids,
   * parents that exist and come first, no cycles, unique order among siblings, and aliases that
   * are unique and clash with no other construct's id.
   */
  static void check(Framework f) {
    String fw = "framework '" + f.id() + "'";
    if (!Ids.isId(f.id())) {
      throw new RuleViolation("id", fw + " has an invalid id; allowed: " + ID_RULE);
    }
    if (f.name().isBlank()) {
      throw new RuleViolation("name", fw + " has a blank name");
    }
    if (f.version().isBlank()) {
      throw new RuleViolation("version", fw + " has a blank version");
    }
    if (f.sources().isEmpty()) {
      throw new RuleViolation("sources", fw + " lists no sources");
    }
    List<Construct> cs = f.constructs();
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < cs.size(); i++) {
      Integer first = index.putIfAbsent(cs.get(i).id(), i);
      if (first != null) {
        throw new RuleViolation(
            at(i, "id"),
            "construct id '" + cs.get(i).id() + "' is used twice, also at " + at(first, null));
      }
    }
    checkParents(cs, index);
    checkSiblingOrder(cs);
    checkAliases(cs, index);
  }

  private static void checkParents(List<Construct> cs, Map<String, Integer> index) {
    for (int i = 0; i < cs.size(); i++) {
      Construct c = cs.get(i);
      Optional<String> parent = c.parent();
      if (parent.isPresent() && !index.containsKey(parent.get())) {
        throw new RuleViolation(
            at(i, "parent"),
            "construct '" + c.id() + "' names parent '" + parent.get() + "', which does not exist");
      }
    }
    int[][] parentOf = new int[cs.size()][];
    for (int i = 0; i < cs.size(); i++) {
      parentOf[i] = cs.get(i).parent().stream().mapToInt(index::get).toArray();
    }
    int first = GraphWalks.firstOnCycle(parentOf);
    if (first >= 0) {
      List<String> chain = new ArrayList<>();
      chain.add(cs.get(first).id());
      for (int at = parentOf[first][0]; at != first; at = parentOf[at][0]) {
        chain.add(cs.get(at).id());
      }
      chain.add(cs.get(first).id());
      throw new RuleViolation(
          at(first, "parent"),
          "construct '" + cs.get(first).id() + "' is its own ancestor: "
              + String.join(" -> ", chain));
    }
    for (int i = 0; i < cs.size(); i++) {
      Construct c = cs.get(i);
      if (c.parent().isPresent() && index.get(c.parent().get()) > i) {
        throw new RuleViolation(
            at(i, "parent"),
            "construct '" + c.id() + "' comes before its parent '" + c.parent().get()
                + "' (at " + at(index.get(c.parent().get()), null)
                + "); list parents before their children");
      }
    }
  }

  private static void checkSiblingOrder(List<Construct> cs) {
    Map<String, Map<Integer, String>> orders = new HashMap<>();
    for (int i = 0; i < cs.size(); i++) {
      Construct c = cs.get(i);
      String other =
          orders.computeIfAbsent(c.parent().orElse(""), p -> new HashMap<>())
              .putIfAbsent(c.order(), c.id());
      if (other != null) {
        String under = c.parent().map(p -> "under '" + p + "'").orElse("at the top level");
        throw new RuleViolation(
            at(i, "order"),
            "construct '" + c.id() + "' has order " + c.order() + ", as has construct '" + other
                + "' " + under);
      }
    }
  }

  private static void checkAliases(List<Construct> cs, Map<String, Integer> index) {
    Map<String, String> ids = new HashMap<>();
    index.keySet().forEach(id -> ids.put(fold(id), id));
    Map<String, String> owners = new HashMap<>();
    for (int i = 0; i < cs.size(); i++) {
      Construct c = cs.get(i);
      for (int k = 0; k < c.aliases().size(); k++) {
        String alias = c.aliases().get(k);
        String path = at(i, "aliases[" + k + "]");
        String id = ids.get(fold(alias));
        if (id != null && !id.equals(c.id())) {
          throw new RuleViolation(
              path,
              "alias '" + alias + "' of construct '" + c.id()
                  + "' clashes with the id of construct '" + id + "'");
        }
        String owner = owners.putIfAbsent(fold(alias), c.id());
        if (owner != null) {
          throw new RuleViolation(
              path,
              "alias '" + alias + "' of construct '" + c.id() + "' is also an alias of construct '"
                  + owner + "'");
        }
      }
    }
  }

  /** The key under which aliases and ids are compared: lower case, locale-neutral. */
  static String fold(String s) {
    return s.toLowerCase(Locale.ROOT);
  }

  private static String at(int i, String field) {
    return "constructs[" + i + "]" + (field == null ? "" : "." + field);
  }
}
