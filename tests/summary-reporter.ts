import type { Reporter, TestModule } from 'vitest/node';

/**
 * Ends the run with one plain line, "N passed, N failed, N skipped", for CI logs, and before it the
 * tests that passed only on a retry (flaky), by file and name, so a race is seen and looked into.
 */
export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    const flaky: string[] = [];
    for (const module of testModules) {
      for (const test of module.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') passed++;
        else if (state === 'failed') failed++;
        else skipped++;
        if (state === 'passed' && test.diagnostic()?.flaky) flaky.push(`${module.moduleId.replace(/^.*?(?=tests\/)/, '')} > ${test.fullName}`);
      }
    }
    if (flaky.length > 0) console.log(`\nPassed only on a retry (flaky, to look into):\n${flaky.map((f) => `  ${f}`).join('\n')}`);
    console.log(`\n${passed} passed, ${failed} failed, ${skipped} skipped${flaky.length > 0 ? ` (${flaky.length} flaky)` : ''}`);
  }
}
