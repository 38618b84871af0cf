import { fieldLabel } from '../../components/history/historyValues';
import { DataTable, type DataColumn } from '../../components/ui/DataTable';
import { useLang } from '../../lib/i18n';
import { useEditTranslation } from '../../lib/i18n-edit';
import type { ImportReport, ImportRowChange, ImportRowError } from './upload';

export type RunResult =
  | { kind: 'report'; dryRun: boolean; job: ImportReport }
  | {
      kind: 'refused';
      dryRun: boolean;
      messages: string[];
      network: boolean;
      tooLargeMb?: number | undefined;
      job?: ImportReport | null | undefined;
    };

type ErrorRow = ImportRowError & { index: number };
type ChangeRow = ImportRowChange & { index: number };

function Summary({ job }: { job: ImportReport }) {
  const { t } = useEditTranslation();
  const stats = [
    { label: t('import.rows'), value: job.rowsTotal ?? job.rowsProcessed },
    { label: t('import.created'), value: job.created },
    { label: t('import.updated'), value: job.updated },
    { label: t('import.unchanged'), value: job.unchanged },
    { label: t('import.errors'), value: job.errorCount },
  ];
  return (
    <ul className="stat-list import-stats">
      {stats.map((stat) => (
        <li key={stat.label} className="stat">
          <span className="stat__value">{stat.value}</span>
          <span className="stat__label">{stat.label}</span>
        </li>
      ))}
    </ul>
  );
}

function RowErrors({ job }: { job: ImportReport }) {
  const { t } = useEditTranslation();
  if (job.errors.length === 0) return null;
  const rows: ErrorRow[] = job.errors.map((error, index) => ({ ...error, index }));
  const columns: DataColumn<ErrorRow>[] = [
    { id: 'row', label: t('import.row'), value: (row) => row.row, numeric: true },
    {
      id: 'column',
      label: t('import.column'),
      value: (row) => row.column ?? '',
      render: (row) => (row.column ? <code>{row.column}</code> : <span className="muted">–</span>),
    },
    {
      id: 'value',
      label: t('import.value'),
      value: (row) => row.value ?? '',
      render: (row) => (row.value ? <code>{row.value}</code> : <span className="muted">–</span>),
    },
    { id: 'message', label: t('import.message'), value: (row) => row.message, render: (row) => <span lang="en">{row.message}</span> },
  ];
  return (
    <>
      <DataTable
        caption={t('import.errorsCaption')}
        columns={columns}
        rows={rows}
        getRowId={(row) => String(row.index)}
        csvFilename="importfel"
        initialSorting={{ id: 'row', desc: false }}
      />
      <p className="footnote">{t('import.errorsNote')}</p>
      {job.errorCount > job.errors.length && (
        <p className="footnote">{t('import.errorsShown', { shown: job.errors.length, count: job.errorCount })}</p>
      )}
    </>
  );
}

function Changes({ job }: { job: ImportReport }) {
  const { t } = useEditTranslation();
  const lang = useLang();
  if (job.changes.length === 0) return null;
  const rows: ChangeRow[] = job.changes.map((change, index) => ({ ...change, index }));
  const columns: DataColumn<ChangeRow>[] = [
    { id: 'row', label: t('import.row'), value: (row) => row.row, numeric: true },
    { id: 'action', label: t('import.action'), value: (row) => t(`import.actions.${row.action}`) },
    { id: 'key', label: t('import.key'), value: (row) => row.key, render: (row) => <code>{row.key}</code> },
    { id: 'fields', label: t('import.fields'), value: (row) => row.fields.map((field) => fieldLabel(field, lang)).join(', ') },
  ];
  const shown = job.created + job.updated > job.changes.length;
  return (
    <>
      <DataTable
        caption={job.dryRun ? t('import.changesCaptionDryRun') : t('import.changesCaption')}
        columns={columns}
        rows={rows}
        getRowId={(row) => String(row.index)}
        initialSorting={{ id: 'row', desc: false }}
      />
      {shown && <p className="footnote">{t('import.changesShown', { shown: job.changes.length })}</p>}
    </>
  );
}

/** What a dry run or an import did: a sentence, the counts, the row errors and the changes. */
export function ImportResult({ result }: { result: RunResult }) {
  const { t } = useEditTranslation();
  const heading = result.dryRun ? t('import.resultDryRun') : t('import.result');

  if (result.kind === 'refused') {
    return (
      <div className="import-result">
        <h3>{heading}</h3>
        <div className="error-message" role="alert">
          <p>
            <strong>{result.network ? t('import.network') : result.dryRun ? t('import.refused') : t('import.failed')}</strong>
          </p>
          {result.tooLargeMb ? <p>{t('import.tooLarge', { mb: result.tooLargeMb })}</p> : null}
          {!result.network &&
            result.messages.map((message) => (
              <p key={message}>
                {t('form.apiSays')} <span lang="en">{message}</span>
              </p>
            ))}
        </div>
        {result.job && <RowErrors job={result.job} />}
      </div>
    );
  }

  const { job } = result;
  const failed = job.status === 'FAILED' || job.errorCount > 0;
  const sentence = result.dryRun
    ? job.errorCount === 0
      ? t('import.dryRunOk')
      : t('import.dryRunErrors', { count: job.errorCount })
    : job.status === 'SUCCEEDED'
      ? t('import.committed')
      : t('import.failed');
  return (
    <div className="import-result">
      <h3>{heading}</h3>
      <p
        className={failed ? 'import-result__sentence import-result__sentence--failed' : 'import-result__sentence'}
        role={failed ? 'alert' : 'status'}
      >
        {sentence}
      </p>
      <Summary job={job} />
      {job.message && (
        <p className="footnote">
          {t('import.apiMessage')}: <span lang="en">{job.message}</span>
        </p>
      )}
      <RowErrors job={job} />
      <Changes job={job} />
    </div>
  );
}
