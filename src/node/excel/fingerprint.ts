import type { CriteriaNode } from '../../model/criteria-node.js';
import type { CriteriaSet } from '../../model/criteria-set.js';

/**
 * A short fingerprint of what scores mean in a criteria set: codes, tree shape, maxima and rules
 * (not names, so fixing a typo does not invalidate filled templates). Stored in the template so
 * the reader can tell a workbook made from another version of the same set.
 */
export function criteriaFingerprint(set: CriteriaSet): string {
  const parts: string[] = [set.id];
  const walk = (nodes: readonly CriteriaNode[], depth: number): void => {
    for (const n of nodes) {
      parts.push(`${depth}|${n.code}|${n.max}|${JSON.stringify(n.rule ?? null)}`);
      walk(n.children, depth + 1);
    }
  };
  walk(set.fields, 1);
  for (const a of set.adjustments) parts.push(`adj|${a.id}|${a.kind}|${a.cap}`);
  return fnv1a(parts.join('\n'));
}

// FNV-1a, 32 bits: enough to tell versions apart; this is not a security check.
function fnv1a(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}
