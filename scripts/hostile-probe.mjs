// Loaded with `node --import` into each child of `npm run hostile` (scripts/hostile.ts): at exit,
// writes the child's peak resident set, in kB, to the file named by PAR_HOSTILE_RSS.
// VmHWM is the peak of this process image; getrusage's maxRSS is not used, because Linux keeps
// it across exec, so a child would report its parent's size at fork time when that is larger.
import { readFileSync, writeFileSync } from 'node:fs';

process.on('exit', () => {
  const file = process.env.PAR_HOSTILE_RSS;
  if (!file) return;
  let kb = process.resourceUsage().maxRSS;
  try {
    const hwm = /VmHWM:\s*(\d+)/.exec(readFileSync('/proc/self/status', 'utf8'));
    if (hwm) kb = Number(hwm[1]);
  } catch {
    // no /proc: keep getrusage's figure
  }
  writeFileSync(file, String(kb));
});
