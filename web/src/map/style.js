// Colours for the map. Kinds use well-separated hues; sectors a qualitative palette (Tableau 10) so
// ten sectors stay distinguishable; communities cycle through the same palette.
export const kindColors = {
  GOAL: '#d62728',
  INDICATOR: '#ff7f0e',
  ORGANIZATION: '#1f77b4',
  PERSON: '#b4bcc6',
  ACTIVITY: '#2ca02c',
};

export const kindLabels = {
  GOAL: 'Goal',
  INDICATOR: 'Indicator',
  ORGANIZATION: 'Organization',
  PERSON: 'Person',
  ACTIVITY: 'Activity',
};

export const kindPlurals = {
  GOAL: 'Goals',
  INDICATOR: 'Indicators',
  ORGANIZATION: 'Organizations',
  PERSON: 'People',
  ACTIVITY: 'Activities',
};

export const sectorColors = {
  NONPROFIT: '#4e79a7',
  GOVERNMENT: '#f28e2b',
  BUSINESS: '#e15759',
  PHILANTHROPY: '#76b7b2',
  EDUCATION: '#59a14f',
  HEALTH: '#edc948',
  COMMUNITY: '#b07aa1',
  FAITH: '#ff9da7',
  RESEARCH: '#9c755f',
  OTHER: '#bab0ac',
};

const palette = [
  '#4e79a7', '#f28e2b', '#e15759', '#76b7b2', '#59a14f', '#edc948', '#b07aa1', '#ff9da7', '#9c755f',
  '#bab0ac', '#1b9e77', '#d95f02', '#7570b3', '#e7298a', '#66a61e', '#e6ab02',
];

export function communityColor(index) {
  return palette[index % palette.length];
}

export const fadedColor = '#e3e6ea';
export const edgeColor = '#d9dee4';
export const highlightEdgeColor = '#5b6b7b';
export const brokerageColor = '#c2185b';
export const articulationColor = '#111111';

export function titleCase(value) {
  return String(value || '')
    .toLowerCase()
    .replace(/_/g, ' ')
    .replace(/^\w/, (c) => c.toUpperCase());
}
