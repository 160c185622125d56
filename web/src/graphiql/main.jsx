// GraphiQL, bundled from npm, talking to this service's /graphql with the tab's API key. Every example
// query in ../examples.graphql opens as its own tab, so a new user can run them one by one.
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import { createRoot } from 'react-dom/client';
import 'graphiql/style.css';
import { buildSchema } from 'graphql';
import { fetchSchemaText } from '../lib/api.js';
import { authHeaders, getApiKey, setApiKey } from '../lib/auth.js';
import { splitExamples } from '../lib/examples.js';
import examplesSource from '../examples.graphql';

const url = new URL('graphql', document.baseURI).toString();
const fetcher = createGraphiQLFetcher({ url, headers: authHeaders() });
const examples = splitExamples(examplesSource);

document.getElementById('key-state').textContent = getApiKey() ? 'API key set for this tab' : '';
document.getElementById('api-key-button').addEventListener('click', () => {
  const key = window.prompt('API key for this tab (empty to forget it):', getApiKey());
  if (key === null) return;
  setApiKey(key);
  location.reload();
});

// The saved tabs of an earlier visit would hide newly added examples; start from the examples each time.
try {
  localStorage.removeItem('graphiql:tabState');
  localStorage.removeItem('graphiql:query');
} catch {
  // storage disabled: nothing was saved either
}

// Docs and completion come from the served schema.graphql: with Limits:Introspection=false the API answers
// introspection with INTROSPECTION_DISABLED. Without the file GraphiQL falls back to introspection.
const sdl = await fetchSchemaText();
const schema = sdl ? buildSchema(sdl) : undefined;

createRoot(document.getElementById('graphiql')).render(
  <GraphiQL
    fetcher={fetcher}
    schema={schema}
    defaultTabs={examples.map((e) => ({ query: e.text, variables: e.variables }))}
    defaultEditorToolsVisibility="variables"
    shouldPersistHeaders={false}
  />,
);
window.__ciGraphiQL = { examples: examples.map((e) => e.name) };
