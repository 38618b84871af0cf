import { createContext, useCallback, useContext, useEffect, useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useEditTranslation } from '../../lib/i18n-edit';
import type { FieldProblems, Problem, WriteError } from '../../lib/writeErrors';
import './edit.css';

// Labelled fields that show their own problems (the dashboard's checks and the API's, by field path),
// and a summary of every problem at the top of the form that links to each field. Keyboard and
// screen-reader users land on the summary after a failed save.

interface FormState {
  prefix: string;
  problems: FieldProblems;
  /** Field path → label, filled as the fields render (for the summary). */
  labels: Map<string, string>;
  /** The user changed a field: its problems (and those of the groups around it) are put aside until the next save. */
  edited: (name: string) => void;
}

const FormContext = createContext<FormState>({ prefix: 'form', problems: {}, labels: new Map(), edited: () => {} });

function fieldId(prefix: string, name: string): string {
  return `${prefix}-${name.replace(/[^a-zA-Z0-9_-]/g, '-')}`;
}

/** The id, label registration and problems of one field. */
export function useField(name: string, label: string) {
  const form = useContext(FormContext);
  form.labels.set(name, label);
  const id = fieldId(form.prefix, name);
  return { id, problems: form.problems[name] ?? [], errorId: `${id}-error`, hintId: `${id}-hint`, edited: () => form.edited(name) };
}

/** Tells the form that the user changed something under `name` (its problems are put aside). */
export function useEdited(): (name: string) => void {
  return useContext(FormContext).edited;
}

export function ProblemList({ id, problems }: { id: string; problems: readonly Problem[] }) {
  const { t } = useEditTranslation();
  if (problems.length === 0) return null;
  return (
    <ul className="field__problems" id={id}>
      {problems.map((problem) => (
        <li key={problem.message}>
          {problem.server ? (
            <>
              {t('form.apiSays')} <span lang="en">{problem.message}</span>
            </>
          ) : (
            problem.message
          )}
        </li>
      ))}
    </ul>
  );
}

function describedBy(...ids: (string | false | null | undefined)[]): string | undefined {
  const list = ids.filter(Boolean).join(' ');
  return list || undefined;
}

interface BaseFieldProps {
  /** The field's path as the API names it ("amount", "source.new.title"). */
  name: string;
  label: string;
  hint?: ReactNode;
  optional?: boolean;
  /** Shown under the control (a preview of what will be shown). */
  after?: ReactNode;
}

function Label({ htmlFor, label, optional }: { htmlFor: string; label: string; optional?: boolean | undefined }) {
  const { t } = useEditTranslation();
  return (
    <label htmlFor={htmlFor}>
      {label}
      {optional && <span className="field__optional"> ({t('form.optional')})</span>}
    </label>
  );
}

export interface TextFieldProps extends BaseFieldProps {
  value: string;
  onChange: (value: string) => void;
  type?: 'text' | 'email' | 'password' | 'url' | 'date';
  inputMode?: 'text' | 'decimal' | 'numeric' | 'url' | 'email';
  autoComplete?: string;
  multiline?: boolean;
  width?: 'short' | 'medium' | 'full';
  lang?: string;
  /** Id of a <datalist> of suggestions. */
  list?: string;
}

export function TextField({
  name,
  label,
  hint,
  optional,
  after,
  value,
  onChange,
  type = 'text',
  inputMode,
  autoComplete,
  multiline,
  width = 'full',
  lang,
  list,
}: TextFieldProps) {
  const { id, problems, errorId, hintId, edited } = useField(name, label);
  const change = (value: string) => {
    edited();
    onChange(value);
  };
  const common = {
    id,
    name,
    value,
    lang,
    'aria-invalid': problems.length > 0 || undefined,
    'aria-describedby': describedBy(hint !== undefined && hintId, problems.length > 0 && errorId),
    'aria-required': !optional || undefined,
  };
  return (
    <div className={`field edit-field edit-field--${width}${problems.length ? ' edit-field--invalid' : ''}`}>
      <Label htmlFor={id} label={label} optional={optional} />
      {hint !== undefined && (
        <p className="field__hint" id={hintId}>
          {hint}
        </p>
      )}
      <ProblemList id={errorId} problems={problems} />
      {multiline ? (
        <textarea {...common} rows={3} onChange={(event) => change(event.target.value)} />
      ) : (
        <input
          {...common}
          type={type}
          inputMode={inputMode}
          autoComplete={autoComplete}
          list={list}
          onChange={(event) => change(event.target.value)}
        />
      )}
      {after}
    </div>
  );
}

