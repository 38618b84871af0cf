// The offline API explorer, a second Vite entry (graphiql.html, served at /graphiql). Everything it
// needs, Monaco and its workers included, is bundled: it makes no request outside this server.
import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import './graphiql.css';
import { GraphiQL, type GraphiQLProps } from 'graphiql';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { API_EXAMPLES, EXAMPLE_ORGANISATIONS, fillVariables } from '../lib/apiExamples';

const ENDPOINT = '/graphql';

async function post(body: unknown): Promise<unknown> {
  const response = await fetch(ENDPOINT, {
    method: 'POST',
    // Apollo Server's CSRF prevention accepts a request that carries this header.
    headers: { 'content-type': 'application/json', accept: 'application/json', 'apollo-require-preflight': 'true' },
    body: JSON.stringify(body),
  });
  return response.json();
}

type Fetcher = GraphiQLProps['fetcher'];

const fetcher: Fetcher = (params) => post(params) as ReturnType<Fetcher>;

/** The ids the examples need (global ids are opaque, so they are looked up by slug). */
async function exampleIds(): Promise<Record<string, string>> {
  const entries = Object.entries(EXAMPLE_ORGANISATIONS);
  const query = `query ExampleIds { ${entries.map(([, slug], index) => `o${index}: organisation(slug: ${JSON.stringify(slug)}) { id }`).join(' ')} }`;
  try {
    const result = (await post({ query })) as { data?: Record<string, { id: string } | null> | null };
    return Object.fromEntries(
      entries.flatMap(([name], index) => (result.data?.[`o${index}`] ? [[name, result.data[`o${index}`]!.id]] : [])),
    );
  } catch {
    return {};
  }
}

function Logo() {
  return (
    <a href="/" className="atlas-graphiql-logo">
      ASF Atlas <span>API</span>
    </a>
  );
}

async function start() {
  const ids = await exampleIds();
  const tabs = API_EXAMPLES.map((example) => ({
    query: example.query,
    variables: example.variables ? fillVariables(example.variables, ids) : undefined,
  }));
  // /graphiql#3 (from the API page) opens the third example, whatever tabs were kept from a last visit.
  const chosen = tabs[Number(window.location.hash.slice(1)) - 1];
  const defaultTabs = chosen ? [chosen, ...tabs.filter((tab) => tab !== chosen)] : tabs;
  const root = document.getElementById('graphiql');
  if (!root) throw new Error('graphiql.html has no #graphiql element');
  createRoot(root).render(
    <StrictMode>
      <GraphiQL
        fetcher={fetcher}
        defaultTabs={defaultTabs}
        initialQuery={chosen?.query}
        initialVariables={chosen?.variables}
        defaultEditorToolsVisibility="variables"
        shouldPersistHeaders={false}
      >
        <GraphiQL.Logo>
          <Logo />
        </GraphiQL.Logo>
      </GraphiQL>
    </StrictMode>,
  );
}

void start();
