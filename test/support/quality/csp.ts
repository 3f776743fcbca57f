/**
 * The static half of the CSP gate: every page carries a Content-Security-Policy that allows no
 * inline script but the ones Astro hashed, and nothing on the page needs more (no event-handler
 * attributes, no `style` attributes, no `javascript:` URLs). The browser half — no console error
 * on any page, a CSP violation being one — is in `sweep.ts`.
 */
import type { Element } from 'hast';
import { createHash } from 'node:crypto';
import { attribute, elements, readPages, textContent, where, type SitePage } from './html.ts';

/** A parsed policy: directive → sources. */
export type Policy = Map<string, string[]>;

/** Parses a policy's text. */
export function parsePolicy(text: string): Policy {
  const policy: Policy = new Map();
  for (const part of text.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name && !policy.has(name.toLowerCase())) policy.set(name.toLowerCase(), sources);
  }
  return policy;
}

/** The sources that apply to `directive` (its own, or `default-src`'s). */
function sourcesFor(policy: Policy, directive: 'script-src' | 'style-src'): string[] | undefined {
  return policy.get(directive) ?? policy.get('default-src');
}

/** Whether a `<script>` runs (a data block such as JSON-LD does not, and needs no hash). */
export function isExecutable(script: Element): boolean {
  const type = (attribute(script, 'type') ?? '').trim().toLowerCase();
  return type === '' || type === 'module' || /^(?:text|application)\/(?:x-)?(?:java|ecma)script$/.test(type);
}

function sha256(text: string): string {
  return `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
}

/** What is wrong with the policy itself. */
function policyProblems(policy: Policy): string[] {
  const problems: string[] = [];
  const scripts = sourcesFor(policy, 'script-src');
  if (!scripts) problems.push('has no script-src (nor default-src)');
  for (const source of scripts ?? []) {
    if (/^'unsafe-(?:inline|eval|hashes)'$/.test(source)) problems.push(`allows ${source} scripts`);
    else if (!/^'(?:self|none|strict-dynamic|sha(?:256|384|512)-[A-Za-z0-9+/=]+)'$/.test(source)) {
      problems.push(`allows scripts from ${source}`);
    }
  }
  if (sourcesFor(policy, 'style-src')?.includes("'unsafe-inline'")) problems.push("allows 'unsafe-inline' styles");
  if (!["'self'", "'none'"].includes(policy.get('default-src')?.join(' ') ?? '')) problems.push("has no default-src 'self'");
  if (policy.get('object-src')?.join(' ') !== "'none'") problems.push("has no object-src 'none'");
  return problems;
}

/** What is wrong with one page. */
function pageProblems(page: SitePage): string[] {
  const all = elements(page.tree);
  const metas = all.filter((element) => element.tagName === 'meta' && /^content-security-policy$/i.test(attribute(element, 'httpEquiv') ?? ''));
  if (metas.length !== 1) return [`${page.file} has ${metas.length} CSP <meta> elements, not one`];
  const [meta] = metas as [Element];
  const problems: string[] = [];
  const policy = parsePolicy(attribute(meta, 'content') ?? '');
  problems.push(...policyProblems(policy).map((problem) => `${where(page, meta)} the policy ${problem}`));
  // A <meta> policy covers only what comes after it.
  const first = all.find((element) => element.tagName === 'script' || element.tagName === 'style' || (element.tagName === 'link' && /stylesheet|preload|modulepreload/.test(attribute(element, 'rel') ?? '')));
  if (first && all.indexOf(first) < all.indexOf(meta)) problems.push(`${where(page, first)} <${first.tagName}> comes before the CSP <meta>, which does not cover it`);
  const scripts = sourcesFor(policy, 'script-src') ?? [];
  const styles = sourcesFor(policy, 'style-src') ?? [];
  for (const element of all) {
    if (element.tagName === 'script' && isExecutable(element) && attribute(element, 'src') === undefined) {
      const hash = sha256(textContent(element));
      if (!scripts.includes(hash)) problems.push(`${where(page, element)} an inline <script> whose hash ${hash} the policy does not list`);
    }
    if (element.tagName === 'style' && !styles.includes(sha256(textContent(element)))) {
      problems.push(`${where(page, element)} an inline <style> whose hash the policy does not list`);
    }
    for (const name of Object.keys(element.properties)) {
      if (/^on/i.test(name)) problems.push(`${where(page, element)} <${element.tagName}> has an inline event handler (${name}), which the policy blocks`);
    }
    if (element.properties['style'] !== undefined) problems.push(`${where(page, element)} <${element.tagName}> has a style attribute, which the policy blocks`);
    for (const name of ['href', 'src', 'action', 'formAction']) {
      if (/^\s*javascript:/i.test(attribute(element, name) ?? '')) problems.push(`${where(page, element)} <${element.tagName}> has a javascript: URL`);
    }
  }
  return problems;
}

/** Every CSP problem of the site built into `dir`; empty when there is none. */
export function cspProblems(dir: string): string[] {
  return readPages(dir).flatMap(pageProblems);
}
