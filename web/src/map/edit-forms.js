// What the editing forms hold (issue 19; docs/web.md, "Editing"), as data: each kind's fields with their plain
// labels, the query that reads an entry with its revision, how an entry becomes form values and form values the
// mutation's input, where a server problem belongs, and what changed between two readings. Pure, so the node tests
// check it; edit.js turns it into dialogs.

const sectors = [
  ['NONPROFIT', 'Nonprofit'], ['GOVERNMENT', 'Government'], ['BUSINESS', 'Business'], ['PHILANTHROPY', 'Philanthropy (funders)'],
  ['EDUCATION', 'Education'], ['HEALTH', 'Health'], ['COMMUNITY', 'Community group'], ['FAITH', 'Faith'], ['RESEARCH', 'Research'], ['OTHER', 'Other'],
];
const tieTypes = [
  ['COLLABORATES', 'Collaborates: work together (weight: how strongly)'],
  ['COMMUNICATES', 'Communicates: in touch (weight: contacts a month)'],
  ['FUNDS', 'Funds (weight: the amount)'],
  ['REFERS', 'Refers people to (weight: referrals a year)'],
  ['SHARES_DATA', 'Shares data with'],
  ['FEEDS_INTO', 'Feeds into: its outputs are the next activity\'s inputs'],
];

const id = { name: 'id', label: 'Id', type: 'text', required: true, help: 'A short unique name for links and files; it cannot change later.' };
const name = { name: 'name', label: 'Name', type: 'text', required: true };
const since = { name: 'since', label: 'Joined on', type: 'date', help: 'Leave empty when unknown.' };
const until = { name: 'until', label: 'Left on', type: 'date', help: 'Set it when they leave: their history stays.' };

