import type { Lang } from '../format/number-format.js';

const COMMON_VI = `Tệp ví dụ minh-son/…: dữ liệu hư cấu, chép ra bằng "par-index demo --write minh-son".

Tùy chọn chung:
  -c, --criteria <tệp|mã>   bộ chỉ số (tệp YAML/JSON hoặc mã bộ có sẵn); lặp lại được
  -f, --format <dạng>       table | json | csv | xlsx | md | html | docx (mặc định table)
  -o, --out <tệp>           ghi ra tệp (ghi trọn vẹn hoặc không ghi gì)
      --stage <giai đoạn>   self | appraisal | final (mặc định final)
      --lang <vi|en>        ngôn ngữ (mặc định vi)
      --encoding cp1258     đọc tệp CSV lưu theo bảng mã Windows-1258 (mặc định UTF-8)
  -h, --help                trợ giúp`;

const COMMON_EN = `Files minh-son/… in the examples: fictional data, copied out with "par-index demo --write minh-son".

Common options:
  -c, --criteria <file|id>  criteria set (YAML/JSON file or bundled id); repeatable
  -f, --format <fmt>        table | json | csv | xlsx | md | html | docx (default table)
  -o, --out <file>          write to a file (whole or nothing)
      --stage <stage>       self | appraisal | final (default final)
      --lang <vi|en>        language (default vi)
      --encoding cp1258     read CSV files saved in Windows-1258 (default UTF-8)
  -h, --help                help`;

