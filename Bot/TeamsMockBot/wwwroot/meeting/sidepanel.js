// The meeting side panel: the current mock interview of this chat, with a live countdown.
// The countdown runs here, in the page, from the session's end time: per-second card updates would
// break Teams' message rate limits (7 per second per conversation), so cards change only at
// milestones and the page does the ticking. It asks the bot for fresh data every 10 s.
(function () {
  'use strict';

  const API = '/api/meeting/sessions/current';
  const REFRESH_MS = 10000;
  const SDK_TIMEOUT_MS = 2000;

  const el = (id) => document.getElementById(id);
  const state = { view: null, offsetMs: 0, tick: 0 };

  function withTimeout(promise, ms) {
    return Promise.race([promise, new Promise((_, reject) => setTimeout(() => reject(new Error('timed out')), ms))]);
  }

  function applyTheme(theme) {
    if (theme) {
      document.body.dataset.theme = theme;
    }
  }

  // The chat this panel belongs to, from Teams. Outside Teams (a plain browser, for local testing)
  // the library never connects, so after a short wait the page reads ?chatId= instead.
  async function findChatId() {
    const teams = window.microsoftTeams;
    if (teams) {
      try {
        const context = await withTimeout(teams.app.initialize().then(() => teams.app.getContext()), SDK_TIMEOUT_MS);
        applyTheme(context.app && context.app.theme);
        teams.app.registerOnThemeChangeHandler(applyTheme);
        const id = (context.chat && context.chat.id) || (context.channel && context.channel.id);
        if (id) {
          return id;
        }
      } catch (e) {
        // Not inside Teams: fall through to the query string.
      }
    }

    return new URLSearchParams(window.location.search).get('chatId');
  }

  function showMessage(text) {
    state.view = null;
    clearTimeout(state.tick);
    el('session').hidden = true;
    el('message').hidden = false;
    el('message').textContent = text;
  }

  function format(ms) {
    const total = Math.max(0, Math.ceil(ms / 1000));
    return Math.floor(total / 60) + ':' + String(total % 60).padStart(2, '0');
  }

  function stageText(view) {
    switch (view.stage) {
      case 'Ready': return 'Waiting to start: ' + view.questionCount + (view.questionCount === 1 ? ' question' : ' questions');
      case 'Interviewing': return 'Question ' + view.questionNumber + ' of ' + view.questionCount;
      case 'CandidateQuestions': return "Questions are over: the candidate's turn to ask";
      case 'AwaitingFeedback': return 'Interview over: feedback time';
      default: return view.stage;
    }
  }

  // Milliseconds left on the server's clock. While paused the server's figure stands still.
  function msLeft(view) {
    if (view.paused || !view.endsAt) {
      return (view.remainingSeconds || 0) * 1000;
    }

    return Math.max(0, Date.parse(view.endsAt) - (Date.now() + state.offsetMs));
  }

  function renderClock() {
    clearTimeout(state.tick);
    const view = state.view;
    const clock = el('countdown');
    const note = el('clock-note');
    const timed = view && view.stage === 'Interviewing' && view.remainingSeconds != null;
    clock.hidden = !timed;
    note.hidden = !timed;
    if (!timed) {
      return;
    }

    const left = msLeft(view);
    const phase = view.paused ? 'paused' : left <= 0 ? 'timeup' : 'running';
    clock.dataset.state = phase;
    clock.textContent = format(left);
    note.textContent = phase === 'paused' ? 'Paused'
      : phase === 'timeup' ? "Time's up"
      : 'left of ' + format(view.timeAllowedSeconds * 1000);
    if (phase === 'running') {
      // Wake just after the shown second runs out, so every second appears once and on time.
      state.tick = setTimeout(renderClock, (left % 1000 || 1000) + 20);
    }
  }

  function render(view) {
    state.view = view;
    el('message').hidden = true;
    el('session').hidden = false;
    el('stage').textContent = stageText(view);
    el('question').hidden = !view.questionText;
    el('question').textContent = view.questionText || '';
    el('interviewer').textContent = view.interviewer
      ? 'Interviewer: ' + view.interviewer
      : 'Solo practice: the bot asks the questions and keeps time.';
    renderClock();
  }

  async function refresh(chatId) {
    const sentAt = Date.now();
    try {
      const response = await fetch(API + '?chatId=' + encodeURIComponent(chatId), { cache: 'no-store', headers: { Accept: 'application/json' } });
      const receivedAt = Date.now();
      if (response.status === 404) {
        const problem = await response.json().catch(() => ({}));
        showMessage(problem.detail || 'No mock interview is running in this chat.');
        return;
      }

      if (!response.ok) {
        throw new Error('HTTP ' + response.status);
      }

      const view = await response.json();
      // The server's time at the middle of the round trip: counting from it keeps the countdown
      // right on a device whose own clock is off.
      state.offsetMs = Date.parse(view.serverTime) - (sentAt + receivedAt) / 2;
      el('connection').hidden = true;
      render(view);
    } catch (e) {
      if (state.view) {
        el('connection').hidden = false;
      } else {
        showMessage("Can't reach the bot right now. The panel tries again every few seconds.");
      }
    }
  }

  async function start() {
    const chatId = await findChatId();
    if (!chatId) {
      showMessage('Open this panel from a Teams meeting or chat. To try it in a browser, add ?chatId=<the chat id> to the address.');
      return;
    }

    await refresh(chatId);
    setInterval(() => refresh(chatId), REFRESH_MS);
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'visible') {
        refresh(chatId);
      }
    });
  }

  start();
})();
