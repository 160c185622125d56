// Splits the example file into one entry per operation, keeping the comment lines above each (its title
// and, in a "# variables: {...}" line, the variables it runs with). Used by GraphiQL and by the tests.
import { parse } from 'graphql';

export function splitExamples(source) {
  const document = parse(source);
  let previousEnd = 0;
  return document.definitions.map((definition, index) => {
    const text = source.slice(previousEnd, definition.loc.end).trim();
    previousEnd = definition.loc.end;
    const header = text.slice(0, text.length - (definition.loc.end - definition.loc.start)).split('\n')
      .map((line) => line.trim()).filter((line) => line.startsWith('#'));
    const variablesLine = header.find((line) => /^#\s*variables:/.test(line));
    return {
      name: definition.name?.value || `Example${index + 1}`,
      title: (header.find((line) => !/^#\s*variables:/.test(line)) || '').replace(/^#\s*/, ''),
      text,
      query: source.slice(definition.loc.start, definition.loc.end),
      variables: variablesLine ? variablesLine.replace(/^#\s*variables:\s*/, '') : '',
      mutation: definition.kind === 'OperationDefinition' && definition.operation === 'mutation',
    };
  });
}