/** Help texts per command, each with real examples (tested in test/cli). */
export const HELP: Readonly<Record<string, Readonly<Record<Lang, string>>>> = {
  main: {
    vi: `par-index — tính Chỉ số cải cách hành chính (Chỉ số CCHC) chính xác.

Cách dùng: par-index <lệnh> [tùy chọn]

Lệnh:
  demo                      chấm và xếp hạng tỉnh ví dụ (hư cấu) Minh Sơn
  validate <tệp…>           kiểm tra bộ chỉ số và hồ sơ tự đánh giá
  score <tệp…>              chấm điểm hồ sơ (một tệp: xem chi tiết)
  rank <tệp…>               xếp hạng theo khối (--by <mã> để xếp theo chỉ số thành phần)
  criteria list|show        các bộ chỉ số có sẵn, hoặc xem một bộ
  template                  tạo biểu tự chấm điểm Excel từ bộ chỉ số
  import                    đọc biểu Excel đã điền thành hồ sơ (hoặc bảng tiêu chí thành bộ chỉ số)
  report <tệp…>             báo cáo kết quả (xlsx, html, md, csv)
  appraisal template|import|losses  bảng thẩm định Excel, nhập điểm thẩm định, báo cáo điểm bị trừ
  annex <tệp…>              phụ lục kết quả kèm quyết định (docx, xlsx, md)
  what-if                   cần thêm bao nhiêu điểm để đạt hạng/xếp loại mục tiêu

Ví dụ (Các ví dụ dùng dữ liệu hư cấu của tỉnh Minh Sơn; chép ra thư mục minh-son bằng: par-index demo --write minh-son):
  par-index demo
  par-index demo --write minh-son
  par-index validate minh-son/2023
  par-index score minh-son/2023/districts/an-lac.yaml
  par-index rank minh-son/2023 --previous minh-son/2022

--version in phiên bản. Mã thoát: 0 thành công, 1 dữ liệu có lỗi, 2 sai cách dùng.`,
    en: `par-index — exact Vietnamese PAR Index (Chỉ số CCHC) scoring.

Usage: par-index <command> [options]

Commands:
  demo                      score and rank the fictional example province Minh Sơn
  validate <files…>         check criteria sets and assessments
  score <files…>            score assessments (one file: detailed view)
  rank <files…>             rank per block (--by <code> for a field sub-index)
  criteria list|show        bundled criteria sets, or show one
  template                  make the Excel self-assessment workbook from a criteria set
  import                    read a filled workbook into an assessment (or a criteria table into a set)
  report <files…>           results report (xlsx, html, md, csv)
  appraisal template|import|losses  appraisal workbook, merge the rounds, points-lost report
  annex <files…>            the results annex of the decision (docx, xlsx, md)
  what-if                   points needed for a target rank or band

Examples (The examples use the fictional Minh Sơn files; copy them to the folder minh-son with: par-index demo --write minh-son):
  par-index demo --lang en
  par-index demo --write minh-son
  par-index validate minh-son/2023
  par-index score minh-son/2023/districts/an-lac.yaml --lang en
  par-index rank minh-son/2023 --previous minh-son/2022 --format json

--version prints the version. Exit codes: 0 success, 1 input problems, 2 usage error.`,
  },
  demo: {
    vi: `par-index demo [--format …] [--out …] [--lang …] | demo --write <thư mục>\n\nChấm và xếp hạng tỉnh ví dụ (hư cấu) Minh Sơn năm 2023, so với 2022. --write <thư mục>: chép các tệp ví dụ (hồ sơ 2022, 2023, tệp what-if, bảng tiêu chí) ra một thư mục mới để thử các lệnh khác.\n\nVí dụ:\n  par-index demo\n  par-index demo --format html --out minh-son.html\n  par-index demo --write vi-du\n\n${COMMON_VI}`,
    en: `par-index demo [--format …] [--out …] [--lang …] | demo --write <folder>\n\nScores and ranks the fictional example province Minh Sơn, 2023 against 2022. --write <folder>: copies the example files (2022 and 2023 assessments, what-if inputs, a criteria table) to a new folder, to try the other commands on.\n\nExamples:\n  par-index demo --lang en\n  par-index demo --format html --out minh-son.html\n  par-index demo --write example\n\n${COMMON_EN}`,
  },
  validate: {
    vi: `par-index validate <tệp|thư mục|mẫu…> [--criteria …]\n\nKiểm tra bộ chỉ số và hồ sơ; in mọi lỗi kèm tệp, vị trí và lý do.\n\nVí dụ:\n  par-index validate minh-son/2023\n  par-index validate minh-son/2023/districts --criteria illustrative-district-2023\n\n${COMMON_VI}`,
    en: `par-index validate <file|folder|glob…> [--criteria …]\n\nChecks criteria sets and assessments; prints every problem with file, path and reason.\n\nExamples:\n  par-index validate minh-son/2023 --lang en\n  par-index validate "minh-son/2023/**/*.yaml"\n\n${COMMON_EN}`,
  },
  score: {
    vi: `par-index score <tệp|thư mục|mẫu…> [--stage …] [--criteria …]\n\nChấm điểm; một tệp thì in chi tiết từng lĩnh vực, tiêu chí.\n\nVí dụ:\n  par-index score minh-son/2023/districts/an-lac.yaml\n  par-index score minh-son/2023/districts --stage self --format json\n\n${COMMON_VI}`,
    en: `par-index score <file|folder|glob…> [--stage …] [--criteria …]\n\nScores assessments; with one file prints the detail per field and criterion.\n\nExamples:\n  par-index score minh-son/2023/districts/an-lac.yaml --lang en\n  par-index score minh-son/2023/districts --stage self --format json\n\n${COMMON_EN}`,
  },
  rank: {
    vi: `par-index rank <tệp|thư mục|mẫu…> [--by <mã>] [--previous <tệp…>]\n\nXếp hạng theo khối; đồng hạng khi bằng nhau ở giá trị công bố (làm tròn).\n\nVí dụ:\n  par-index rank minh-son/2023 --previous minh-son/2022\n  par-index rank minh-son/2023/districts --by 3 --format md\n\n${COMMON_VI}\n  -p, --previous <tệp…>      hồ sơ kỳ trước để so sánh thứ hạng\n      --by <mã>             xếp theo chỉ số thành phần của lĩnh vực có mã này`,
    en: `par-index rank <file|folder|glob…> [--by <code>] [--previous <files…>]\n\nRanks per block; ties share a rank when equal at the published (rounded) value.\n\nExamples:\n  par-index rank minh-son/2023 --previous minh-son/2022 --lang en\n  par-index rank minh-son/2023/districts --by 3 --format md\n\n${COMMON_EN}\n  -p, --previous <files…>   previous period's assessments, for rank changes\n      --by <code>           rank by the sub-index of the node with this code`,
  },
  criteria: {
    vi: `par-index criteria list | criteria show <mã|tệp>\n\nVí dụ:\n  par-index criteria list\n  par-index criteria show illustrative-district-2023\n\n${COMMON_VI}`,
    en: `par-index criteria list | criteria show <id|file>\n\nExamples:\n  par-index criteria list --lang en\n  par-index criteria show illustrative-district-2023 --format json\n\n${COMMON_EN}`,
  },
  report: {
    vi: `par-index report <tệp|thư mục|mẫu…> --out <tệp> [--format xlsx|html|md|csv] [--previous <tệp…>]\n\nBáo cáo kết quả toàn tỉnh: xếp hạng, chỉ số thành phần, điểm chi tiết, điểm bị trừ, cảnh báo. Mặc định HTML (một tệp, không cần mạng).\n\nVí dụ:\n  par-index report minh-son/2023 --previous minh-son/2022 --out ket-qua.html\n  par-index report minh-son/2023 --format xlsx --out ket-qua.xlsx\n\n${COMMON_VI}`,
    en: `par-index report <file|folder|glob…> --out <file> [--format xlsx|html|md|csv] [--previous <files…>]\n\nProvince-wide results: ranking, sub-indices, detail, points lost at appraisal, triggers. HTML by default (one file, no network).\n\nExamples:\n  par-index report minh-son/2023 --previous minh-son/2022 --out results.html --lang en\n  par-index report minh-son/2023 --format csv --out results.csv\n\n${COMMON_EN}`,
  },
  'what-if': {
    vi: `par-index what-if <tệp|thư mục|mẫu…> --unit <mã> [--rank K] [--band MÃ] [--no-weak] [--plan] [--cost TỆP] [--simulate TỆP] [--monte-carlo N --seed S]

Chấm cả khối rồi trả lời cho một đơn vị: cần thêm bao nhiêu điểm để đạt hạng K trở lên (các đơn vị
khác giữ nguyên; xếp hạng trên chỉ số làm tròn 2 chữ số, bằng nhau thì đồng hạng), để đạt xếp loại,
để không còn tiêu chí yếu; phương án rẻ nhất; mô phỏng thay đổi; phân bố thứ hạng khi số liệu chưa chắc.
Điểm điều tra xã hội học không tính là "có thể giành thêm" (trừ khi --unlock-survey).

Ví dụ:
  par-index what-if minh-son/2023/districts --unit cat-trang --rank 6 --band htt --plan
  par-index what-if minh-son/2023/communes --unit ben-da --no-weak --plan
  par-index what-if minh-son/2023/districts --unit cat-trang --rank 6 --cost minh-son/what-if/chi-phi.yaml
  par-index what-if minh-son/2023/districts --simulate minh-son/what-if/kich-ban.yaml
  par-index what-if minh-son/2023/districts --unit cat-trang --rank 6 --monte-carlo 10000 --seed 7

${COMMON_VI}
  -u, --unit <mã>           đơn vị cần tính
      --rank <K>            mục tiêu hạng K trở lên trong khối
      --band <mã>           mục tiêu xếp loại (mã trong bộ chỉ số, ví dụ htt) trở lên
      --no-weak             không còn tiêu chí xếp loại yếu
      --plan                phương án rẻ nhất (các tiêu chí điều tra xã hội học bị khóa)
      --cost <tệp>          chi phí mỗi điểm, mã khóa, mức tăng tối đa: { costs, locked, caps, allOrNothing }
      --peers <tệp…>        chỉ số công bố của đơn vị ngoài lô: { units: [{ unitId, unitName, block, value }] }
      --simulate <tệp>      thay đổi: { changes: [{ unit, code, points | add | value }] }
      --monte-carlo <N>     số lần rút ngẫu nhiên (cần khai báo uncertainty trong hồ sơ)
      --seed <S>            hạt giống (mặc định 1): cùng hạt giống, cùng kết quả
      --unlock-survey       cho phép tính cả điểm điều tra xã hội học là có thể giành thêm`,
    en: `par-index what-if <file|folder|glob…> --unit <id> [--rank K] [--band CODE] [--no-weak] [--plan] [--cost FILE] [--simulate FILE] [--monte-carlo N --seed S]

Scores the whole block, then answers for one unit: points needed for rank K or better (the other
units fixed; ranks on the index rounded to 2 places, equal values share a rank), for a band, for no
weak criterion; the cheapest plan; a simulation of changes; the rank distribution under uncertainty.
Survey points do not count as winnable (unless --unlock-survey).

Examples:
  par-index what-if minh-son/2023/districts --unit cat-trang --rank 6 --band htt --plan --lang en
  par-index what-if minh-son/2023/communes --unit ben-da --no-weak --plan --format json
  par-index what-if minh-son/2023/districts --unit cat-trang --rank 6 --cost minh-son/what-if/chi-phi.yaml
  par-index what-if minh-son/2023/districts --simulate minh-son/what-if/kich-ban.yaml
  par-index what-if minh-son/2023/districts --unit cat-trang --rank 6 --monte-carlo 10000 --seed 7

${COMMON_EN}
  -u, --unit <id>           the unit asked about
      --rank <K>            target: rank K or better in its block
      --band <code>         target: this band (code in the criteria set, e.g. htt) or better
      --no-weak             target: no criterion rated weak
      --plan                cheapest plan (survey criteria locked)
      --cost <file>         cost per point, locked codes, caps: { costs, locked, caps, allOrNothing }
      --peers <file…>       published indices of units outside the batch: { units: [{ unitId, unitName, block, value }] }
      --simulate <file>     changes: { changes: [{ unit, code, points | add | value }] }
      --monte-carlo <N>     number of random draws (needs uncertainty in the assessments)
      --seed <S>            seed (default 1): same seed, same result
      --unlock-survey       count survey points as winnable too`,
  },
  template: {
    vi: `par-index template --criteria <mã|tệp> --out <tệp.xlsx> [--unit-id … --unit-name … --block … --period …]\n\nTạo biểu tự chấm điểm Excel: cây tiêu chí, điểm tối đa, cách chấm, ô nhập giá trị/điểm/tài liệu kiểm chứng/giải trình, danh sách chọn Có/Không.\n\nVí dụ:\n  par-index template --criteria illustrative-commune-2023 --out bieu-tu-cham.xlsx\n  par-index template --criteria illustrative-district-2023 --unit-name "Huyện An Lạc" --period 2024 --out an-lac.xlsx\n\n${COMMON_VI}`,
    en: `par-index template --criteria <id|file> --out <file.xlsx> [--unit-id … --unit-name … --block … --period …]\n\nMakes the Excel self-assessment workbook: the criteria tree, maxima, rules in words, input cells for values/points/evidence/explanations, Yes/No drop-downs.\n\nExamples:\n  par-index template --criteria illustrative-commune-2023 --out self-assessment.xlsx --lang en\n\n${COMMON_EN}`,
  },
  import: {
    vi: `par-index import assessment <tệp.xlsx> --criteria <mã|tệp> [--out hồ-sơ.yaml] [--format json]\npar-index import criteria <bảng-tiêu-chí.xlsx|.csv> [--out bo-chi-so.yaml]\n\nĐọc biểu tự chấm điểm đã điền thành hồ sơ (YAML/JSON), hoặc bảng tiêu chí của tỉnh (STT / Nội dung / Điểm tối đa) thành bộ chỉ số nháp để bổ sung cách chấm. Mọi chỗ không hiểu được đều được liệt kê (mã thoát 1).\n\nVí dụ:\n  par-index import criteria minh-son/bang-tieu-chi-xa.csv --out bo-chi-so-nhap.yaml\n\n${COMMON_VI}`,
    en: `par-index import assessment <file.xlsx> --criteria <id|file> [--out assessment.yaml] [--format json]\npar-index import criteria <criteria-table.xlsx|.csv> [--out criteria.yaml]\n\nReads a filled self-assessment workbook into an assessment (YAML/JSON), or a province's criteria table (STT / content / maximum) into a draft criteria set to complete with rules. Everything not understood is listed (exit code 1).\n\nExamples:\n  par-index import criteria minh-son/bang-tieu-chi-xa.csv --out criteria-draft.yaml --lang en\n\n${COMMON_EN}`,
  },
  appraisal: {
    vi: `par-index appraisal template <hồ sơ|thư mục…> --out <bảng.xlsx|thư mục>
par-index appraisal import <bảng.xlsx…> <hồ sơ|thư mục…> --out <thư mục|tệp.yaml>
par-index appraisal losses <hồ sơ|thư mục…> [--out <tệp.md|.xlsx|.docx>]

Việc của tổ thẩm định. template: bảng thẩm định Excel, mỗi đơn vị một trang tính (những gì đơn vị
tự chấm bị khóa; ô vàng: điểm và lý do lần 1, ý kiến giải trình của đơn vị, điểm và lý do lần 2);
--out là thư mục thì mỗi đơn vị một tệp. import: ghi các vòng thẩm định vào bản sao hồ sơ của từng
đơn vị trong thư mục --out (hồ sơ gốc không bị ghi đè; hồ sơ đã đổi từ khi tạo bảng, hay ô sai, đều
được báo theo trang tính và ô, và khi đó không ghi gì). losses: báo cáo điểm bị trừ của từng đơn vị
(tiêu chí, điểm tự chấm, điểm thẩm định, lý do; tổng theo lĩnh vực), gửi đơn vị để giải trình.

Ví dụ:
  par-index appraisal template minh-son/2023/communes --out tham-dinh-xa.xlsx
  par-index appraisal losses minh-son/2023/communes/hoa-ban.yaml --out diem-bi-tru-hoa-ban.docx
  par-index appraisal losses minh-son/2023/communes/dong-co.yaml

${COMMON_VI}`,
    en: `par-index appraisal template <files|folders…> --out <workbook.xlsx|folder>
par-index appraisal import <workbook.xlsx…> <files|folders…> --out <folder|file.yaml>
par-index appraisal losses <files|folders…> [--out <file.md|.xlsx|.docx>]

The appraisal team's work. template: the Excel appraisal workbook, one sheet per unit (what the
unit declared is locked; yellow cells: round 1 points and reason, the unit's answer, round 2 points
and reason); with a folder as --out, one workbook per unit. import: writes the rounds into copies of
the units' files in the --out folder (originals are never overwritten; a file changed since the
workbook was made, or a wrong cell, is named by sheet and cell, and then nothing is written).
losses: each unit's points-lost report (criteria, self and appraised points, reasons; totals by
field), sent to the unit for its answer.

Examples:
  par-index appraisal template minh-son/2023/communes --out appraisal-communes.xlsx --lang en
  par-index appraisal losses minh-son/2023/communes/hoa-ban.yaml --out points-lost.docx --lang en

${COMMON_EN}`,
  },
  annex: {
    vi: `par-index annex <hồ sơ|thư mục…> [--out <phu-luc.docx|.xlsx|.md>] [--title …] [--subtitle …] [--stage …]

Phụ lục kết quả kèm quyết định công bố: mỗi khối một bảng (STT, đơn vị, điểm tự đánh giá, điểm thẩm
định, điểm điều tra xã hội học, điểm thưởng/trừ, tổng điểm, chỉ số, xếp hạng, xếp loại), bình quân
của khối và số đơn vị theo xếp loại. Word và Excel khổ A4 ngang; không có --out: Markdown ra màn hình.

Ví dụ:
  par-index annex minh-son/2023 --out phu-luc.docx
  par-index annex minh-son/2023/districts --out phu-luc-huyen.xlsx --title "Kết quả Chỉ số CCHC năm 2023 của UBND cấp huyện"

${COMMON_VI}
      --title <văn bản>     tiêu đề (mặc định: Kết quả Chỉ số cải cách hành chính năm …)
      --subtitle <văn bản>  dòng dưới tiêu đề, ví dụ "(Kèm theo Quyết định số 123/QĐ-UBND ngày …)"`,
    en: `par-index annex <files|folders…> [--out <annex.docx|.xlsx|.md>] [--title …] [--subtitle …] [--stage …]

The results annex of the province's decision: one table per block (no., unit, self-assessed points,
appraised points, survey points, bonus/penalty, total, index, rank, band), the block's averages and
its units per band. Word and Excel on A4 landscape; without --out, Markdown on screen.

Examples:
  par-index annex minh-son/2023 --out annex.docx --lang en
  par-index annex minh-son/2023/districts --format md

${COMMON_EN}
      --title <text>        title (default: PAR Index results …)
      --subtitle <text>     the line under the title, e.g. "(Attached to Decision No. 123/QĐ-UBND …)"`,
  },
};
