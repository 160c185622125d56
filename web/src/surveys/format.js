// Pure helpers of the survey pages, checked by the node tests.

/** The links as CSV for a mail merge: organization, link; quoted where needed (RFC 4180). */
export function linksCsv(links) {
  const cell = (v) => (/[",\n\r]/.test(String(v)) ? `"${String(v).replaceAll('"', '""')}"` : String(v));
  return ['organization,organization_id,link', ...links.map((l) => [l.organizationName, l.organization, l.url].map(cell).join(','))].join('\r\n') + '\r\n';
}

/**
 * The problems of a refused write, flat: each with its path, message and, for `input.invited[3]`, the index 3.
 * An error without problems (a refused argument) is one problem of its own.
 */
export function problemList(errors) {
  return (errors || []).flatMap((e) => e.extensions?.problems || [{ path: '', message: e.message }]).map((p) => {
    const index = /\[(\d+)\]$/.exec(p.path || '')?.[1];
    return { path: p.path || '', message: p.message, index: index == null ? null : Number(index) };
  });
}
