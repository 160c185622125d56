// A long analysis answers at once with a background job (docs/jobs.md): poll it until it ends, telling the page how
// far it is, then read the result (the API serves it from its cache). Pure logic apart from renderProgress, so the
// polling is tested in Node (test/jobs.test.mjs).

export const jobFields = 'job { id state progress estimatedSecondsLeft error { code message } }';

export const pollQuery = `query AnalysisJob($id: ID!) { analysisJob(id: $id) { id state progress estimatedSecondsLeft error { code message } } }`;

const finalStates = new Set(['SUCCEEDED', 'FAILED', 'CANCELLED', 'EXPIRED']);

/** A job that ended without a result: its code (JOB_CANCELLED, JOB_EXPIRED, …) and the API's message. */
export class JobFailedError extends Error {
  constructor(job) {
    super(job.error?.message || `The analysis job ended ${String(job.state).toLowerCase()}.`);
    this.name = 'JobFailedError';
    this.code = job.error?.code || job.state;
    this.job = job;
  }
}

/**
 * Polls `job` until it ends, calling `onProgress(job)` with each state seen (the first at once). Waits `interval` ms
 * between polls, growing by half each time up to `maxInterval` (each poll also keeps the job alive: the API stops a
 * job nobody polls for Jobs:AbandonAfter, 10 min by default). Resolves with the succeeded job; rejects with
 * JobFailedError when it failed, was cancelled or expired, or the API no longer knows it.
 * `request(query, variables)` returns the response's data.
 */
export async function waitForJob(job, { request, onProgress = () => {}, interval = 1000, maxInterval = 5000, sleep = delay }) {
  let current = job;
  let wait = interval;
  onProgress(current);
  while (!finalStates.has(current.state)) {
    await sleep(wait);
    wait = Math.min(maxInterval, Math.round(wait * 1.5));
    const data = await request(pollQuery, { id: current.id });
    if (!data?.analysisJob) {
      throw new JobFailedError({ ...current, state: 'EXPIRED', error: { code: 'NOT_FOUND', message: 'The analysis job is no longer known to the API.' } });
    }
    current = data.analysisJob;
    onProgress(current);
  }
  if (current.state !== 'SUCCEEDED') throw new JobFailedError(current);
  return current;
}

/** "about 1 min 30 s", "about 20 s", "about 2 h 5 min"; '' when unknown. */
export function formatSeconds(seconds) {
  if (seconds == null || !Number.isFinite(seconds) || seconds < 0) return '';
  const s = Math.max(1, Math.round(seconds));
  if (s < 60) return `about ${s} s`;
  if (s < 3600) {
    const m = Math.floor(s / 60);
    const rest = s % 60;
    return `about ${m} min${rest ? ` ${rest} s` : ''}`;
  }
  const h = Math.floor(s / 3600);
  const m = Math.round((s % 3600) / 60);
  return `about ${h} h${m ? ` ${m} min` : ''}`;
}

/** What a job is doing, in words: "Computing betweenness centrality: 42%, about 1 min 30 s left". */
export function progressText(label, job) {
  switch (job.state) {
    case 'QUEUED': return `Computing ${label}: waiting for a worker…`;
    case 'RUNNING': {
      const left = formatSeconds(job.estimatedSecondsLeft);
      return `Computing ${label}: ${Math.round(100 * (job.progress || 0))}%${left ? `, ${left} left` : ''}`;
    }
    case 'SUCCEEDED': return `Computed ${label}.`;
    default: return `${label} could not be computed (${String(job.state).toLowerCase()}).`;
  }
}

/**
 * Shows one job's progress in `element`: an accessible progress bar (role progressbar, value 0–100, the text as its
 * value text) and the same text beside it. A queued job has no value yet (an indeterminate bar).
 */
export function renderProgress(element, label, job) {
  const text = progressText(label, job);
  const percent = Math.round(100 * (job.progress || 0));
  const determinate = job.state !== 'QUEUED';
  element.hidden = false;
  element.innerHTML = `<div class="job-bar" role="progressbar" aria-label="${escapeAttribute(`Computing ${label}`)}"
      aria-valuemin="0" aria-valuemax="100" ${determinate ? `aria-valuenow="${percent}"` : ''} aria-valuetext="${escapeAttribute(text)}">
      <div class="job-bar-fill" style="width: ${determinate ? percent : 0}%"></div></div>
    <span class="job-text" aria-live="polite">${escapeAttribute(text)}</span>`;
}

function escapeAttribute(text) {
  return String(text).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
}

function delay(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
