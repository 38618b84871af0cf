import { useApolloClient, useQuery } from '@apollo/client/react';
import { useId, useRef, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../../components/edit/Form';
import { SourceOptionsQuery } from '../../components/edit/SourceFields';
import { Section } from '../../components/ui/Facts';
import { Link } from '../../components/ui/Link';
import { Loading } from '../../components/ui/Loading';
import { Page } from '../../components/ui/Page';
import { QueryError } from '../../components/ui/QueryError';
import { graphql } from '../../gql';
import type { ImportKind } from '../../gql/graphql';
import { formatDecimal } from '../../lib/format';
import { useLang } from '../../lib/i18n';
import { useEditTranslation } from '../../lib/i18n-edit';
import { paths } from '../../lib/paths';
import { canImport } from '../../lib/permissions';
import { refreshAfterWrite } from '../../lib/refresh';
import { useViewer } from '../../lib/session';
import { stringParam, useUrlState } from '../../lib/useUrlState';
import { readWriteError } from '../../lib/writeErrors';
import { ImportResult, type RunResult } from './ImportResult';
import { isUtf8, readImportReport, uploadCsv, uploadUrl, type ImportReport } from './upload';
import './import.css';

const ImportTemplatesQuery = graphql(`
  query ImportTemplates {
    importTemplates {
      kind
      templateUrl
      uploadUrl
      matchedBy
      columns {
        name
        swedishName
        required
        description
        example
      }
    }
  }
`);

const CreateImportJobMutation = graphql(`
  mutation CreateImportJob($kind: ImportKind!, $dryRun: Boolean!, $sourceKey: String) {
    createImportJob(kind: $kind, dryRun: $dryRun, sourceKey: $sourceKey) {
      id
      status
    }
  }
`);

const ImportJobProgressQuery = graphql(`
  query ImportJobProgress($id: ID!) {
    importJob(id: $id) {
      id
      dryRun
      status
      progress
      rowsProcessed
      rowsTotal
      created
      updated
      unchanged
      errorCount
      message
      errors {
        row
        column
        value
        message
      }
      changes {
        row
        action
        key
        fields
      }
    }
  }
`);

const KINDS: readonly ImportKind[] = ['ORGANISATIONS', 'PROJECTS', 'FUNDINGS', 'OUTCOMES', 'MEMBERSHIPS'];
const POLL_MS = 400;

interface ChosenFile {
  file: File;
  /** Set when the file could not be used (not UTF-8). */
  problem: string | null;
}

/** What the last dry run was of: a commit is offered only for that file, kind and source, without errors. */
interface DryRunOf {
  file: File;
  kind: ImportKind;
  sourceKey: string;
  clean: boolean;
}

function formatBytes(bytes: number, lang: 'sv' | 'en'): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${formatDecimal(bytes / 1024, 1, { lang })} kB`;
  return `${formatDecimal(bytes / (1024 * 1024), 1, { lang })} MB`;
}

function Templates({ kind }: { kind: ImportKind }) {
  const { t } = useEditTranslation();
  const { data, error, loading, refetch } = useQuery(ImportTemplatesQuery);
  if (error) return <QueryError error={error} onRetry={() => void refetch()} />;
  if (loading || !data) return <Loading />;
  const template = data.importTemplates.find((candidate) => candidate.kind === kind);
  if (!template) return null;
  return (
    <>
      <h3 className="subheading">{t('import.templates')}</h3>
      <ul className="import-templates">
        <li>
          <a className="button button--secondary" href={`${template.templateUrl}?lang=sv`} download>
            {t('import.templateSv')}
          </a>
        </li>
        <li>
          <a className="button button--secondary" href={template.templateUrl} download>
            {t('import.templateEn')}
          </a>
        </li>
      </ul>
      <p className="footnote">
        {t('import.matchedBy')} <span lang="en">{template.matchedBy}</span>
      </p>
      <details className="import-columns">
        <summary>{t('import.columns')}</summary>
        <div className="table-scroll">
          <table>
            <caption className="visually-hidden">{t('import.columns')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('import.column')}</th>
                <th scope="col">{t('import.swedishName')}</th>
                <th scope="col">{t('import.required')}</th>
                <th scope="col">{t('import.description')}</th>
                <th scope="col">{t('import.example')}</th>
              </tr>
            </thead>
            <tbody>
              {template.columns.map((column) => (
                <tr key={column.name}>
                  <th scope="row">
                    <code>{column.name}</code>
                  </th>
                  <td>
                    <code>{column.swedishName}</code>
                  </td>
                  <td>{column.required ? t('form.yes') : t('form.no')}</td>
                  <td lang="en">{column.description}</td>
                  <td>
                    <code>{column.example}</code>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </>
  );
}

function Progress({ report, dryRun }: { report: ImportReport | null; dryRun: boolean }) {
  const { t } = useEditTranslation();
  const id = useId();
  const value = report?.progress ?? null;
  return (
    <div className="import-progress" role="status">
      <label htmlFor={id}>{dryRun ? t('import.dryRunning') : t('import.committing')}</label>
      {value === null ? (
        <progress id={id} aria-label={t('import.progress')} />
      ) : (
        <progress id={id} max={1} value={value} aria-label={t('import.progress')} />
      )}
      {report && <span className="footnote">{t('import.progressRows', { count: report.rowsProcessed })}</span>}
    </div>
  );
}

function ImportTool() {
  const { t } = useEditTranslation();
  const lang = useLang();
  const client = useApolloClient();
  const [kindParam, setKindParam] = useUrlState('kind', stringParam);
  const kind = KINDS.find((k) => k.toLowerCase() === kindParam) ?? 'ORGANISATIONS';
  const [sourceKey, setSourceKey] = useState('');
  const [chosen, setChosen] = useState<ChosenFile | null>(null);
  const [dryRunOf, setDryRunOf] = useState<DryRunOf | null>(null);
  const [running, setRunning] = useState<null | { dryRun: boolean; report: ImportReport | null }>(null);
  const [result, setResult] = useState<RunResult | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const fileId = useId();
  const fileHintId = useId();
  const templates = useQuery(ImportTemplatesQuery);
  const sources = useQuery(SourceOptionsQuery);
  const template = templates.data?.importTemplates.find((candidate) => candidate.kind === kind);

  const chooseFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0] ?? null;
    setResult(null);
    setDryRunOf(null);
    if (!file) {
      setChosen(null);
      return;
    }
    const utf8 = isUtf8(await file.arrayBuffer());
    setChosen({ file, problem: utf8 ? null : t('import.notUtf8') });
  };

  const canCommit = Boolean(
    chosen &&
    !chosen.problem &&
    dryRunOf &&
    dryRunOf.file === chosen.file &&
    dryRunOf.kind === kind &&
    dryRunOf.sourceKey === sourceKey &&
    dryRunOf.clean,
  );

  const run = async (dryRun: boolean) => {
    if (!chosen || chosen.problem || !template) return;
    const file = chosen.file;
    setResult(null);
    setRunning({ dryRun, report: null });
    let jobId: string;
    try {
      const { data } = await client.mutate({
        mutation: CreateImportJobMutation,
        variables: { kind, dryRun, sourceKey: sourceKey || null },
      });
      if (!data) throw new Error('no import job');
      jobId = data.createImportJob.id;
    } catch (error) {
      const read = readWriteError(error);
      setRunning(null);
      setResult({
        kind: 'refused',
        dryRun,
        messages: [...read.messages, ...Object.values(read.fields).flatMap((problems) => problems.map((p) => p.message))],
        network: read.kind === 'network',
      });
      return;
    }

    // Progress while the file streams in: the job answers from the server's memory.
    let finished = false;
    const poll = async () => {
      while (!finished) {
        await new Promise((resolve) => setTimeout(resolve, POLL_MS));
        if (finished) return;
        try {
          const { data } = await client.query({ query: ImportJobProgressQuery, variables: { id: jobId }, fetchPolicy: 'no-cache' });
          const report = readImportReport(data?.importJob);
          if (!finished && report) setRunning({ dryRun, report });
        } catch {
          // a missed poll changes nothing; the upload's answer is what counts
        }
      }
    };
    void poll();
    const outcome = await uploadCsv(uploadUrl(template.uploadUrl, { dryRun, sourceKey: sourceKey || null, jobId }), file);
    finished = true;
    setRunning(null);

    if (outcome.kind === 'network') {
      setResult({ kind: 'refused', dryRun, messages: [], network: true });
      return;
    }
    if (outcome.kind === 'refused') {
      setResult({
        kind: 'refused',
        dryRun,
        messages: [outcome.message],
        tooLargeMb: outcome.code === 'PAYLOAD_TOO_LARGE' ? Math.round((outcome.limitBytes ?? 0) / (1024 * 1024)) : undefined,
        job: outcome.job,
        network: false,
      });
      return;
    }
    const job = outcome.job;
    setResult({ kind: 'report', dryRun, job });
    if (dryRun) setDryRunOf({ file, kind, sourceKey, clean: job.status === 'SUCCEEDED' && job.errorCount === 0 });
    else {
      setDryRunOf(null);
      if (job.status === 'SUCCEEDED') await refreshAfterWrite(client);
    }
  };

  const sourceOptions = [
    { value: '', label: t('import.sourceNone') },
    ...(sources.data?.sources.nodes ?? []).map((source) => ({
      value: source.key,
      label: `${source.title} – ${source.publisher} (${source.key})`,
    })),
  ];

  return (
    <>
      <Section title={`1. ${t('import.kindStep')}`} id="kind">
        <SelectField
          name="kind"
          label={t('import.kind')}
          value={kind}
          onChange={(value) => {
            setKindParam(value.toLowerCase());
            setResult(null);
          }}
          options={KINDS.map((k) => ({ value: k, label: t(`import.kinds.${k}`) }))}
        />
        <Templates kind={kind} />
      </Section>

      <Section title={`2. ${t('import.fileStep')}`} id="file">
        <div className={`field edit-field edit-file${chosen?.problem ? ' edit-field--invalid' : ''}`}>
          <label htmlFor={fileId}>{t('import.file')}</label>
          <p className="field__hint" id={fileHintId}>
            {t('import.fileHint')}
          </p>
          {chosen?.problem && (
            <ul className="field__problems" id={`${fileId}-error`}>
              <li>{chosen.problem}</li>
            </ul>
          )}
          <input
            ref={fileInput}
            id={fileId}
            type="file"
            accept=".csv,text/csv"
            aria-describedby={chosen?.problem ? `${fileHintId} ${fileId}-error` : fileHintId}
            aria-invalid={chosen?.problem ? true : undefined}
            onChange={(event) => void chooseFile(event)}
          />
          {chosen && !chosen.problem && (
            <p className="field__preview">
              {t('import.fileChosen', { name: chosen.file.name, size: formatBytes(chosen.file.size, lang) })}
            </p>
          )}
        </div>
        <SelectField name="source" label={t('import.source')} optional value={sourceKey} onChange={setSourceKey} options={sourceOptions} />
      </Section>

      <Section title={`3. ${t('import.runStep')}`} id="run">
        <div className="import-actions">
          <button
            type="button"
            className="button"
            disabled={!chosen || Boolean(chosen.problem) || running !== null || !template}
            onClick={() => void run(true)}
          >
            {running?.dryRun ? t('import.dryRunning') : t('import.dryRun')}
          </button>
          <button
            type="button"
            className="button"
            disabled={!canCommit || running !== null}
            aria-describedby={canCommit ? undefined : 'import-commit-hint'}
            onClick={() => void run(false)}
          >
            {running && !running.dryRun ? t('import.committing') : t('import.commit')}
          </button>
        </div>
        {!canCommit && (
          <p className="footnote" id="import-commit-hint">
            {chosen ? t('import.commitNeedsDryRun') : t('import.noFile')}
          </p>
        )}
        {running && <Progress report={running.report} dryRun={running.dryRun} />}
        {result && <ImportResult result={result} />}
      </Section>
    </>
  );
}

/** CSV import for editors: templates, a dry run with its row-level report, then the import itself. */
export function ImportPage() {
  const { t } = useEditTranslation();
  const { t: tMain } = useTranslation();
  const { viewer, loading } = useViewer();
  return (
    <Page title={t('import.title')} intro={t('import.intro')}>
      {loading && !viewer ? (
        <Loading />
      ) : !viewer ? (
        <div className="empty-state">
          <p className="empty-state__title">{t('import.needSignIn')}</p>
          <Link className="button" to={paths.signIn(paths.importData())}>
            {tMain('session.signIn')}
          </Link>
        </div>
      ) : !canImport(viewer) ? (
        <div className="empty-state">
          <p className="empty-state__title">{t('import.notAllowed', { role: tMain(`enums.role.${viewer.role}`) })}</p>
        </div>
      ) : (
        <ImportTool />
      )}
    </Page>
  );
}
