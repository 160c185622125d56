// The partner survey's questions (analyses.md §7; the PARTNER tool's trust and value scales, Varda et al. 2008), in
// the words the form shows. One place for the form and the backbone's results page.

export const levels = [
  { value: 1, name: 'Awareness', meaning: 'We know of each other and what each does.' },
  { value: 2, name: 'Cooperative', meaning: 'We share information and meet now and then.' },
  { value: 3, name: 'Coordinated', meaning: 'We plan or run activities together and share resources.' },
  { value: 4, name: 'Integrated', meaning: 'We work as one: shared goals, agreements and resources.' },
];

export const frequencies = [
  { value: 'DAILY', name: 'Every day' },
  { value: 'WEEKLY', name: 'Every week' },
  { value: 'MONTHLY', name: 'Every month' },
  { value: 'QUARTERLY', name: 'Every few months' },
  { value: 'YEARLY', name: 'Once a year or less' },
];

export const scale = [
  { value: 1, name: 'Not at all' },
  { value: 2, name: 'A little' },
  { value: 3, name: 'A fair amount' },
  { value: 4, name: 'A great deal' },
];

export const trustQuestions = [
  { field: 'reliable', text: 'How reliable is this partner? (They follow through on what they say they will do.)' },
  { field: 'supportsMission', text: 'How much does this partner support the mission we share?' },
  { field: 'openToDiscussion', text: 'How open to discussion is this partner? (Willing to listen and to change.)' },
];

export const valueQuestions = [
  { field: 'influence', text: 'How much power and influence does this partner have in the community?' },
  { field: 'involvement', text: 'How involved is this partner in our shared work?' },
  { field: 'resources', text: 'How much does this partner contribute resources (money, people, data, space, know-how)?' },
];

export const scoreFields = ['level', ...trustQuestions.map((q) => q.field), ...valueQuestions.map((q) => q.field)];
