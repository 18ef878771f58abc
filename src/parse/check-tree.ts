import { dec, sum, toDs } from '../internal/decimal.js';
import type { Problem } from '../schema/problem.js';
import { checkRule } from './check-rule.js';
import { showEn, showPath, showVi } from './show.js';
import type { NodeAt } from './tree-walk.js';

function duplicateCodes(nodes: readonly NodeAt[]): Problem[] {
  const first = new Map<string, NodeAt>();
  const out: Problem[] = [];
  for (const at of nodes) {
    const seen = first.get(at.node.code);
    if (seen === undefined) {
      first.set(at.node.code, at);
      continue;
    }
    out.push({
      code: 'duplicate_code',
      path: [...at.path, 'code'],
      message: `Mã '${at.node.code}' bị trùng: đã dùng cho '${seen.node.name}' (${showPath(seen.path)}).`,
      messageEn: `Code '${at.node.code}' is used twice: it already names '${seen.node.name}' (${showPath(seen.path)}).`,
    });
  }
  return out;
}

function checkNode({ node, path }: NodeAt): Problem[] {
  const code = node.code;
  if (node.children.length === 0) {
    return node.rule ? checkRule(node.rule, node.max, code, [...path, 'rule']) : [];
  }
  const out: Problem[] = [];
  if (node.rule) {
    out.push({
      code: 'rule_on_parent',
      path: [...path, 'rule'],
      message: `'${code}' có tiêu chí con nên không có cách chấm riêng: điểm của nó là tổng điểm các tiêu chí con. Hãy chuyển 'rule' xuống tiêu chí con.`,
      messageEn: `'${code}' has children, so it takes no rule of its own: its points are the sum of its children's. Move the 'rule' to a child.`,
    });
  }
  const total = toDs(sum(node.children.map((c) => dec(c.max))));
  if (!dec(total).equals(dec(node.max))) {
    out.push({
      code: 'max_mismatch',
      path: [...path, 'max'],
      message: `Điểm tối đa của '${code}' là ${showVi(node.max)} nhưng tổng điểm tối đa các tiêu chí con là ${showVi(total)}.`,
      messageEn: `The maximum of '${code}' is ${showEn(node.max)} but its children's maxima add up to ${showEn(total)}.`,
    });
  }
  return out;
}

/** Duplicate codes, parent maxima, rules on parents and every leaf rule. */
export function checkTree(nodes: readonly NodeAt[]): Problem[] {
  return [...duplicateCodes(nodes), ...nodes.flatMap(checkNode)];
}
