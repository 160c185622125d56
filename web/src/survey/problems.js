// Where the server's problems belong on the survey form: `input.answers[3].reliable` is the fourth card's
// "reliable" question, `input.openAnswer` the open question. Pure, so the node tests check it.

/** Each problem with the answer's index (null when not about one answer), the field, and the server's words. */
export function problemsByPlace(problems) {
  return problems.map(({ path, message }) => {
    const match = /^input\.answers\[(\d+)\](?:\.(\w+))?$/.exec(path || '');
    if (match) return { index: Number(match[1]), field: match[2] || 'partner', message };
    if (/^input\.openAnswer$/.test(path || '')) return { index: null, field: 'openAnswer', message };
    return { index: null, field: null, message };
  });
}
