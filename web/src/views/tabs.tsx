import type { ComponentChildren } from 'preact';
import { type Lang, words } from '../i18n.js';

/** The page's parts. */
export type TabId = 'load' | 'ranking' | 'unit' | 'whatif' | 'out';
const ORDER: readonly TabId[] = ['load', 'ranking', 'unit', 'whatif', 'out'];

/**
 * Tabs as WAI-ARIA describes them: arrow keys, Home and End move between tabs; the parts that
 * need results are disabled until something is scored.
 */
export function Tabs(props: {
  lang: Lang;
  tab: TabId;
  onTab: (t: TabId) => void;
  enabled: boolean;
  panels: Readonly<Record<TabId, ComponentChildren>>;
}) {
  const w = words(props.lang);
  const usable = ORDER.filter((t) => t === 'load' || props.enabled);
  const move = (e: KeyboardEvent) => {
    const i = usable.indexOf(props.tab);
    const to =
      e.key === 'ArrowRight'
        ? usable[(i + 1) % usable.length]
        : e.key === 'ArrowLeft'
          ? usable[(i - 1 + usable.length) % usable.length]
          : e.key === 'Home'
            ? usable[0]
            : e.key === 'End'
              ? usable[usable.length - 1]
              : undefined;
    if (to === undefined) return;
    e.preventDefault();
    props.onTab(to);
    document.getElementById(`tab-${to}`)?.focus();
  };
  return (
    <>
      <div class="tabs" role="tablist" aria-label={w.tabsLabel} onKeyDown={move}>
        {ORDER.map((t) => (
          <button
            type="button"
            role="tab"
            id={`tab-${t}`}
            key={t}
            aria-selected={props.tab === t}
            aria-controls={`panel-${t}`}
            tabIndex={props.tab === t ? 0 : -1}
            disabled={!usable.includes(t)}
            onClick={() => props.onTab(t)}
          >
            {w.tabs[t]}
          </button>
        ))}
      </div>
      <main class="panel">
        <div role="tabpanel" id={`panel-${props.tab}`} aria-labelledby={`tab-${props.tab}`}>
          {props.panels[props.tab]}
        </div>
      </main>
    </>
  );
}
