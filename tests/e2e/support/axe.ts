import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

type Violation = Awaited<ReturnType<AxeBuilder["analyze"]>>["violations"][number];

/** A violation as a failing test shows it: the rule, how bad, what it asks, and each element with what fails. */
function describeViolation(v: Violation) {
  return {
    rule: v.id,
    impact: v.impact,
    help: v.help,
    nodes: v.nodes.map((n) => `${n.target.join(" ")} — ${n.failureSummary?.replace(/\s+/g, " ")}`),
  };
}

/** The WCAG 2.1 A and AA rules of axe on the page as it stands; `label` names the check in a failure. */
export async function expectNoAxeViolations(page: Page, label = `axe violations on ${page.url()}`) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(results.violations.map(describeViolation), label).toEqual([]);
}
