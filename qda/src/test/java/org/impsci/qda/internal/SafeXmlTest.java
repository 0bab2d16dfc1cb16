package org.impsci.qda.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

class SafeXmlTest {

  private static Element parse(String xml) {
    return SafeXml.parse(xml.getBytes(StandardCharsets.UTF_8), "t.xml").getDocumentElement();
  }

  @Test
  void textGathersDescendantsInDocumentOrderAsTheDomDoes() {
    Element e = parse("<a>one <b>two <c>three</c><d/></b><!-- not text --> <![CDATA[four]]><?pi x?>"
        + "<e><f>five</f></e>six</a>");
    // Expected by hand: every text and CDATA node in document order, comments and PIs left out.
    assertThat(SafeXml.text(e)).isEqualTo("one two three fourfivesix");
    assertThat(SafeXml.text(e)).isEqualTo(e.getTextContent());
    Element b = SafeXml.child(e, "b").orElseThrow();
    assertThat(SafeXml.text(b)).as("stops at the element's end").isEqualTo("two three");
    assertThat(SafeXml.text(parse("<a/>"))).isEmpty();
  }

  @Test
  void textOfMarkupAtTheDepthLimitNeedsNoRecursion() {
    int depth = SafeXml.MAX_DEPTH;
    String xml = "<a>x".repeat(depth) + "</a>".repeat(depth);
    assertThat(SafeXml.text(parse(xml))).isEqualTo("x".repeat(depth));
  }
}
