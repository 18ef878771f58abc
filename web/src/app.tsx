import { useEffect, useMemo, useState } from 'preact/hooks';
import { scoreBatch } from '../../src/cli/score-batch.js';
import type { ScoreResult, Stage } from '../../src/index.js';
import { type Lang, words } from './i18n.js';
import { exampleFiles } from './load/example.js';
import { type Loaded, loadInputs, type PageInputs } from './load/load-inputs.js';
import { LoadView } from './views/load-view.js';
import { OutView } from './views/out-view.js';
import { RankingView } from './views/ranking-view.js';
import { type TabId, Tabs } from './views/tabs.js';
import { UnitView } from './views/unit-view.js';
import { WhatIfView } from './views/whatif-view.js';

const EMPTY: PageInputs = { criteria: [], assessments: [], previous: [], encoding: 'utf-8' };

/** A unit's key in the page: its criteria set and id (a unit may be scored under two sets). */
export const unitKey = (r: ScoreResult): string => `${r.criteriaSet.id}\u0000${r.unit.id}`;

/** The whole page: inputs, then results, one unit, what-if and downloads over one scored batch. */
export function App() {
  const [lang, setLang] = useState<Lang>('vi');
  const [stage, setStage] = useState<Stage>('final');
  const [tab, setTab] = useState<TabId>('load');
  const [inputs, setInputs] = useState<PageInputs>(EMPTY);
  const [loaded, setLoaded] = useState<Loaded | undefined>();
  const [progress, setProgress] = useState<string | undefined>();
  const [unit, setUnit] = useState<string | undefined>();
  const w = words(lang);

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = `${w.title} — par-index`;
  }, [lang, w.title]);

  useEffect(() => {
    let live = true;
    if (inputs.assessments.length === 0 && inputs.criteria.length === 0) {
      setLoaded(undefined);
      return;
    }
    setProgress(w.loading(0, inputs.assessments.length));
    loadInputs(inputs, (done, total) => live && setProgress(words(lang).loading(done, total)))
      .then((r) => {
        if (!live) return;
        setLoaded(r);
        setProgress(undefined);
      })
      .catch((error: unknown) => {
        if (!live) return;
        setProgress(undefined);
        setLoaded({
          ok: false,
          issues: [
            {
              code: 'file_unreadable',
              path: [],
              message: `Lỗi không lường trước: ${String(error)}`,
              messageEn: `Unexpected error: ${String(error)}`,
            },
          ],
        });
      });
    return () => {
      live = false;
    };
    // The language only changes the progress words, never what is read.
  }, [inputs]);

  const scored = useMemo(
    () =>
      loaded?.ok === true && loaded.batch.items.length > 0
        ? scoreBatch(loaded.batch, stage, { kind: 'index' }, loaded.previous)
        : undefined,
    [loaded, stage],
  );
  const selected =
    scored?.results.find((r) => unitKey(r) === unit) ?? scored?.results[0] ?? undefined;

  const useExample = async () => {
    const ex = await exampleFiles();
    setInputs({ ...inputs, criteria: [], assessments: ex.assessments, previous: ex.previous });
    setTab('ranking');
  };
  const show = (key: string, to: TabId = 'unit') => {
    setUnit(key);
    setTab(to);
  };

  return (
    <>
      <header class="top">
        <div class="brand">
          <h1>{w.title}</h1>
          <p class="tagline">{w.tagline}</p>
        </div>
        <div class="controls">
          <label class="inline">
            {w.stage}{' '}
            <select
              value={stage}
              onChange={(e) => setStage(e.currentTarget.value as Stage)}
              data-testid="stage"
            >
              {(['final', 'appraisal', 'self'] as const).map((s) => (
                <option value={s} key={s}>
                  {w.stages[s]}
                </option>
              ))}
            </select>
          </label>
          <button
            type="button"
            class="lang"
            aria-label={w.switchLangLabel}
            onClick={() => setLang(lang === 'vi' ? 'en' : 'vi')}
            data-testid="lang"
          >
            {w.switchLang}
          </button>
        </div>
      </header>
      <Tabs
        lang={lang}
        tab={tab}
        onTab={setTab}
        enabled={scored !== undefined}
        panels={{
          load: (
            <LoadView
              lang={lang}
              inputs={inputs}
              onInputs={setInputs}
              onExample={useExample}
              loaded={loaded}
              progress={progress}
              scored={scored}
            />
          ),
          ranking: scored && <RankingView lang={lang} scored={scored} onUnit={show} />,
          unit: scored && selected && (
            <UnitView lang={lang} scored={scored} result={selected} onUnit={(k) => setUnit(k)} />
          ),
          whatif: scored && selected && loaded?.ok && (
            <WhatIfView
              lang={lang}
              scored={scored}
              batch={loaded.batch}
              stage={stage}
              result={selected}
              onUnit={(k) => setUnit(k)}
            />
          ),
          out: scored && selected && loaded?.ok && (
            <OutView lang={lang} scored={scored} batch={loaded.batch} result={selected} />
          ),
        }}
      />
      <footer class="foot">
        <p>{w.offline}</p>
      </footer>
    </>
  );
}
