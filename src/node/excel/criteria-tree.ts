import type { Issue } from '../../errors.js';
import { dec, sum, toDs } from '../../internal/decimal.js';
import type { Numbering } from './criteria-numbering.js';
import { excelIssue } from './excel-issue.js';
import { slug } from './slug.js';

/** A criterion read from a table row, before it becomes an authoring-format node. */
export interface DraftNode {
  code: string;
  readonly name: string;
  readonly max: string | undefined;
  readonly maxCell: string;
  readonly row: number;
  readonly numbering: Extract<Numbering, { kind: 'roman' | 'arabic' | 'letter' }>;
  readonly notes: string[];
  readonly children: DraftNode[];
  depth: number;
}

type Where = { file: string | undefined; sheet: string; cell: string };

/**
 * Places a numbered row in the tree: roman numbers are fields, arabic numbers nest by their
 * dots (one level below the fields when there are roman fields), letters go under the last
 * numbered node. A number that does not fit (`1.2.1` with no `1.2`) is reported and attached
 * to the nearest open node above it.
 */
export function placeNode(
  node: DraftNode,
  stack: DraftNode[],
  roots: DraftNode[],
  codes: Set<string>,
  problems: Issue[],
  where: Where,
): void {
  const n = node.numbering;
  let parent: DraftNode | undefined;
  let broken = false;
  if (n.kind === 'arabic') {
    const hasRoman = roots.some((r) => r.numbering.kind === 'roman');
    const depth = (hasRoman ? 1 : 0) + n.parts.length;
    parent = depth > 1 ? stack[depth - 2] : undefined;
    if (depth > 1 && parent === undefined) {
      broken = true;
      parent = stack[stack.length - 1];
    }
    if (parent?.numbering.kind === 'arabic' && n.parts.length > 1) {
      const prefix = n.parts.slice(0, -1).join('.');
      if (parent.numbering.parts.join('.') !== prefix) broken = true;
    }
  } else if (n.kind === 'letter') {
    parent = [...stack].reverse().find((s) => s.numbering.kind !== 'letter');
    broken = parent === undefined;
  }
  if (broken) {
    problems.push(
      excelIssue(
        'invalid_value',
        `Ô ${where.cell}: số thứ tự '${n.text}' không khớp cấp tiêu chí phía trên${parent ? `; tạm xếp vào ${parent.code}` : ''}. Hãy kiểm tra.`,
        `Cell ${where.cell}: numbering '${n.text}' breaks the hierarchy${parent ? `; placed under ${parent.code}` : ''}. Please check.`,
        where,
      ),
    );
  }
  node.depth = (parent?.depth ?? 0) + 1;
  let code = n.kind === 'letter' && parent ? `${parent.code}.${n.text}` : n.text;
  if (codes.has(code) && parent) code = `${parent.code}.${n.text}`;
  if (codes.has(code)) {
    problems.push(
      excelIssue(
        'duplicate_code',
        `Ô ${where.cell}: số thứ tự '${n.text}' trùng; đặt tạm mã '${code}-${node.row}'.`,
        `Cell ${where.cell}: duplicate number '${n.text}'; temporary code '${code}-${node.row}'.`,
        where,
      ),
    );
    code = `${code}-${node.row}`;
  }
  node.code = code;
  codes.add(code);
  (parent ? parent.children : roots).push(node);
  stack.length = node.depth - 1;
  stack.push(node);
}

/** A node in the authoring format (docs/criteria-format.md). */
interface AuthoringNode {
  code: string;
  name: string;
  max?: string;
  description?: string;
  rule?: { kind: 'direct' };
  children?: AuthoringNode[];
}

/** Meta data of the imported table. */
export interface TableMeta {
  readonly file: string | undefined;
  readonly sheet: string;
  readonly title: string | undefined;
}

/**
 * The criteria set in the authoring format, with placeholders to complete. Leaves with no
 * maximum and parents whose maximum is not the sum of their children's are reported.
 */
export function toAuthoring(
  roots: readonly DraftNode[],
  problems: Issue[],
  at: (cell: string) => Where,
  meta: TableMeta,
): Record<string, unknown> {
  const convert = (node: DraftNode): { out: AuthoringNode; max: string | undefined } => {
    const out: AuthoringNode = { code: node.code, name: node.name };
    const kids = node.children.map(convert);
    let max = node.max;
    if (kids.length === 0) {
      // A maximum already reported as unreadable is not reported again as missing.
      if (max === undefined && !problems.some((p) => p.path[1] === node.maxCell)) {
        problems.push(
          excelIssue(
            'missing_field',
            `Ô ${node.maxCell}: tiêu chí ${node.code} (dòng ${node.row}) không có điểm tối đa.`,
            `Cell ${node.maxCell}: criterion ${node.code} (row ${node.row}) has no maximum.`,
            at(node.maxCell),
          ),
        );
      }
    } else {
      const childMax = kids.map((k) => k.max);
      const known = childMax.filter((m): m is string => m !== undefined);
      const total = toDs(sum(known.map((m) => dec(m))));
      if (max === undefined && known.length === kids.length) max = total;
      else if (max !== undefined && known.length === kids.length && !dec(max).equals(dec(total))) {
        problems.push(
          excelIssue(
            'max_mismatch',
            `Ô ${node.maxCell}: điểm tối đa của ${node.code} là ${vi(max)} nhưng tổng các tiêu chí con là ${vi(total)}.`,
            `Cell ${node.maxCell}: ${node.code} has maximum ${max} but its children add up to ${total}.`,
            at(node.maxCell),
          ),
        );
      }
    }
    if (max !== undefined) out.max = max;
    if (node.notes.length > 0) out.description = node.notes.join('\n');
    if (kids.length === 0) out.rule = { kind: 'direct' };
    else out.children = kids.map((k) => k.out);
    return { out, max };
  };
  const stem = meta.file?.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '');
  const id = (stem === undefined ? '' : slug(stem)) || 'bo-chi-so-moi';
  return {
    id,
    title: meta.title ?? 'Cần điền tên bộ chỉ số',
    level: 'other',
    provenance: 'illustrative',
    provenanceNote: `Nhập tự động từ bảng tính${meta.file ? ` ${meta.file}` : ''}, trang "${meta.sheet}". Cần kiểm tra và điền id, title, level, năm và cách chấm điểm (mặc định chấm trực tiếp).`,
    fields: roots.map((r) => convert(r).out),
  };
}

function vi(value: string): string {
  return value.replace('.', ',');
}
