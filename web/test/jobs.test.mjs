// The map's polling of a background analysis job (src/map/jobs.js), in Node: a scripted API answers the polls, so no
// browser or service is needed. The states and fields are the API's AnalysisJob (schema.graphql, docs/jobs.md).
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { JobFailedError, formatSeconds, pollQuery, progressText, waitForJob } from '../src/map/jobs.js';

/** An API that answers each poll with the next job state, recording the variables and the waits. */
function scriptedApi(states) {
  const polls = [];
  const waits = [];
  return {
    polls,
    waits,
    request: async (query, variables) => {
      assert.equal(query, pollQuery);
      polls.push(variables);
      return { analysisJob: states.shift() ?? null };
    },
    sleep: async (ms) => { waits.push(ms); },
  };
}

describe('waiting for a background job', () => {
  test('polls until it succeeds, reporting every state seen, with growing waits', async () => {
    const api = scriptedApi([
      { id: 'j1', state: 'RUNNING', progress: 0.25, estimatedSecondsLeft: 90 },
      { id: 'j1', state: 'RUNNING', progress: 0.5, estimatedSecondsLeft: 60 },
      { id: 'j1', state: 'SUCCEEDED', progress: 1, estimatedSecondsLeft: null },
    ]);
    const seen = [];

    const done = await waitForJob({ id: 'j1', state: 'QUEUED', progress: 0 }, {
      request: api.request, sleep: api.sleep, onProgress: (job) => seen.push(`${job.state} ${job.progress}`), interval: 1000, maxInterval: 2000,
    });

    assert.equal(done.state, 'SUCCEEDED');
    assert.deepEqual(seen, ['QUEUED 0', 'RUNNING 0.25', 'RUNNING 0.5', 'SUCCEEDED 1']);
    assert.deepEqual(api.polls, [{ id: 'j1' }, { id: 'j1' }, { id: 'j1' }]);
    assert.deepEqual(api.waits, [1000, 1500, 2000]);
  });

  test('a job already succeeded is not polled', async () => {
    const api = scriptedApi([]);
    await waitForJob({ id: 'j1', state: 'SUCCEEDED', progress: 1 }, { request: api.request, sleep: api.sleep });
    assert.equal(api.polls.length, 0);
  });

  test('a cancelled, failed or expired job rejects with its code and message', async () => {
    for (const [state, code] of [['CANCELLED', 'JOB_CANCELLED'], ['FAILED', 'ANALYSIS_DID_NOT_CONVERGE'], ['EXPIRED', 'JOB_EXPIRED']]) {
      const api = scriptedApi([{ id: 'j1', state, progress: 0, error: { code, message: `It ended ${state}.` } }]);
      await assert.rejects(
        waitForJob({ id: 'j1', state: 'RUNNING', progress: 0.1 }, { request: api.request, sleep: api.sleep }),
        (error) => error instanceof JobFailedError && error.code === code && error.message === `It ended ${state}.`,
      );
    }
  });

  test('a job the API no longer knows rejects as NOT_FOUND instead of polling forever', async () => {
    const api = scriptedApi([null]);
    await assert.rejects(
      waitForJob({ id: 'gone', state: 'QUEUED', progress: 0 }, { request: api.request, sleep: api.sleep }),
      (error) => error instanceof JobFailedError && error.code === 'NOT_FOUND',
    );
  });
});

describe('progress in words', () => {
  test('running: the percentage and the time left', () => {
    assert.equal(progressText('betweenness centrality', { state: 'RUNNING', progress: 0.42, estimatedSecondsLeft: 90 }),
      'Computing betweenness centrality: 42%, about 1 min 30 s left');
    assert.equal(progressText('betweenness centrality', { state: 'RUNNING', progress: 0, estimatedSecondsLeft: null }),
      'Computing betweenness centrality: 0%');
    assert.equal(progressText('x', { state: 'QUEUED', progress: 0 }), 'Computing x: waiting for a worker…');
  });

  test('durations read as people say them', () => {
    assert.deepEqual([formatSeconds(0.2), formatSeconds(20), formatSeconds(60), formatSeconds(3725), formatSeconds(null)],
      ['about 1 s', 'about 20 s', 'about 1 min', 'about 1 h 2 min', '']);
  });
});
