import type { Issue } from '../errors.js';
import { fileIssue } from './issue.js';

// Pure (no file system): the page shows the same words for a file it refuses by its size.

/** Why a file could not be read whole. */
export type ReadProblem =
  | { readonly kind: 'not_found' }
  | { readonly kind: 'not_a_file' }
  | { readonly kind: 'too_large'; readonly limit: number; readonly size?: number | undefined }
  | { readonly kind: 'no_permission' }
  | { readonly kind: 'unreadable'; readonly reason: string };

function megabytes(bytes: number, lang: 'vi' | 'en'): string {
  const mb = (bytes / 1024 / 1024).toFixed(1);
  return lang === 'vi' ? mb.replace('.', ',') : mb;
}

/**
 * The issue a clerk sees for a {@link ReadProblem}: the file named, the problem in Vietnamese
 * and English, never "not found" for a file that exists.
 */
export function readProblemIssue(file: string, problem: ReadProblem): Issue {
  switch (problem.kind) {
    case 'not_found':
      return fileIssue(file, 'file_not_found', 'Không tìm thấy tệp.', 'File not found.');
    case 'not_a_file':
      return fileIssue(
        file,
        'file_unreadable',
        'Đường dẫn là một thư mục, không phải một tệp.',
        'The path is a folder, not a file.',
      );
    case 'too_large': {
      const limit = [megabytes(problem.limit, 'vi'), megabytes(problem.limit, 'en')];
      const size = problem.size;
      return fileIssue(
        file,
        'file_too_large',
        size === undefined
          ? `Tệp quá lớn (hơn ${limit[0]} MB, mức tối đa). Không đọc tiếp.`
          : `Tệp quá lớn (${megabytes(size, 'vi')} MB; tối đa ${limit[0]} MB). Không đọc tiếp.`,
        size === undefined
          ? `File too large (more than the ${limit[1]} MB limit). Not read further.`
          : `File too large (${megabytes(size, 'en')} MB; at most ${limit[1]} MB). Not read further.`,
      );
    }
    case 'no_permission':
      return fileIssue(
        file,
        'file_unreadable',
        'Không có quyền đọc tệp. Hãy kiểm tra quyền truy cập hoặc chép tệp ra thư mục khác.',
        'No permission to read the file. Check its access rights or copy it elsewhere.',
      );
    case 'unreadable':
      return fileIssue(
        file,
        'file_unreadable',
        `Không đọc được tệp (${problem.reason}).`,
        `Cannot read the file (${problem.reason}).`,
      );
  }
}