export interface SelectFieldProps extends BaseFieldProps {
  value: string;
  onChange: (value: string) => void;
  options: readonly { value: string; label: string; disabled?: boolean }[];
  disabled?: boolean;
}

export function SelectField({ name, label, hint, optional, after, value, onChange, options, disabled }: SelectFieldProps) {
  const { id, problems, errorId, hintId, edited } = useField(name, label);
  return (
    <div className={`field edit-field edit-field--medium${problems.length ? ' edit-field--invalid' : ''}`}>
      <Label htmlFor={id} label={label} optional={optional} />
      {hint !== undefined && (
        <p className="field__hint" id={hintId}>
          {hint}
        </p>
      )}
      <ProblemList id={errorId} problems={problems} />
      <select
        id={id}
        name={name}
        value={value}
        disabled={disabled}
        aria-invalid={problems.length > 0 || undefined}
        aria-describedby={describedBy(hint !== undefined && hintId, problems.length > 0 && errorId)}
        onChange={(event) => {
          edited();
          onChange(event.target.value);
        }}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value} disabled={option.disabled}>
            {option.label}
          </option>
        ))}
      </select>
      {after}
    </div>
  );
}

export function CheckboxField({
  name,
  label,
  hint,
  checked,
  onChange,
}: Omit<BaseFieldProps, 'optional' | 'after'> & { checked: boolean; onChange: (checked: boolean) => void }) {
  const { id, problems, errorId, hintId, edited } = useField(name, label);
  return (
    <div className="edit-check">
      <ProblemList id={errorId} problems={problems} />
      <input
        id={id}
        name={name}
        type="checkbox"
        checked={checked}
        aria-invalid={problems.length > 0 || undefined}
        aria-describedby={describedBy(hint !== undefined && hintId, problems.length > 0 && errorId)}
        onChange={(event) => {
          edited();
          onChange(event.target.checked);
        }}
      />
      <label htmlFor={id}>{label}</label>
      {hint !== undefined && (
        <p className="field__hint" id={hintId}>
          {hint}
        </p>
      )}
    </div>
  );
}

/** Two fields side by side on a wide screen (year from – to, date and "approximate"). */
export function FieldRow({ children }: { children: ReactNode }) {
  return <div className="edit-row">{children}</div>;
}

/** A group of fields with a legend; its own problems (e.g. "source") are listed under the legend. */
export function FieldGroup({ name, legend, hint, children }: { name?: string; legend: string; hint?: ReactNode; children: ReactNode }) {
  const form = useContext(FormContext);
  if (name) form.labels.set(name, legend);
  const id = fieldId(form.prefix, name ?? legend);
  const problems = name ? (form.problems[name] ?? []) : [];
  return (
    <fieldset className="edit-group" id={id} tabIndex={-1}>
      <legend>{legend}</legend>
      {hint !== undefined && <p className="field__hint">{hint}</p>}
      <ProblemList id={`${id}-error`} problems={problems} />
      {children}
    </fieldset>
  );
}

