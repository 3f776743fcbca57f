/**
 * Dependency gate (`.ci/audit.ts`, run by `.ci/run`): `npm audit --omit=dev` with a high or
 * critical advisory fails; without, it passes; an advisory service that cannot be asked is
 * reported as such. (The audit itself needs the registry, so CI runs it, not this test.)
 *
 * Alone: `npx node .ci/audit.ts`; this test: `npx vitest run test/quality/audit.test.ts`
 */
import { describe, expect, it } from 'vitest';
import { verdict } from '../../.ci/audit.ts';

const report = (counts: Record<string, number>) =>
  JSON.stringify({ auditReportVersion: 2, vulnerabilities: {}, metadata: { vulnerabilities: { info: 0, low: 0, moderate: 0, high: 0, critical: 0, ...counts } } });

describe('the audit verdict', () => {
  it('passes with no advisory, or only low and moderate ones', () => {
    expect(verdict(report({})).kind).toBe('clean');
    expect(verdict(report({ low: 3, moderate: 1 })).kind).toBe('clean');
  });

  it.each<Record<string, number>>([{ high: 1 }, { critical: 2 }])('fails a deliberately vulnerable tree: %j', (counts) => {
    expect(verdict(report(counts)).kind).toBe('vulnerable');
  });

  it('says when the advisory service could not be asked', () => {
    expect(verdict(JSON.stringify({ message: '405 Method Not Allowed - POST …/advisories/bulk', statusCode: 405 }))).toEqual({
      kind: 'unavailable',
      reason: '405 Method Not Allowed - POST …/advisories/bulk',
    });
    expect(verdict('').kind).toBe('unavailable');
  });
});
