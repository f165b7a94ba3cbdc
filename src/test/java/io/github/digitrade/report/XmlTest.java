package io.github.digitrade.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class XmlTest {

  @Test
  void escape_replacesMarkupCharacters() {
    assertThat(Xml.escape("a<b & \"c\" > 'd'"))
        .isEqualTo("a&lt;b &amp; &quot;c&quot; &gt; &#39;d&#39;");
  }

  @Test
  void escape_keepsCjkAndSupplementaryCharacters() {
    assertThat(Xml.escape("杭州市 \uD83D\uDCE6")).isEqualTo("杭州市 \uD83D\uDCE6");
  }

  @Test
  void escape_replacesCharactersXmlForbids() {
    // NUL, a vertical tab and a lone surrogate cannot appear in XML 1.0
    assertThat(Xml.escape("a\u0000b\u000Bc\uD800d\tn\ne"))
        .isEqualTo("a\uFFFDb\uFFFDc\uFFFDd\tn\ne");
  }

  @Test
  void escape_outputParsesBackToTheInput() {
    String nasty = "<script>alert(\"x&y\")</script> ' ]]>";
    String doc = "<p title=\"" + Xml.escape(nasty) + "\">" + Xml.escape(nasty) + "</p>";
    var root = XmlCheck.parse(doc).getDocumentElement();
    assertThat(root.getTextContent()).isEqualTo(nasty);
    assertThat(root.getAttribute("title")).isEqualTo(nasty);
  }
}
