package dev.estodo.todo.web;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * One Chromium for every browser test class, given to a {@code Browser} parameter: started on
 * first use, reset for each class (blank page, laptop-sized window, console read), quit when the
 * run ends. Starting a browser costs seconds; each class still has a server of its own. Skips the
 * tests, naming what is missing, when Chromium or its driver is not installed; with
 * ESTODO_REQUIRE_BROWSER set (CI) it lets them run, so {@link Browser#start()} fails them.
 */
final class SharedBrowser implements ExecutionCondition, ParameterResolver {
  private static final Namespace NAMESPACE = Namespace.create(SharedBrowser.class);

  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    if (Browser.present() || Browser.required()) return ConditionEvaluationResult.enabled("Chromium or CI");
    return ConditionEvaluationResult.disabled(Browser.missing());
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == Browser.class;
  }

  @Override
  public Browser resolveParameter(ParameterContext parameter, ExtensionContext context) {
    // The root store closes what it holds (Browser is AutoCloseable) when the whole run ends.
    Browser browser = context.getRoot().getStore(NAMESPACE)
        .getOrComputeIfAbsent(Browser.class, key -> Browser.start(), Browser.class);
    return browser.reset();
  }
}
