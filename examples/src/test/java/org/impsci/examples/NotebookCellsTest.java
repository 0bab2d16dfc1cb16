package org.impsci.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import org.impsci.assessment.io.ImpsciJson;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * A fast check of the notebooks without Jupyter: each notebook's code cells are compiled and run in
 * order with the JDK's JShell on this module's test class path, skipping the kernel's magic lines
 * (the class path is already there) and standing in for the kernel's {@code display}.
 * {@code run-notebooks.sh} runs them for real in a Java kernel.
 */
class NotebookCellsTest {
  private static final Path NOTEBOOKS = Path.of("notebooks");

  @TestFactory
  Stream<DynamicTest> everyNotebookRunsInJShell() throws IOException {
    List<Path> notebooks;
    try (Stream<Path> files = Files.list(NOTEBOOKS)) {
      notebooks = files.filter(p -> p.toString().endsWith(".ipynb")).sorted().toList();
    }
    assertThat(notebooks).extracting(p -> p.getFileName().toString())
        .contains("00-quick-start.ipynb", "01-secondary-fracture-prevention.ipynb",
            "02-social-prescribing.ipynb", "03-patient-participation.ipynb", "04-link-workers.ipynb",
            "05-embedding.ipynb");
    return notebooks.stream().map(nb -> DynamicTest.dynamicTest(nb.getFileName().toString(), () -> run(nb)));
  }

  private static void run(Path notebook) throws IOException {
    JsonNode json = ImpsciJson.mapper().readTree(notebook.toFile());
    assertThat(json.at("/metadata/kernelspec/name").asText()).isEqualTo("rapaio-java");
    System.setProperty("java.awt.headless", "true");
    try (JShell shell = JShell.builder().executionEngine("local").build()) {
      String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
      for (String entry : classPath.split(File.pathSeparator)) {
        shell.addToClasspath(entry);
      }
      eval(shell, notebook, "kernel stand-in", "String display(Object value) { return \"\"; }");
      int cell = 0;
      for (JsonNode c : json.get("cells")) {
        cell++;
        if (c.get("cell_type").asText().equals("code")) {
          StringBuilder code = new StringBuilder();
          c.get("source").forEach(line -> {
            if (!line.asText().startsWith("%")) {
              code.append(line.asText());
            }
          });
          eval(shell, notebook, "cell " + cell, code.toString());
        }
      }
    }
  }

  private static void eval(JShell shell, Path notebook, String where, String code) {
    SourceCodeAnalysis analysis = shell.sourceCodeAnalysis();
    String rest = code;
    while (!rest.isBlank()) {
      SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(rest);
      String source = info.completeness().isComplete() ? info.source() : rest;
      List<String> problems = new ArrayList<>();
      for (SnippetEvent e : shell.eval(source)) {
        if (e.status() == Snippet.Status.REJECTED) {
          shell.diagnostics(e.snippet()).forEach(d -> problems.add(d.getMessage(null)));
          problems.add("rejected: " + e.snippet().source());
        }
        if (e.exception() != null) {
          problems.add("threw " + e.exception());
        }
      }
      assertThat(problems).as(notebook.getFileName() + ", " + where).isEmpty();
      rest = info.completeness().isComplete() ? info.remaining() : "";
    }
  }
}
