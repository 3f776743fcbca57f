/**
 * A run's results as Markdown tables: build speed against the baseline, the timeline, page
 * weight, Lighthouse, the authoring loop, and the budgets. The README's "Performance" section
 * is this text.
 */
import { judgeBudgets } from './budgets.ts';
import type { BenchResults } from './results.ts';

/** A Markdown table from a header row and body rows. */
function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

const kb = (bytes: number) => (bytes / 1024).toFixed(1);

function buildTable(results: BenchResults): string {
  const rows = results.builds.map((b) => {
    const perPage = (seconds: number) => ((seconds * 1000) / b.pages).toFixed(1);
    return [
      b.statements.toLocaleString('en-GB'),
      String(b.pages),
      b.check.seconds.toFixed(2),
      b.build.seconds.toFixed(2),
      b.baseline.seconds.toFixed(2),
      perPage(b.build.seconds),
      perPage(b.baseline.seconds),
      `${(b.build.seconds / b.baseline.seconds).toFixed(2)}×`,
      b.check.peakMiB.toFixed(0),
      b.build.peakMiB.toFixed(0),
      b.baseline.peakMiB.toFixed(0),
      `${(b.build.peakMiB / b.baseline.peakMiB).toFixed(2)}×`,
    ];
  });
  const header = ['N', 'pages', 'check s', 'build s', 'baseline s', 'build ms/page', 'baseline ms/page', 'time ÷ baseline', 'check MiB', 'build MiB', 'baseline MiB', 'memory ÷ baseline'];
  const [smaller, larger] = [results.builds.at(-2), results.builds.at(-1)];
  const growth =
    smaller && larger
      ? `\n\nGrowth from N = ${smaller.statements.toLocaleString('en-GB')} to ${larger.statements.toLocaleString('en-GB')} (${(larger.statements / smaller.statements).toFixed(0)}× the statements): ` +
        `build ${(larger.build.seconds / smaller.build.seconds).toFixed(2)}×, check ${(larger.check.seconds / smaller.check.seconds).toFixed(2)}×, baseline ${(larger.baseline.seconds / smaller.baseline.seconds).toFixed(2)}×.`
      : '';
  return table(header, rows) + growth;
}

function timelineTable(results: BenchResults): string {
  const { layoutMs, zoom, pan } = results.timeline;
  const rows = Object.entries(layoutMs).map(([count, ms]) => [`layout, ${Number(count).toLocaleString('en-GB')} items`, `${ms.toFixed(1)} ms`]);
  for (const [name, frames] of [['zoom', zoom], ['pan', pan]] as const) {
    rows.push([
      `${name}, 1,000 items (main-thread CPU a frame, median / p95; time between frames, median / p95)`,
      `${frames.cpuMedian.toFixed(1)} / ${frames.cpuP95.toFixed(1)} ms; ${frames.frameMedian.toFixed(1)} / ${frames.frameP95.toFixed(1)} ms`,
    ]);
  }
  return table(['timeline', 'time'], rows);
}

function weightTable(results: BenchResults): string {
  const rows = results.shipped.weights.map((w) => [`\`${w.kind}\``, kb(w.js.raw), kb(w.js.gzip), kb(w.css.raw), kb(w.css.gzip)]);
  return table(['kind of page', 'JS KB', 'JS KB gzip', 'CSS KB', 'CSS KB gzip'], rows);
}

function lighthouseTable(results: BenchResults): string {
  const rows = Object.entries(results.shipped.lighthouse).map(([page, s]) => [
    page,
    s.performanceRuns.length > 1 ? `${s.performance} (median of ${s.performanceRuns.join(', ')})` : String(s.performance),
    String(s.accessibility),
    String(s['best-practices']),
    String(s.seo),
    s.shortfalls.map((audit) => `\`${audit}\``).join(', ') || '–',
  ]);
  return table(['Lighthouse (mobile)', 'performance', 'accessibility', 'best practices', 'SEO', 'audits short of 100'], rows);
}

function budgetTable(results: BenchResults): string {
  const rows = judgeBudgets(results).map((v) => [v.budget, v.figure, v.met === undefined ? '–' : v.met ? '✓ met' : '✗ missed']);
  return table(['budget', 'figure', ''], rows);
}

/** Every table of a run, with a line saying how and where it was measured. */
export function resultsMarkdown(results: BenchResults): string {
  const load = (values: number[]) => values.map((v) => v.toFixed(1)).join(', ');
  const edits = results.authoring.edits;
  const manual = edits.filter((edit) => edit.manualReload).length;
  const authoring =
    `Authoring loop (\`npm run dev\`, save a statement → new words in Chromium): ${results.authoring.medianMs.toFixed(0)} ms median of ${edits.length} ` +
    `(${edits.map((edit) => `${edit.ms.toFixed(0)} ms${edit.manualReload ? ' after a reload by hand' : ''}`).join(', ')}); ` +
    `${manual === 0 ? 'the live reload showed every edit' : `the live reload had not shown ${manual} of ${edits.length} within 20 s`}.`;
  return [
    `Measured ${results.date.slice(0, 16).replace('T', ' ')} UTC, ${results.mode} mode, build figures the median of ${results.runs} cold run(s); ` +
      `${results.machine.cpus} CPUs, Node ${results.machine.node}, load average ${load(results.machine.loadBefore)} before and ${load(results.machine.loadAfter)} after.`,
    buildTable(results),
    timelineTable(results),
    weightTable(results),
    lighthouseTable(results),
    authoring,
    budgetTable(results),
  ].join('\n\n');
}
