// Builds the FULL projection (network-format.md) in the browser as a graphology graph: every goal,
// indicator, organization, person and activity is a node; edges are every tie plus membership, lead,
// partner, activity–indicator, indicator–goal and commitment links, parallel ones collapsed into one.
import Graph from 'graphology';

function addNode(graph, item, kind, extra = {}) {
  graph.addNode(item.id, { label: item.name, kind, ...extra });
}

function link(graph, a, b, relation) {
  if (!a || !b || a === b || !graph.hasNode(a) || !graph.hasNode(b)) return;
  const existing = graph.edge(a, b);
  if (existing) {
    const relations = graph.getEdgeAttribute(existing, 'relations');
    if (!relations.includes(relation)) relations.push(relation);
    graph.updateEdgeAttribute(existing, 'weight', (w) => w + 1);
    return;
  }
  graph.addUndirectedEdge(a, b, { relations: [relation], weight: 1 });
}

export function buildGraph(network) {
  const graph = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
  const backbone = network.initiative?.backbone?.id;
  for (const goal of network.goals) addNode(graph, goal, 'GOAL');
  for (const indicator of network.indicators) addNode(graph, indicator, 'INDICATOR', { goal: indicator.goal.id });
  for (const org of network.organizations) {
    addNode(graph, org, 'ORGANIZATION', {
      sector: org.sector || 'OTHER',
      communityLed: org.communityLed,
      backbone: org.id === backbone,
    });
  }
  for (const person of network.people) {
    addNode(graph, person, 'PERSON', { organization: person.organization?.id, communityMember: person.communityMember });
  }
  for (const activity of network.activities) addNode(graph, activity, 'ACTIVITY', { status: activity.status });

  for (const indicator of network.indicators) link(graph, indicator.id, indicator.goal.id, 'MEASURES');
  for (const org of network.organizations) for (const goal of org.goals.ids) link(graph, org.id, goal, 'COMMITTED_TO');
  for (const person of network.people) link(graph, person.id, person.organization?.id, 'MEMBER_OF');
  for (const activity of network.activities) {
    link(graph, activity.id, activity.lead.id, 'LEADS');
    for (const partner of activity.partners.ids) link(graph, activity.id, partner, 'PARTNERS_ON');
    for (const indicator of activity.indicators.ids) link(graph, activity.id, indicator, 'MOVES');
  }
  for (const tie of network.ties) link(graph, tie.from.id, tie.to.id, tie.type);
  return graph;
}

/** The goals each node serves, for the goal filter: through commitments, indicators and activities. */
export function goalsByNode(network) {
  const goals = new Map();
  const add = (id, goal) => {
    if (!goals.has(id)) goals.set(id, new Set());
    goals.get(id).add(goal);
  };
  const goalOfIndicator = new Map(network.indicators.map((i) => [i.id, i.goal.id]));
  for (const goal of network.goals) add(goal.id, goal.id);
  for (const indicator of network.indicators) add(indicator.id, indicator.goal.id);
  for (const org of network.organizations) for (const goal of org.goals.ids) add(org.id, goal);
  for (const activity of network.activities) {
    for (const indicator of activity.indicators.ids) {
      const goal = goalOfIndicator.get(indicator);
      if (!goal) continue;
      add(activity.id, goal);
      add(activity.lead.id, goal);
      for (const partner of activity.partners.ids) add(partner, goal);
    }
  }
  for (const person of network.people) {
    for (const goal of goals.get(person.organization?.id) || []) add(person.id, goal);
  }
  return goals;
}

/**
 * Makes `graph` (drawn, with positions) hold what `next` holds, in place, so the map follows an edit without a
 * reload: nodes and edges gone are dropped, new ones added (a new node placed among its neighbours, or near the
 * middle), and the attributes of the rest replaced. Returns what changed: { added, dropped, updated } node ids.
 */
export function patchGraph(graph, next) {
  const dropped = graph.filterNodes((id) => !next.hasNode(id));
  for (const id of dropped) graph.dropNode(id);
  const added = [];
  const updated = [];
  next.forEachNode((id, attrs) => {
    if (graph.hasNode(id)) {
      const old = graph.getNodeAttributes(id);
      if (Object.keys(attrs).some((k) => old[k] !== attrs[k])) updated.push(id);
      graph.mergeNodeAttributes(id, attrs);
      return;
    }
    // A renderer draws a node as soon as it is added: it comes with its place, among its neighbours already drawn
    // (a little off their centre, so it does not sit on one of them), or near the middle.
    const placed = next.neighbors(id).filter((n) => graph.hasNode(n) && Number.isFinite(graph.getNodeAttribute(n, 'x')));
    const mean = (key) => (placed.length ? placed.reduce((sum, n) => sum + graph.getNodeAttribute(n, key), 0) / placed.length : 0);
    const angle = (added.length + 1) * 2.399;
    graph.addNode(id, { ...attrs, x: mean('x') + 0.02 * Math.cos(angle), y: mean('y') + 0.02 * Math.sin(angle) });
    added.push(id);
  });
  graph.forEachEdge((edge, attrs, a, b) => { if (!next.hasEdge(a, b)) graph.dropEdge(edge); });
  next.forEachEdge((edge, attrs, a, b) => {
    const existing = graph.edge(a, b);
    if (existing) graph.replaceEdgeAttributes(existing, { ...graph.getEdgeAttributes(existing), ...attrs, relations: [...attrs.relations] });
    else graph.addUndirectedEdge(a, b, { ...attrs, relations: [...attrs.relations] });
  });
  return { added, dropped, updated };
}