/** The form of each kind: fields in order. `pick` names the kinds a picker offers. */
export const forms = {
  ORGANIZATION: {
    noun: 'organization', prefix: 'o-', mutation: 'Organization',
    fields: [id, name, { name: 'sector', label: 'Sector', type: 'select', options: sectors, empty: 'Not set' },
      { name: 'communityLed', label: 'Community-led (run by and for the community it serves)', type: 'checkbox' },
      { name: 'goals', label: 'Goals it has committed to', type: 'multi', pick: ['GOAL'] }, since, until],
    read: 'id name sector communityLed since until revision goals(first: 1000) { items { id } }',
  },
  PERSON: {
    noun: 'person', prefix: 'p-', mutation: 'Person',
    fields: [id, name, { name: 'organization', label: 'Organization', type: 'pick', pick: ['ORGANIZATION'] },
      { name: 'role', label: 'Role', type: 'text' }, { name: 'email', label: 'E-mail', type: 'email' },
      { name: 'communityMember', label: 'A member of the community (lived experience)', type: 'checkbox' }, since, until],
    read: 'id name role email communityMember since until revision organization { id }',
  },
  GOAL: {
    noun: 'goal', prefix: 'g-', mutation: 'Goal',
    fields: [id, name, { name: 'description', label: 'Description', type: 'textarea' }],
    read: 'id name description revision',
  },
  INDICATOR: {
    noun: 'indicator', prefix: 'i-', mutation: 'Indicator',
    fields: [id, name, { name: 'goal', label: 'Goal it measures', type: 'pick', pick: ['GOAL'], required: true },
      { name: 'unit', label: 'Unit', type: 'text', help: 'e.g. %, children, days' },
      { name: 'direction', label: 'Which way is better', type: 'select', options: [['INCREASE', 'Higher is better'], ['DECREASE', 'Lower is better']] },
      { name: 'baselineValue', label: 'Baseline value', type: 'number' }, { name: 'baselineDate', label: 'Baseline date', type: 'date' },
      { name: 'targetValue', label: 'Target value', type: 'number' }, { name: 'targetDate', label: 'Target date', type: 'date' }],
    read: 'id name unit direction revision goal { id } baseline { value date } target { value date }',
  },
  ACTIVITY: {
    noun: 'activity', prefix: 'a-', mutation: 'Activity',
    fields: [id, name, { name: 'lead', label: 'Lead organization', type: 'pick', pick: ['ORGANIZATION'], required: true },
      { name: 'partners', label: 'Partner organizations', type: 'multi', pick: ['ORGANIZATION'] },
      { name: 'indicators', label: 'Indicators it moves', type: 'multi', pick: ['INDICATOR'] },
      { name: 'populations', label: 'Who it serves', type: 'text', help: 'Separate several with commas, e.g. children-3-5, families' },
      { name: 'places', label: 'Where', type: 'text', help: 'Separate several with commas' },
      { name: 'status', label: 'Status', type: 'select', options: [['PLANNED', 'Planned'], ['ACTIVE', 'Active'], ['COMPLETED', 'Completed']], empty: 'Not set' },
      { name: 'start', label: 'Starts on', type: 'date' }, { name: 'end', label: 'Ends on', type: 'date', help: 'Set it when it ends: its history stays.' }],
    read: 'id name status start end populations places revision lead { id } partners(first: 1000) { items { id } } indicators(first: 1000) { items { id } }',
  },
  TIE: {
    noun: 'tie', mutation: 'Tie',
    fields: [{ name: 'from', label: 'From', type: 'pick', pick: ['ORGANIZATION', 'PERSON', 'ACTIVITY'], required: true, key: true },
      { name: 'to', label: 'To', type: 'pick', pick: ['ORGANIZATION', 'PERSON', 'ACTIVITY'], required: true, key: true },
      { name: 'type', label: 'Kind of tie', type: 'select', options: tieTypes, required: true, key: true },
      { name: 'weight', label: 'Weight', type: 'number', help: 'Its meaning depends on the kind; 1 when empty.' },
      { name: 'since', label: 'Since', type: 'date' }, { name: 'until', label: 'Ended on', type: 'date', help: 'Set it to end the tie: its history stays.' }],
  },
  MEASUREMENT: {
    noun: 'measurement', mutation: 'Measurement',
    fields: [{ name: 'indicator', label: 'Indicator', type: 'pick', pick: ['INDICATOR'], required: true, key: true },
      { name: 'date', label: 'Date measured', type: 'date', required: true, key: true },
      { name: 'value', label: 'Value', type: 'number', required: true },
      { name: 'reportedBy', label: 'Reported by', type: 'pick', pick: ['ORGANIZATION'] }],
  },
};

const list = (text) => String(text || '').split(',').map((s) => s.trim()).filter(Boolean);
const orNull = (v) => (v === '' || v == null ? null : v);
const number = (v) => (v === '' || v == null ? null : Number(v));

/** An entry as the API reads it → the form's values (ids for references, text for lists). */
export function toForm(kind, entry) {
  if (!entry) return {};
  switch (kind) {
    case 'ORGANIZATION': return { ...entry, goals: entry.goals?.items?.map((g) => g.id) || [] };
    case 'PERSON': return { ...entry, organization: entry.organization?.id ?? entry.organization ?? '' };
    case 'INDICATOR': return {
      ...entry, goal: entry.goal?.id || '', baselineValue: entry.baseline?.value ?? '', baselineDate: entry.baseline?.date || '',
      targetValue: entry.target?.value ?? '', targetDate: entry.target?.date || '',
    };
    case 'ACTIVITY': return {
      ...entry, lead: entry.lead?.id || '', partners: entry.partners?.items?.map((p) => p.id) || [],
      indicators: entry.indicators?.items?.map((i) => i.id) || [], populations: (entry.populations || []).join(', '), places: (entry.places || []).join(', '),
    };
    case 'TIE': return { ...entry, from: entry.from?.id ?? entry.from, to: entry.to?.id ?? entry.to };
    case 'MEASUREMENT': return { ...entry, indicator: entry.indicator?.id ?? entry.indicator, reportedBy: entry.reportedBy?.id ?? entry.reportedBy ?? '' };
    default: return { ...entry };
  }
}

