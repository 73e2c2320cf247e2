// The meeting stage: the question large, and the countdown, for everyone in the meeting. It asks
// the bot for the stage view (?surface=stage), which never carries the interviewer's hints or
// notes, whoever's screen it runs on.
(function () {
  'use strict';

  const REFRESH_MS = 4000;
  const client = window.MockInterviewPanel;
  const el = (id) => document.getElementById(id);
  const state = { connection: null, view: null, offsetMs: 0, tick: 0, poll: 0 };

  function showMessage(text) {
    state.view = null;
    clearTimeout(state.tick);
    el('session').hidden = true;
    el('message').hidden = false;
    el('message').textContent = text;
  }

  function renderClock() {
    clearTimeout(state.tick);
    const wait = client.renderCountdown(state.view, state.offsetMs, el('countdown'), el('clock-note'), () => '');
    if (wait > 0) {
      state.tick = setTimeout(renderClock, wait);
    }
  }

  async function refresh() {
    try {
      const result = await client.fetchView(state.connection, 'stage');
      if (result.status === 401 || result.status === 403) {
        clearInterval(state.poll);
        showMessage(client.problemText(result));
        return;
      }

      if (result.status !== 200) {
        showMessage(client.problemText(result));
        return;
      }

      const view = result.body;
      state.offsetMs = result.offsetMs;
      state.view = view;
      el('message').hidden = true;
      el('session').hidden = false;
      el('stage').textContent = client.stageText(view);
      el('question').hidden = !view.questionText;
      el('question').textContent = view.questionText || '';
      renderClock();
    } catch (e) {
      if (e && e.signIn) {
        clearInterval(state.poll);
        showMessage(e.message);
      } else if (!state.view) {
        showMessage("Can't reach the bot right now. The stage tries again every few seconds.");
      }
    }
  }

  async function start() {
    const connection = await client.connect();
    if (connection.mode === 'none') {
      showMessage('Share this view from the Mock interview side panel in a Teams meeting.');
      return;
    }

    state.connection = connection;
    await refresh();
    state.poll = setInterval(refresh, REFRESH_MS);
  }

  start();
})();
