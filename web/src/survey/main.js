// The partner survey form (issue 18; docs/survey.md, "The form"): what a partner's personal link opens. The link's
// secret comes in the address's fragment (#key=…, never sent to a server), is kept for this tab only and taken off
// the address at once. The page talks to /graphql with that key alone: the key can read this form and save these
// answers, nothing else. Drafts are saved on the server, so the same link resumes them on any device.
import './survey.css';
import { AuthRequiredError, gqlWrite } from '../lib/api.js';
import { frequencies, levels, scale, scoreFields, trustQuestions, valueQuestions } from './questions.js';
import { problemsByPlace } from './problems.js';
import { escapeHtml as escape } from '../lib/html.js';

const $ = (id) => document.getElementById(id);
const storageKey = 'ci-graph.survey-key';

const formQuery = `{ surveyForm { round name question opens closes open organization organizationName
  partners { id name sector }
  response { updated submitted openAnswer answers { partner worksTogether frequency level reliable supportsMission openToDiscussion influence involvement resources achieved } } } }`;
const saveMutation = `mutation SaveSurvey($answers: [SurveyPartnerAnswerInput!]!, $openAnswer: String, $submit: Boolean!) {
  saveSurveyResponse(answers: $answers, openAnswer: $openAnswer, submit: $submit) { updated submitted } }`;

let form = null;
const chosen = []; // partner ids in the order added; the cards follow it
let serial = 0;