function ErrorSummary({
  error,
  failureText,
  attempt,
  title,
  intro,
}: {
  error: WriteError;
  failureText: string | null;
  attempt: number;
  title: string;
  intro: string;
}) {
  const { t } = useEditTranslation();
  const form = useContext(FormContext);
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    box.current?.focus();
  }, [attempt]);
  const fields = Object.entries(error.fields).filter(([, problems]) => problems.length > 0);
  return (
    <div className="edit-summary" role="alert" tabIndex={-1} ref={box}>
      <h3>{title}</h3>
      {failureText && <p>{failureText}</p>}
      {error.messages.map((message) => (
        <p key={message}>
          {t('form.apiSays')} <span lang="en">{message}</span>
        </p>
      ))}
      {fields.length > 0 && (
        <>
          <p>{intro}</p>
          <ul>
            {fields.map(([name, problems]) => (
              <li key={name}>
                <a
                  href={`#${fieldId(form.prefix, name)}`}
                  onClick={(event) => {
                    event.preventDefault();
                    const target =
                      document.getElementById(fieldId(form.prefix, name)) ??
                      document.getElementById(fieldId(form.prefix, name.split('.').slice(0, -1).join('.')));
                    target?.focus();
                  }}
                >
                  {form.labels.get(name) ?? name}
                </a>
                {': '}
                {problems.map((problem) =>
                  problem.server ? (
                    <span key={problem.message} lang="en">
                      {problem.message}{' '}
                    </span>
                  ) : (
                    `${problem.message} `
                  ),
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

export interface EditFormProps {
  onSubmit: () => void;
  onCancel: () => void;
  saving: boolean;
  /** The last failed save (the dashboard's checks or the API's answer), when there is one to show. */
  error: WriteError | null;
  /** Grows with each failed save: the summary takes focus again. */
  attempt: number;
  submitLabel?: string;
  savingLabel?: string;
  /** Shown above the fields: a stale-version notice, a status. */
  notice?: ReactNode;
  children: ReactNode;
  /** Submitting is not possible (waiting for a reload). */
  disabled?: boolean;
  /** Says what failed instead of the general text (e.g. for signing in). */
  failure?: string | undefined;
  /** Heading of the problem summary ("Ändringen sparades inte" by default). */
  summaryTitle?: string;
  /** The line before the list of fields to correct. */
  summaryIntro?: string;
}

/** "source.new.title" and the groups around it: "source.new", "source". */
function withAncestors(name: string): string[] {
  const parts = name.split('.');
  return parts.map((_, i) => parts.slice(0, i + 1).join('.'));
}

/** The frame of every edit form: summary of problems, the fields, save and cancel. */
export function EditForm({
  onSubmit,
  onCancel,
  saving,
  error,
  attempt,
  submitLabel,
  savingLabel,
  notice,
  children,
  disabled,
  failure,
  summaryTitle,
  summaryIntro,
}: EditFormProps) {
  const { t } = useEditTranslation();
  const prefix = useId().replace(/[^a-zA-Z0-9_-]/g, '');
  const labels = useRef(new Map<string, string>()).current;
  // Fields changed since the last save keep their problems out of sight until the next one.
  const [dismissed, setDismissed] = useState<{ attempt: number; names: ReadonlySet<string> }>({ attempt, names: new Set() });
  const names = dismissed.attempt === attempt ? dismissed.names : new Set<string>();
  const edited = useCallback(
    (name: string) =>
      setDismissed((current) => {
        const kept = current.attempt === attempt ? current.names : new Set<string>();
        const next = withAncestors(name).filter((n) => !kept.has(n));
        return next.length
          ? { attempt, names: new Set([...kept, ...next]) }
          : current.attempt === attempt
            ? current
            : { attempt, names: kept };
      }),
    [attempt],
  );
  const problems = Object.fromEntries(Object.entries(error?.fields ?? {}).filter(([name]) => !names.has(name)));
  const shown: WriteError | null = error ? { ...error, fields: problems } : null;
  const failureText =
    error && failure
      ? failure
      : error && error.kind !== 'invalid' && error.kind !== 'conflict'
        ? t(`form.failure.${error.kind}`)
        : error && error.kind === 'invalid' && error.messages.length === 0 && Object.keys(error.fields).length === 0
          ? t('form.failure.other')
          : null;
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!saving && !disabled) onSubmit();
  };
  return (
    <FormContext.Provider value={{ prefix, problems, labels, edited }}>
      <form className="edit-form" noValidate onSubmit={submit}>
        {shown && shown.kind !== 'conflict' && (
          <ErrorSummary
            error={shown}
            failureText={failureText}
            attempt={attempt}
            title={summaryTitle ?? t('form.summaryTitle')}
            intro={summaryIntro ?? t('form.summaryIntro')}
          />
        )}
        {notice}
        {children}
        <div className="edit-form__actions">
          <button type="submit" className="button" disabled={saving || disabled} aria-busy={saving || undefined}>
            {saving ? (savingLabel ?? t('form.saving')) : (submitLabel ?? t('form.save'))}
          </button>
          <button type="button" className="button button--secondary" onClick={onCancel}>
            {t('form.cancel')}
          </button>
        </div>
      </form>
    </FormContext.Provider>
  );
}
