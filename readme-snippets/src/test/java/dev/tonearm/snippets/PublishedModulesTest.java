package dev.tonearm.snippets;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * tonearm-bom lists exactly the published modules: every module of the root POM except the BOM
 * and those whose POM sets {@code <tonearm.skipPublishing>true</tonearm.skipPublishing>}.
 */
class PublishedModulesTest {
  private static final Path ROOT = Path.of("..");
  private static final String SKIP_PUBLISHING = "tonearm.skipPublishing";

  @Test
  void bom_listsExactlyThePublishedModules() throws Exception {
    SortedSet<String> published = new TreeSet<>();
    for (String module : texts(pom(ROOT.resolve("pom.xml")), "modules", "module")) {
      Element pom = pom(ROOT.resolve(module).resolve("pom.xml"));
      if (!module.equals("bom") && !texts(pom, "properties", SKIP_PUBLISHING).contains("true")) {
        published.add(texts(pom, "artifactId").get(0));
      }
    }
    SortedSet<String> listed = new TreeSet<>(texts(pom(ROOT.resolve("bom").resolve("pom.xml")),
        "dependencyManagement", "dependencies", "dependency", "artifactId"));

    SortedSet<String> missing = new TreeSet<>(published);
    missing.removeAll(listed);
    SortedSet<String> unpublished = new TreeSet<>(listed);
    unpublished.removeAll(published);

    assertThat(missing).as("published modules missing from bom/pom.xml: add a <dependency> for"
        + " each to its <dependencyManagement>, or set <" + SKIP_PUBLISHING + ">true</"
        + SKIP_PUBLISHING + "> in the properties of a module that is not meant to be published")
        .isEmpty();
    assertThat(unpublished).as("artifacts bom/pom.xml lists that no published module builds:"
        + " remove them from the BOM, or publish the module (no " + SKIP_PUBLISHING + " true)")
        .isEmpty();
    assertThat(published).contains("tonearm-core", "tonearm-jda");
  }

  private static Element pom(Path file) throws Exception {
    return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile())
        .getDocumentElement();
  }

  /** The text of the elements at {@code path} below {@code parent}, direct children only. */
  private static List<String> texts(Element parent, String... path) {
    List<Element> level = List.of(parent);
    for (String name : path) {
      List<Element> next = new ArrayList<>();
      for (Element element : level) {
        for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
          if (n instanceof Element child && child.getTagName().equals(name)) {
            next.add(child);
          }
        }
      }
      level = next;
    }
    return level.stream().map(e -> e.getTextContent().strip()).toList();
  }
}