function adoptKey() {
  const match = /(?:^#|&)key=([^&]+)/.exec(location.hash || '');
  if (match) {
    sessionStorage.setItem(storageKey, decodeURIComponent(match[1]));
    history.replaceState(null, '', location.pathname + location.search);
  }
  return sessionStorage.getItem(storageKey) || '';
}

/** One request with this tab's survey link (never the tab's API key); a link that no longer works says so in words. */
async function call(query, variables = {}) {
  try {
    return await gqlWrite(query, variables, { key: sessionStorage.getItem(storageKey) || '' });
  } catch (e) {
    if (e instanceof AuthRequiredError) {
      throw new Error('This survey link no longer works: the round has closed, or the backbone replaced the link. Ask the backbone team for a new one.');
    }
    throw new Error(`The survey cannot be reached (${e.message}). Check your connection and try again; nothing was lost.`);
  }
}

function status(text, kind = '') {
  const el = $('survey-status');
  el.textContent = text;
  el.className = kind || 'muted';
}

function writtenDate(iso) {
  return new Date(`${iso}T00:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

function partner(id) {
  return form.partners.find((p) => p.id === id) || { id, name: id };
}

function radios(name, legend, options, value, describedBy) {
  return `<fieldset class="choice" data-field="${name.split('-').pop()}" aria-describedby="${describedBy}">
    <legend>${escape(legend)}</legend>
    <div class="options">${options.map((o) => `<label><input type="radio" name="${name}" value="${o.value}"${String(value) === String(o.value) ? ' checked' : ''}>
      <span><strong>${o.value}</strong> ${escape(o.name)}${o.meaning ? `<small>${escape(o.meaning)}</small>` : ''}</span></label>`).join('')}</div>
    <p class="field-error" id="${describedBy}" hidden></p>
  </fieldset>`;
}

function card(answer) {
  const n = ++serial;
  const p = partner(answer.partner);
  const works = answer.worksTogether;
  const el = document.createElement('fieldset');
  el.className = 'answer';
  el.dataset.partner = answer.partner;
  el.id = `answer-${n}`;
  el.innerHTML = `<legend><span class="partner-name">${escape(p.name)}</span></legend>
    <button type="button" class="remove" aria-label="Remove ${escape(p.name)} from your answers">Remove</button>
    <p class="field-error" id="a${n}-partner-error" hidden></p>
    <fieldset class="choice works" data-field="worksTogether">
      <legend>Do you work with ${escape(p.name)}?</legend>
      <div class="options inline">
        <label><input type="radio" name="a${n}-works" value="yes"${works === true ? ' checked' : ''}> <span>Yes</span></label>
        <label><input type="radio" name="a${n}-works" value="no"${works === false ? ' checked' : ''}> <span>No</span></label>
      </div>
    </fieldset>
    <div class="details"${works === true ? '' : ' hidden'}>
      <div class="field" data-field="frequency">
        <label for="a${n}-frequency">How often are you in touch?</label>
        <select id="a${n}-frequency" aria-describedby="a${n}-frequency-error">
          <option value="">Choose…</option>
          ${frequencies.map((f) => `<option value="${f.value}"${answer.frequency === f.value ? ' selected' : ''}>${escape(f.name)}</option>`).join('')}
        </select>
        <p class="field-error" id="a${n}-frequency-error" hidden></p>
      </div>
      ${radios(`a${n}-level`, 'How closely do you work together?', levels, answer.level, `a${n}-level-error`)}
      <h3>Trust</h3>
      ${trustQuestions.map((q) => radios(`a${n}-${q.field}`, q.text, scale, answer[q.field], `a${n}-${q.field}-error`)).join('')}
      <h3>Value</h3>
      ${valueQuestions.map((q) => radios(`a${n}-${q.field}`, q.text, scale, answer[q.field], `a${n}-${q.field}-error`)).join('')}
      <div class="field" data-field="achieved">
        <label for="a${n}-achieved">What has working with ${escape(p.name)} achieved? <span class="muted small">(optional)</span></label>
        <textarea id="a${n}-achieved" rows="3" maxlength="2000" aria-describedby="a${n}-achieved-error">${escape(answer.achieved || '')}</textarea>
        <p class="field-error" id="a${n}-achieved-error" hidden></p>
      </div>
    </div>`;
  el.dataset.serial = n;
  el.addEventListener('change', (event) => {
    if (event.target.name === `a${n}-works`) {
      el.querySelector('.details').hidden = event.target.value !== 'yes';
    }
    markUnsaved();
  });
  el.querySelector('.remove').addEventListener('click', () => {
    chosen.splice(chosen.indexOf(answer.partner), 1);
    el.remove();
    renderPartners();
    updateCount();
    markUnsaved();
    $('partner-search').focus();
    $('saved-note').textContent = `${p.name} removed from your answers.`;
  });
  return el;
}

function add(answer, focus = false) {
  if (chosen.includes(answer.partner)) return;
  chosen.push(answer.partner);
  const el = card(answer);
  $('answers').append(el);
  updateCount();
  if (focus) {
    el.querySelector('input[type=radio]').focus();
    el.scrollIntoView({ block: 'start', behavior: 'smooth' });
  }
}

function updateCount() {
  $('no-answers').hidden = chosen.length > 0;
  $('answer-count').textContent = chosen.length ? `(${chosen.length} partner${chosen.length === 1 ? '' : 's'})` : '';
}

function renderPartners() {
  const words = $('partner-search').value.trim().toLowerCase().split(/\s+/).filter(Boolean);
  const matches = form.partners.filter((p) => !chosen.includes(p.id) && words.every((w) => p.name.toLowerCase().includes(w)));
  const shown = matches.slice(0, 50);
  $('partner-list').innerHTML = shown.map((p) => `<li><span>${escape(p.name)}</span>
    <button type="button" data-add="${escape(p.id)}" ${form.open ? '' : 'disabled'}>Add<span class="sr-only"> ${escape(p.name)}</span></button></li>`).join('');
  const left = form.partners.length - chosen.length;
  $('partner-count').textContent = words.length
    ? `${matches.length} of ${left} partners match${matches.length > shown.length ? `; the first ${shown.length} are shown` : ''}.`
    : `${left} partners to choose from${matches.length > shown.length ? `; the first ${shown.length} are shown, type to find others` : ''}.`;
}

function valueOf(el, n, field) {
  const checked = el.querySelector(`input[name="a${n}-${field}"]:checked`);
  return checked ? Number(checked.value) : null;
}

function collect() {
  return [...$('answers').querySelectorAll('fieldset.answer')].map((el) => {
    const n = el.dataset.serial;
    const works = el.querySelector(`input[name="a${n}-works"]:checked`)?.value;
    const answer = { partner: el.dataset.partner, worksTogether: works === 'yes' };
    if (works === 'yes') {
      answer.frequency = el.querySelector(`#a${n}-frequency`).value || null;
      for (const field of scoreFields) answer[field] = valueOf(el, n, field);
      answer.achieved = el.querySelector(`#a${n}-achieved`).value.trim() || null;
    }
    return { answer, answered: works != null, name: partner(answer.partner).name, el };
  });
}

function clearProblems() {
  $('survey-problems').hidden = true;
  $('survey-problems').innerHTML = '';
  for (const el of document.querySelectorAll('.field-error')) {
    el.hidden = true;
    el.textContent = '';
  }
  for (const el of document.querySelectorAll('[aria-invalid]')) el.removeAttribute('aria-invalid');
}

function showProblems(items, sent) {
  const places = problemsByPlace(items);
  const links = [];
  for (const { index, field, message } of places) {
    const entry = index == null ? null : sent[index];
    let target = null;
    let error = null;
    if (field === 'openAnswer') {
      target = $('open-answer');
      error = $('open-answer-error');
    } else if (entry) {
      const n = entry.el.dataset.serial;
      error = document.getElementById(`a${n}-${field}-error`) || document.getElementById(`a${n}-partner-error`);
      target = entry.el.querySelector(`#a${n}-${field}`) || entry.el.querySelector(`input[name="a${n}-${field}"]`) || entry.el.querySelector('input');
    }
    if (error) {
      error.textContent = message;
      error.hidden = false;
    }
    const holder = target?.closest('fieldset.choice') || target;
    holder?.setAttribute('aria-invalid', 'true');
    const where = entry ? `${entry.name}: ` : '';
    links.push(target?.id
      ? `<li><a href="#${target.id}">${escape(where + message)}</a></li>`
      : `<li>${escape(where + message)}</li>`);
  }
  $('survey-problems').innerHTML = `<p><strong>${places.length === 1 ? 'One answer needs' : `${places.length} answers need`} a look before this can be saved:</strong></p><ul>${links.join('')}</ul>`;
  $('survey-problems').hidden = false;
  $('survey-problems').focus();
}

