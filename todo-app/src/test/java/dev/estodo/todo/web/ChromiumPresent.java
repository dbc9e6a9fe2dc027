package dev.estodo.todo.web;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Skips each browser test, naming what is missing, when Chromium or its driver is not installed;
 * with ESTODO_REQUIRE_BROWSER set (CI) it lets them run, so {@link Browser#start()} fails them.
 */
final class ChromiumPresent implements ExecutionCondition {
  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    if (Browser.present() || Browser.required()) return ConditionEvaluationResult.enabled("Chromium or CI");
    return ConditionEvaluationResult.disabled(Browser.missing());
  }
}
