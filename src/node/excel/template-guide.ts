import type { Worksheet } from 'exceljs';
import type { CriteriaSet } from '../../model/criteria-set.js';
import { SHEETS, type TemplateLang } from './layout.js';

const VI = (set: CriteriaSet): string[] => [
  'HƯỚNG DẪN ĐIỀN BIỂU TỰ CHẤM ĐIỂM',
  `Bộ chỉ số: ${set.title} (mã ${set.id}), tổng điểm tối đa ${set.max.replace('.', ',')}.`,
  '',
  '1. Điền thông tin đơn vị ở phần đầu trang tính "Tự chấm điểm": tên đơn vị, mã đơn vị, khối xếp hạng, kỳ đánh giá. Không sửa mã bộ chỉ số.',
  '2. Mỗi dòng là một tiêu chí. Chỉ nhập vào các ô nền vàng; các cột mã, nội dung, điểm tối đa và cách chấm điểm bị khóa.',
  '3. Cột "Giá trị": số liệu mà cách chấm điểm cần.',
  '   - Tiêu chí Có/Không: chọn Có hoặc Không trong danh sách.',
  '   - Tiêu chí theo tỷ lệ: nhập phần trăm (95 hoặc 95,5%) hoặc tử số/mẫu số (45/50).',
  '   - Tiêu chí trừ điểm theo số trường hợp: nhập số trường hợp (số nguyên).',
  '   - Tiêu chí theo thời hạn: nhập số ngày chậm (0 nếu đúng hạn) hoặc ngày hoàn thành dd/mm/yyyy khi có hạn.',
  '   - Câu hỏi khảo sát: số phiếu theo phương án, ví dụ "A=120; B=30; C=5; D=0"; hoặc điểm trung bình.',
  '   - Tiêu chí chấm trực tiếp: để trống cột này, nhập điểm ở cột "Điểm tự chấm".',
  '4. Cột "Điểm tự chấm": số điểm đơn vị tự đánh giá, từ 0 đến điểm tối đa; dùng dấu phẩy thập phân (0,5) theo thiết lập máy. Dòng tiêu chí cha tự cộng điểm các tiêu chí con.',
  '5. Cột "Không áp dụng (lý do)": chỉ ghi khi nhiệm vụ không áp dụng với đơn vị; điểm tối đa của đơn vị được giảm tương ứng. Ghi rõ lý do.',
  '6. "Tài liệu kiểm chứng": số ký hiệu, ngày ban hành (dd/mm/yyyy), cơ quan ban hành, trích yếu, trang/mục (khi chỉ một phần văn bản được tính). Nhiều văn bản: mỗi văn bản một dòng trong ô (Alt+Enter), cùng thứ tự ở các cột.',
  '7. "Giải trình": bắt buộc khi thiếu tài liệu kiểm chứng hoặc điểm khác hướng dẫn.',
  '8. Điểm thưởng, điểm trừ (nếu có) nhập ở phần cuối trang tính.',
  '',
  'Trang tính được khóa cấu trúc để giữ nguyên mẫu, không đặt mật khẩu. Không thêm, xóa hay đổi thứ tự cột; không đổi tên trang tính. Lưu tệp dạng .xlsx, không đặt mật khẩu mở tệp.',
];

const EN = (set: CriteriaSet): string[] => [
  'HOW TO FILL IN THE SELF-ASSESSMENT FORM',
  `Criteria set: ${set.titleEn ?? set.title} (id ${set.id}), total maximum ${set.max}.`,
  '',
  '1. Fill in the unit block at the top of the "Self-assessment" sheet: unit name, unit id, ranking block, period. Do not change the criteria set id.',
  '2. Each row is a criterion. Type only into the yellow cells; code, name, maximum and rule are locked.',
  '3. "Value": the figure the scoring rule needs.',
  '   - Yes/no criteria: choose Yes or No from the list.',
  '   - Ratio criteria: a percentage (95 or 95.5%) or numerator/denominator (45/50).',
  '   - Deductions per case: the number of cases (whole number).',
  '   - Deadlines: days late (0 when on time), or the completion date dd/mm/yyyy when the rule has a due date.',
  '   - Survey questions: answers per option, e.g. "A=120; B=30; C=5; D=0", or the mean answer.',
  '   - Directly scored criteria: leave empty and type the points in "Self-score".',
  '4. "Self-score": the points the unit gives itself, from 0 to the maximum. Parent rows add up their children.',
  '5. "Not applicable (reason)": only when the task does not apply to the unit; its maximum shrinks accordingly.',
  '6. "Evidence documents": number, date (dd/mm/yyyy), issuer, title, page/section. Several documents: one per line in the cell (Alt+Enter), in the same order in every column.',
  '7. "Explanation": required when evidence is missing or the score departs from the rule.',
  '8. Bonus and penalty points (if any) go at the bottom of the sheet.',
  '',
  'The sheet structure is protected without a password. Do not add, remove or reorder columns or rename sheets. Save as .xlsx without an open password.',
];

/** Writes the instructions sheet (Hướng dẫn): how to fill in each column. */
export function fillGuideSheet(ws: Worksheet, set: CriteriaSet, lang: TemplateLang): void {
  ws.getColumn('A').width = 120;
  const lines = lang === 'vi' ? VI(set) : EN(set);
  lines.forEach((text, i) => {
    const cell = ws.getCell(`A${i + 1}`);
    cell.value = text;
    cell.alignment = { wrapText: true, vertical: 'top' };
    if (i === 0) cell.font = { bold: true, size: 13 };
  });
  ws.getCell(`A${lines.length + 2}`).value =
    lang === 'vi' ? `Xem trang tính "${SHEETS.main.vi}".` : `See the "${SHEETS.main.en}" sheet.`;
}