let unsaved = false;
function markUnsaved() {
  unsaved = true;
  $('saved-note').textContent = 'Changes not saved yet.';
}
window.addEventListener('beforeunload', (event) => {
  if (unsaved) event.preventDefault();
});

async function save(submit) {
  clearProblems();
  const entries = collect();
  const unanswered = entries.filter((e) => !e.answered);
  if (unanswered.length) {
    showProblems(unanswered.map((e) => ({ path: `input.answers[${entries.indexOf(e)}].worksTogether`, message: 'Say whether you work together, or remove this partner.' })), entries);
    return;
  }
  for (const button of [$('save-draft'), $('submit-answers')]) button.disabled = true;
  $('saved-note').textContent = submit ? 'Submitting…' : 'Saving…';
  try {
    const { data, errors } = await call(saveMutation, {
      answers: entries.map((e) => e.answer),
      openAnswer: form.question ? $('open-answer').value : null,
      submit,
    });
    if (!data?.saveSurveyResponse) {
      const problems = errors.flatMap((e) => e.extensions?.problems || [{ path: '', message: e.message }]);
      showProblems(problems, entries);
      $('saved-note').textContent = submit ? 'Not submitted.' : 'Not saved.';
      return;
    }
    unsaved = false;
    const time = new Date(data.saveSurveyResponse.updated).toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' });
    $('saved-note').textContent = submit
      ? `Submitted at ${time}. Thank you! You can still change your answers until ${writtenDate(form.closes)}.`
      : `Draft saved at ${time}. It counts once you submit.`;
    status(submit ? 'Your answers are submitted.' : 'Your draft is saved: come back with the same link to finish it.', 'ok');
  } catch (e) {
    $('saved-note').textContent = '';
    status(e.message, 'error');
  } finally {
    for (const button of [$('save-draft'), $('submit-answers')]) button.disabled = !form.open;
  }
}

async function open() {
  if (!adoptKey()) {
    status('This page needs the personal survey link the backbone team sent your organization. Open that link (it ends in #key=…).', 'error');
    $('survey').setAttribute('aria-busy', 'false');
    return;
  }
  try {
    const { data, errors } = await call(formQuery);
    if (!data?.surveyForm) throw new Error(errors.map((e) => e.message).join(' ') || 'The survey could not be opened.');
    form = data.surveyForm;
  } catch (e) {
    status(e.message, 'error');
    $('survey').setAttribute('aria-busy', 'false');
    return;
  }
  document.title = `${form.name} · Partner survey`;
  $('survey-title').textContent = form.name;
  $('survey-who').textContent = `Answering for ${form.organizationName} · open ${writtenDate(form.opens)} to ${writtenDate(form.closes)}`;
  $('closes-on').textContent = writtenDate(form.closes);
  if (form.question) {
    $('open-question').hidden = false;
    $('open-question-text').textContent = form.question;
    $('open-answer').value = form.response?.openAnswer || '';
  }
  for (const answer of form.response?.answers || []) add(answer);
  renderPartners();
  $('survey-form').hidden = false;
  const response = form.response;
  status(!form.open
    ? (new Date() < new Date(`${form.opens}T00:00:00Z`) ? `This survey opens on ${writtenDate(form.opens)}; you can look at it now and answer from then.` : 'This survey is closed; your answers are shown as they were.')
    : response?.submitted ? 'Your answers are submitted. You can change them and submit again until the round closes.'
    : response ? 'Welcome back: your draft is loaded. Finish it and submit when you are ready.'
    : 'Add each partner you work with, answer for each, then submit.', form.open ? 'muted' : 'error');
  for (const el of $('survey-form').querySelectorAll('input, select, textarea, button')) {
    if (!form.open) el.disabled = true;
  }
  if (!form.open) $('partner-search').disabled = false;
  $('survey').setAttribute('aria-busy', 'false');
}

$('partner-search').addEventListener('input', renderPartners);
$('partner-list').addEventListener('click', (event) => {
  const button = event.target.closest('button[data-add]');
  if (!button) return;
  add({ partner: button.dataset.add, worksTogether: null }, true);
  renderPartners();
  markUnsaved();
  $('saved-note').textContent = `${partner(button.dataset.add).name} added below.`;
});
$('save-draft').addEventListener('click', () => save(false));
$('survey-form').addEventListener('submit', (event) => {
  event.preventDefault();
  save(true);
});
$('open-answer').addEventListener('input', markUnsaved);

open();
