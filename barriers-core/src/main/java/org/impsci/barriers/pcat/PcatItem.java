package org.impsci.barriers.pcat;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.immutables.value.Value;
import org.impsci.assessment.ImpsciStyle;

/**
 * One of the 14 pCAT items: its number (the {@code item_id} of answer files), the statement in
 * impsci's own words, and the CFIR 2009 and CFIR 2.0 constructs it stands for.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@ImpsciStyle
@JsonSerialize(as = ImmutablePcatItem.class)
@JsonDeserialize(as = ImmutablePcatItem.class)
public interface PcatItem {

  /** The item's number, 1 to 14, in the instrument's order. */
  int number();

  /** The statement a respondent agrees or disagrees with, paraphrased (never the published text). */
  String prompt();

  /** The CFIR 2009 construct printed with the item on the pCAT form. */
  CfirMapping cfir2009();

  /** The CFIR 2.0 constructs, the primary one first (two for item 10, one for every other). */
  List<CfirMapping> cfir20();

  /** The primary CFIR 2.0 construct. */
  @JsonIgnore
  default CfirMapping cfir20Primary() {
    return cfir20().get(0);
  }

  /** Checks the number and that exactly the first CFIR 2.0 construct is primary. */
  @Value.Check
  default void check() {
    if (number() < 1 || number() > Pcat.ITEMS) {
      throw new IllegalArgumentException("a pCAT item number lies in 1.." + Pcat.ITEMS + ", got " + number());
    }
    if (cfir20().isEmpty()) {
      throw new IllegalArgumentException("pCAT item " + number() + " needs a CFIR 2.0 construct");
    }
    for (int i = 0; i < cfir20().size(); i++) {
      if (cfir20().get(i).primary() != (i == 0)) {
        throw new IllegalArgumentException(
            "pCAT item " + number() + ": only the first CFIR 2.0 construct is primary");
      }
    }
  }

  /** A new, empty builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PcatItem}; its setters chain and {@code build()} checks the value. */
  final class Builder extends ImmutablePcatItem.Builder {
    Builder() {}
  }
}
