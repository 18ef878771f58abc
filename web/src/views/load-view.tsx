import { useState } from 'preact/hooks';
import { formatIssueLine, formatWarnings } from '../../../src/cli/messages.js';
import type { ScoredBatch } from '../../../src/cli/score-batch.js';
import type { CsvEncoding } from '../../../src/node/csv/decode-csv.js';
import { type Lang, words } from '../i18n.js';
import type { Loaded, PageInputs } from '../load/load-inputs.js';
import { fromBrowserFile, type PageFile } from '../platform/read-file.js';

type Zone = 'criteria' | 'assessments' | 'previous';

function FileZone(props: {
  zone: Zone;
  label: string;
  lang: Lang;
  files: readonly PageFile[];
  accept: string;
  folder: boolean;
  onFiles: (files: PageFile[]) => void;
}) {
  const w = words(props.lang);
  const [over, setOver] = useState(false);
  const take = (list: FileList | null) => props.onFiles([...(list ?? [])].map(fromBrowserFile));
  const id = `files-${props.zone}`;
  return (
    <fieldset
      class={`zone${over ? ' over' : ''}`}
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        e.preventDefault();
        setOver(false);
        take(e.dataTransfer?.files ?? null);
      }}
    >
      <legend>{props.label}</legend>
      <div class="zone-row">
        <input
          id={id}
          class="visually-hidden"
          type="file"
          multiple
          accept={props.accept}
          data-testid={id}
          onChange={(e) => take(e.currentTarget.files)}
        />
        <label class="button" for={id}>
          {w.pickFiles}
        </label>
        {props.folder && (
          <>
            <input
              id={`${id}-folder`}
              class="visually-hidden"
              type="file"
              multiple
              // @ts-expect-error: a non-standard attribute every browser supports
              webkitdirectory=""
              onChange={(e) => take(e.currentTarget.files)}
            />
            <label class="button secondary" for={`${id}-folder`}>
              {w.pickFolder}
            </label>
          </>
        )}
        <span class="muted">{w.dropHere}</span>
      </div>
      {props.files.length > 0 && (
        <p class="zone-files">
          <span>{w.files(props.files.length)}</span>{' '}
          <button type="button" class="link" onClick={() => props.onFiles([])}>
            {w.clear}
          </button>
        </p>
      )}
    </fieldset>
  );
}

/** Loading: the example in one click, or files and folders; every problem, or what was scored. */
export function LoadView(props: {
  lang: Lang;
  inputs: PageInputs;
  onInputs: (i: PageInputs) => void;
  onExample: () => void;
  loaded: Loaded | undefined;
  progress: string | undefined;
  scored: ScoredBatch | undefined;
}) {
  const { lang, inputs } = props;
  const w = words(lang);
  const set = (zone: Zone) => (files: PageFile[]) => props.onInputs({ ...inputs, [zone]: files });
  const data = '.yaml,.yml,.json,.csv,.xlsx,.ods,.xls';
  return (
    <section aria-labelledby="load-h">
      <h2 id="load-h" class="visually-hidden">
        {w.tabs.load}
      </h2>
      <p>
        <button type="button" class="primary" onClick={props.onExample} data-testid="example">
          {w.example}
        </button>
      </p>
      <p class="muted">{w.exampleNote}</p>
      <FileZone
        zone="assessments"
        label={w.assessments}
        lang={lang}
        files={inputs.assessments}
        accept={data}
        folder
        onFiles={set('assessments')}
      />
      <FileZone
        zone="previous"
        label={w.previous}
        lang={lang}
        files={inputs.previous}
        accept={data}
        folder
        onFiles={set('previous')}
      />
      <FileZone
        zone="criteria"
        label={w.criteria}
        lang={lang}
        files={inputs.criteria}
        accept={data}
        folder={false}
        onFiles={set('criteria')}
      />
      <label class="inline">
        {w.encoding}{' '}
        <select
          value={inputs.encoding}
          onChange={(e) =>
            props.onInputs({ ...inputs, encoding: e.currentTarget.value as CsvEncoding })
          }
        >
          <option value="utf-8">{w.encodings['utf-8']}</option>
          <option value="cp1258">{w.encodings.cp1258}</option>
        </select>
      </label>
      <div aria-live="polite" class="status" data-testid="status">
        {props.progress ??
          (props.loaded === undefined
            ? w.nothing
            : props.scored !== undefined
              ? w.scored(props.scored.results.length, props.scored.ranking.blocks.length)
              : '')}
      </div>
      {props.loaded?.ok === false && (
        <div class="problems" role="alert" data-testid="problems">
          <p>
            <strong>{w.problems(props.loaded.issues.length)}</strong>
          </p>
          <ul>
            {props.loaded.issues.map((issue, i) => (
              <li key={i} data-code={issue.code}>
                {formatIssueLine(issue, lang)}
              </li>
            ))}
          </ul>
        </div>
      )}
      {props.loaded?.ok === true && props.loaded.warnings.length > 0 && (
        <details class="warnings">
          <summary>{w.warnings(props.loaded.warnings.length)}</summary>
          <pre>{formatWarnings(props.loaded.warnings, lang)}</pre>
        </details>
      )}
    </section>
  );
}
