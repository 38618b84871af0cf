import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Section } from '../../components/ui/Facts';
import { Page } from '../../components/ui/Page';
import { API_EXAMPLES, type ApiExample } from '../../lib/apiExamples';

function CopyButton({ text }: { text: string }) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState(false);
  return (
    <button
      type="button"
      className="button button--secondary"
      onClick={() => {
        void navigator.clipboard?.writeText(text).then(() => {
          setCopied(true);
          setTimeout(() => setCopied(false), 2000);
        });
      }}
    >
      {copied ? t('views.api.copied') : t('views.api.copy')}
    </button>
  );
}

function Example({ example, index }: { example: ApiExample; index: number }) {
  const { t } = useTranslation();
  return (
    <Section
      title={t(`views.api.examples.${example.key}`)}
      id={`example-${example.key}`}
      actions={
        <span className="section__actions">
          <CopyButton text={example.query} />
          {/* GraphiQL opens with the examples as tabs, in this order */}
          <a className="button button--secondary" href={`/graphiql#${index + 1}`}>
            {t('views.api.tryIt')}
          </a>
        </span>
      }
    >
      <pre className="code-block" tabIndex={0} aria-label={t(`views.api.examples.${example.key}`)}>
        <code>{example.query}</code>
      </pre>
      {example.variables && <p className="footnote">{t('views.api.variablesNote')}</p>}
    </Section>
  );
}

const curl = (origin: string) => `curl ${origin}/graphql \\
  -H 'content-type: application/json' \\
  -d '{"query":"{ search(text: \\"hallefors\\") { items { kind title } } }"}'`;

export function ApiPage() {
  const { t } = useTranslation();
  return (
    <Page title={t('views.api.title')} intro={t('views.api.intro')}>
      <ul className="link-list link-list--buttons">
        {/* Served by the API server, outside the app's router. */}
        <li>
          <a className="button" href="/graphiql">
            {t('views.api.graphiql')}
          </a>
        </li>
        <li>
          <a className="button button--secondary" href="/schema.graphql" download>
            {t('views.api.schema')}
          </a>
        </li>
      </ul>
      <Section title={t('views.api.howTitle')} id="how">
        <ul>
          <li>{t('views.api.howEndpoint')}</li>
          <li>{t('views.api.howHeaders')}</li>
          <li>{t('views.api.howNull')}</li>
          <li>{t('views.api.howIds')}</li>
          <li>{t('views.api.howLimits')}</li>
        </ul>
        <pre className="code-block" tabIndex={0} aria-label={t('views.api.curl')}>
          <code>{curl(window.location.origin)}</code>
        </pre>
      </Section>
      {API_EXAMPLES.map((example, index) => (
        <Example key={example.key} example={example} index={index} />
      ))}
    </Page>
  );
}
