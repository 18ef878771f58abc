import type { DataValidation } from 'exceljs';
import { match } from 'ts-pattern';
import type { ScoringRule } from '../../model/scoring-rule.js';
import { type TemplateLang, YES_NO } from './layout.js';

/** How the "value" cell of a leaf is filled in: its drop-down or number check and its prompt. */
export interface ValueInput {
  /** False for `direct` rules: the points are entered in the self-score column instead. */
  readonly needed: boolean;
  /** Excel data validation of the cell, if any. */
  readonly validation?: DataValidation | undefined;
}

const WHOLE_BOUND = 1_000_000;

/**
 * The data validation and input prompt of the value cell for a rule: a Có / Không list for yes-no,
 * whole numbers for counts, a range for survey means, and a prompt for the free forms.
 */
export function valueInput(rule: ScoringRule, lang: TemplateLang): ValueInput {
  const vi = lang === 'vi';
  const prompt = (
    title: string,
    text: string,
  ): Pick<DataValidation, 'promptTitle' | 'prompt'> & {
    showInputMessage: true;
  } => ({ promptTitle: title, prompt: text, showInputMessage: true });
  const errorText = (
    text: string,
  ): Pick<DataValidation, 'error' | 'errorTitle'> & {
    showErrorMessage: true;
  } => ({
    errorTitle: vi ? 'Giá trị không hợp lệ' : 'Invalid value',
    error: text,
    showErrorMessage: true,
  });
  return match<ScoringRule, ValueInput>(rule)
    .with({ kind: 'direct' }, () => ({ needed: false }))
    .with({ kind: 'yes-no' }, () => ({
      needed: true,
      validation: {
        type: 'list',
        allowBlank: true,
        formulae: [`"${YES_NO[lang].join(',')}"`],
        ...prompt(vi ? 'Có / Không' : 'Yes / No', vi ? 'Chọn Có hoặc Không.' : 'Choose Yes or No.'),
        ...errorText(vi ? 'Chọn Có hoặc Không.' : 'Choose Yes or No.'),
      },
    }))
    .with({ kind: 'ratio-tiers' }, { kind: 'ratio-linear' }, () => ({
      needed: true,
      validation: {
        type: 'custom',
        allowBlank: true,
        formulae: ['TRUE'],
        ...prompt(
          vi ? 'Tỷ lệ' : 'Ratio',
          vi
            ? 'Nhập tỷ lệ phần trăm (95 hoặc 95,5%) hoặc tử số/mẫu số (45/50).'
            : 'Enter a percentage (95 or 95.5%) or numerator/denominator (45/50).',
        ),
      },
    }))
    .with({ kind: 'deduction' }, () => ({
      needed: true,
      validation: {
        type: 'whole',
        operator: 'between',
        allowBlank: true,
        formulae: [0, WHOLE_BOUND],
        ...prompt(
          vi ? 'Số trường hợp' : 'Count',
          vi
            ? 'Nhập số trường hợp bị trừ điểm (số nguyên ≥ 0).'
            : 'Enter the number of cases (whole, ≥ 0).',
        ),
        ...errorText(vi ? 'Nhập số nguyên từ 0.' : 'Enter a whole number from 0.'),
      },
    }))
    .with({ kind: 'deadline' }, (r) => ({
      needed: true,
      validation: {
        type: 'custom',
        allowBlank: true,
        formulae: ['TRUE'],
        ...prompt(
          vi ? 'Thời hạn' : 'Deadline',
          r.due === undefined
            ? vi
              ? 'Nhập số ngày chậm (0 nếu đúng hạn).'
              : 'Enter the days late (0 when on time).'
            : vi
              ? 'Nhập ngày hoàn thành (dd/mm/yyyy) hoặc số ngày chậm.'
              : 'Enter the completion date (dd/mm/yyyy) or the days late.',
        ),
      },
    }))
    .with({ kind: 'survey-options' }, (r) => ({
      needed: true,
      validation: {
        type: 'custom',
        allowBlank: true,
        formulae: ['TRUE'],
        ...prompt(
          vi ? 'Số phiếu theo phương án' : 'Answers per option',
          `${vi ? 'Ví dụ' : 'Example'}: ${r.options.map((o, i) => `${o.code}=${10 * (i + 1)}`).join('; ')}`,
        ),
      },
    }))
    .with({ kind: 'survey-scale' }, (r) => ({
      needed: true,
      validation: {
        type: 'decimal',
        operator: 'between',
        allowBlank: true,
        formulae: [Number(r.min), Number(r.max)],
        ...prompt(
          vi ? 'Điểm trung bình' : 'Mean answer',
          vi
            ? `Nhập điểm trung bình từ ${r.min} đến ${r.max}.`
            : `Enter the mean from ${r.min} to ${r.max}.`,
        ),
        ...errorText(vi ? `Từ ${r.min} đến ${r.max}.` : `From ${r.min} to ${r.max}.`),
      },
    }))
    .exhaustive();
}

/** Number check of a points cell: a decimal from 0 to the maximum. */
export function pointsValidation(max: string, lang: TemplateLang): DataValidation {
  const vi = lang === 'vi';
  const shown = vi ? max.replace('.', ',') : max;
  return {
    type: 'decimal',
    operator: 'between',
    allowBlank: true,
    formulae: [0, Number(max)],
    showErrorMessage: true,
    errorTitle: vi ? 'Điểm không hợp lệ' : 'Invalid points',
    error: vi
      ? `Điểm phải là số từ 0 đến ${shown}.`
      : `Points must be a number from 0 to ${shown}.`,
  };
}
