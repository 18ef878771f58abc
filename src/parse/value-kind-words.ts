import type { RawValue } from '../model/assessment.js';

/** How each raw value kind is written, in words for messages (Vietnamese, English). */
export const VALUE_KIND_WORDS: Readonly<Record<RawValue['kind'], readonly [string, string]>> = {
  'yes-no': ['Có/Không', 'yes/no (Có/Không)'],
  percent: ['tỷ lệ phần trăm, ví dụ 95 hoặc "95%"', 'a percentage such as 95 or "95%"'],
  ratio: ['tỷ lệ dạng "45/50"', 'a ratio such as "45/50"'],
  count: ['số lượng (số nguyên không âm), ví dụ 3', 'a count (a whole number ≥ 0) such as 3'],
  'days-late': [
    'số ngày chậm, ví dụ { daysLate: 2 } hoặc 2',
    'days late such as { daysLate: 2 } or 2',
  ],
  date: [
    'ngày hoàn thành, ví dụ 2023-12-02 hoặc 02/12/2023',
    'a completion date such as 2023-12-02',
  ],
  answers: [
    'số phiếu theo phương án, ví dụ { A: 120, B: 30 }',
    'counts per option such as { A: 120, B: 30 }',
  ],
  mean: ['điểm trung bình, ví dụ 3,8', 'a mean answer such as 3.8'],
};
