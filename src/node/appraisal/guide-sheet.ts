import type { Worksheet } from 'exceljs';
import type { CriteriaSet } from '../../model/criteria-set.js';
import type { AppraisalLang } from './layout.js';

const VI = (set: CriteriaSet): string[] => [
  'HƯỚNG DẪN THẨM ĐỊNH',
  `Bộ chỉ số: ${set.title} (mã ${set.id}).`,
  '',
  '1. Mỗi trang tính là một đơn vị. Các cột bên trái (mã, nội dung, số liệu kê khai, điểm tự chấm, tài liệu kiểm chứng, giải trình) là những gì đơn vị đã tự đánh giá: bị khóa, không sửa.',
  '2. Thẩm định lần 1: nhập điểm vào cột "Điểm lần 1" và lý do vào cột "Lý do (lần 1)" ở những tiêu chí có thay đổi. Để trống là giữ nguyên điểm tự chấm. Điểm từ 0 đến điểm tối đa của tiêu chí, dấu phẩy thập phân theo thiết lập máy (0,5).',
  '3. Có thể chấm thẳng tổng điểm của một lĩnh vực hay một tiêu chí cha (nhập ở dòng đó); khi đó không nhập điểm cho các tiêu chí con của nó.',
  '4. Lưu tệp, rồi chạy: par-index appraisal import <tệp này> <thư mục hồ sơ> --out <thư mục mới>. Hồ sơ gốc không bị ghi đè; mọi lỗi được báo theo trang tính và ô, và khi có lỗi thì không ghi gì.',
  '5. Gửi đơn vị báo cáo điểm bị trừ (par-index appraisal losses). Khi đơn vị giải trình: ghi ý kiến của đơn vị vào cột "Ý kiến giải trình của đơn vị", điểm và lý do thẩm định lần 2 vào hai cột cuối, rồi nhập lại như bước 4 (từ thư mục hồ sơ sau lần 1).',
  '6. Cột "Điểm sau thẩm định" và "Điểm bị trừ" tự tính (lần 2, nếu không thì lần 1, nếu không thì điểm tự chấm); kết quả chính thức do par-index tính.',
  '',
  'Nếu hồ sơ của đơn vị đã thay đổi sau khi tạo bảng này, việc nhập sẽ bị từ chối: hãy tạo lại bảng thẩm định. Không thêm, xóa hay đổi thứ tự cột; lưu dạng .xlsx.',
];

const EN = (set: CriteriaSet): string[] => [
  'HOW TO APPRAISE',
  `Criteria set: ${set.titleEn ?? set.title} (id ${set.id}).`,
  '',
  '1. Each worksheet is one unit. The columns on the left (code, criterion, value declared, self-score, evidence, explanation) are what the unit declared: locked.',
  '2. Round 1: type the points in "Round 1 points" and the reason in "Reason (round 1)" where the score changes. An empty cell keeps the self-score. Points from 0 to the maximum of the criterion.',
  "3. A field's or a parent criterion's total may be appraised directly (on its row); then leave its criteria empty.",
  '4. Save, then run: par-index appraisal import <this file> <assessments folder> --out <new folder>. The original files are never overwritten; every problem is named by sheet and cell, and nothing is written while there is one.',
  '5. Send the unit its points-lost report (par-index appraisal losses). With its answer: type it in "The unit\'s answer", round 2 points and reason in the last input columns, and import again as in step 4 (from the round 1 folder).',
  '6. "Points after appraisal" and "Points lost" are computed (round 2, else round 1, else the self-score); par-index computes the official results.',
  '',
  "If a unit's file changed after this workbook was made, the import is refused: make the workbook again. Do not add, delete or move columns; save as .xlsx.",
];

/** Writes the instructions sheet of the appraisal workbook. */
export function fillAppraisalGuide(ws: Worksheet, set: CriteriaSet, lang: AppraisalLang): void {
  ws.getColumn(1).width = 120;
  const lines = lang === 'vi' ? VI(set) : EN(set);
  lines.forEach((text, i) => {
    const cell = ws.getCell(`A${i + 1}`);
    cell.value = text;
    cell.alignment = { wrapText: true, vertical: 'top' };
    if (i === 0) cell.font = { bold: true, size: 14, name: 'Arial' };
  });
}