/** The form's values → the mutation's input (the whole entry: an update replaces it). */
export function toInput(kind, v) {
  switch (kind) {
    case 'ORGANIZATION': return { id: v.id, name: v.name, sector: orNull(v.sector), communityLed: !!v.communityLed, goals: v.goals || [], since: orNull(v.since), until: orNull(v.until) };
    case 'PERSON': return { id: v.id, name: v.name, organization: orNull(v.organization), role: orNull(v.role), email: orNull(v.email), communityMember: !!v.communityMember, since: orNull(v.since), until: orNull(v.until) };
    case 'GOAL': return { id: v.id, name: v.name, description: orNull(v.description) };
    case 'INDICATOR': return {
      id: v.id, name: v.name, goal: v.goal, unit: orNull(v.unit), direction: v.direction || 'INCREASE',
      baseline: number(v.baselineValue) == null ? null : { value: number(v.baselineValue), date: orNull(v.baselineDate) },
      target: number(v.targetValue) == null ? null : { value: number(v.targetValue), date: orNull(v.targetDate) },
    };
    case 'ACTIVITY': return {
      id: v.id, name: v.name, lead: v.lead, partners: v.partners || [], indicators: v.indicators || [],
      populations: list(v.populations), places: list(v.places), status: orNull(v.status), start: orNull(v.start), end: orNull(v.end),
    };
    case 'TIE': return { from: v.from, to: v.to, type: v.type, weight: number(v.weight), since: orNull(v.since), until: orNull(v.until) };
    case 'MEASUREMENT': return { indicator: v.indicator, date: v.date, value: number(v.value), reportedBy: orNull(v.reportedBy) };
    default: throw new Error(`No form for ${kind}.`);
  }
}

/** The form field a server problem's path names: `input.goals[1]` → goals, `input.baseline.value` → baselineValue. */
export function fieldOf(kind, path) {
  const match = /^(?:input|id)(?:\.(\w+))?(?:\.(\w+))?/.exec(path || '');
  if (!match) return null;
  if (!match[1]) return path?.startsWith('id') ? 'id' : null;
  const [, first, second] = match;
  if ((first === 'baseline' || first === 'target') && kind === 'INDICATOR') return `${first}${second === 'date' ? 'Date' : 'Value'}`;
  return forms[kind]?.fields.some((f) => f.name === first) ? first : null;
}

/** What differs between the entry as the form opened it and as it is now: [{ field, label, then, now }]. */
export function differences(kind, opened, now) {
  const a = toForm(kind, opened);
  const b = toForm(kind, now);
  const text = (v) => (Array.isArray(v) ? v.join(', ') : v == null || v === '' ? '' : String(v));
  return forms[kind].fields
    .filter((f) => text(a[f.name]) !== text(b[f.name]))
    .map((f) => ({ field: f.name, label: f.label, then: text(a[f.name]), now: text(b[f.name]) }));
}

/** A new entry's id from its name: the kind's prefix and the name's words, lower case (the person can change it). */
export function suggestId(kind, text) {
  const slug = String(text || '').normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
    .replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 40);
  return slug ? `${forms[kind].prefix || ''}${slug}` : '';
}

/** A picker's text → an id: "Name (id)", an id itself, or a name only one node has; otherwise the text as typed. */
export function pickedId(text, nodes) {
  const value = String(text || '').trim();
  if (!value) return '';
  const inParens = /\(([^()]+)\)$/.exec(value)?.[1];
  if (inParens && nodes.some((n) => n.id === inParens)) return inParens;
  if (nodes.some((n) => n.id === value)) return value;
  const named = nodes.filter((n) => n.name === value);
  return named.length === 1 ? named[0].id : value;
}
