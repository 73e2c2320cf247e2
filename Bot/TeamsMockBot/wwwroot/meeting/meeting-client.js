// Shared by the side panel and the stage: how the page proves who is asking, how it reads the
// session, and the countdown arithmetic. Every call to the bot is authorized:
// - inside Teams, by the Teams single sign-on token (authentication.getAuthToken), sent as a
//   bearer token with the chat the page runs in; the bot checks the token and that the person
//   takes part in that chat's mock interview;
// - outside Teams (a browser, the Agents Playground, tests), by the signed link the bot gave that
//   person ("Live panel" on their interview card), carried in the address's #link= fragment so it
//   is never sent to a server in a request line or a Referer.
(function () {
  'use strict';

  const API = '/api/meeting/panel';
  const SDK_TIMEOUT_MS = 2000;

  function withTimeout(promise, ms) {
    return Promise.race([promise, new Promise((_, reject) => setTimeout(() => reject(new Error('timed out')), ms))]);
  }

  function applyTheme(theme) {
    if (theme) {
      document.body.dataset.theme = theme;
    }
  }

  function linkFromAddress() {
    const match = /(?:^|[#&])link=([^&]+)/.exec(window.location.hash);
    return match ? decodeURIComponent(match[1]) : null;
  }

  // Resolves to { mode: 'link' | 'teams' | 'none', chatId, frameContext, teams }.
  async function connect() {
    const link = linkFromAddress();
    if (link) {
      return { mode: 'link', link: link };
    }

    const teams = window.microsoftTeams;
    if (teams) {
      try {
        const context = await withTimeout(teams.app.initialize().then(() => teams.app.getContext()), SDK_TIMEOUT_MS);
        applyTheme(context.app && context.app.theme);
        teams.app.registerOnThemeChangeHandler(applyTheme);
        const chatId = (context.chat && context.chat.id) || (context.channel && context.channel.id);
        return {
          mode: chatId ? 'teams' : 'none',
          chatId: chatId,
          frameContext: context.page && context.page.frameContext,
          teams: teams,
        };
      } catch (e) {
        // Not inside Teams and no link: nothing can prove who is asking.
      }
    }

    return { mode: 'none' };
  }

  async function authorize(connection, url) {
    const headers = { Accept: 'application/json' };
    if (connection.mode === 'link') {
      headers.Authorization = 'PanelLink ' + connection.link;
      return { url: url, headers: headers };
    }

    // Teams caches the token and renews it when it runs out; asking on every call is cheap.
    let token;
    try {
      token = await connection.teams.authentication.getAuthToken();
    } catch (e) {
      const error = new Error('Teams could not sign you in to the panel (' + ((e && e.message) || e) + ').');
      error.signIn = true;
      throw error;
    }

    headers.Authorization = 'Bearer ' + token;
    const separator = url.indexOf('?') < 0 ? '?' : '&';
    return { url: url + separator + 'chatId=' + encodeURIComponent(connection.chatId), headers: headers };
  }

  // { status, body, offsetMs }; body is the view or a ProblemDetails, offsetMs the server's clock minus this device's.
  async function fetchView(connection, surface) {
    const request = await authorize(connection, API + (surface === 'stage' ? '?surface=stage' : ''));
    const sentAt = Date.now();
    const response = await fetch(request.url, { cache: 'no-store', headers: request.headers });
    const receivedAt = Date.now();
    const body = await response.json().catch(() => ({}));
    // The server's time at the middle of the round trip: counting from it keeps the countdown
    // right on a device whose own clock is off.
    const offsetMs = body.serverTime ? Date.parse(body.serverTime) - (sentAt + receivedAt) / 2 : 0;
    return { status: response.status, body: body, offsetMs: offsetMs };
  }

  async function put(connection, path, body) {
    const request = await authorize(connection, API + path);
    request.headers['Content-Type'] = 'application/json';
    const response = await fetch(request.url, {
      method: 'PUT',
      cache: 'no-store',
      headers: request.headers,
      body: JSON.stringify(body),
    });
    const answer = await response.json().catch(() => ({}));
    return { status: response.status, body: answer };
  }

  function saveNote(connection, questionNumber, text) {
    return put(connection, '/note', { questionNumber: questionNumber, text: text });
  }

  function setTag(connection, questionNumber, tag, on) {
    return put(connection, '/tag', { questionNumber: questionNumber, tag: tag, on: on });
  }

  function format(ms) {
    const total = Math.max(0, Math.ceil(ms / 1000));
    return Math.floor(total / 60) + ':' + String(total % 60).padStart(2, '0');
  }

  // Milliseconds left on the server's clock (offsetMs = server minus this device). While paused the
  // server's figure stands still.
  function msLeft(view, offsetMs) {
    if (view.paused || !view.endsAt) {
      return (view.remainingSeconds || 0) * 1000;
    }

    return Math.max(0, Date.parse(view.endsAt) - (Date.now() + offsetMs));
  }

  // Shows a running question's countdown in clock (m:ss) and what it means in clockNote, or hides
  // both when no question is timed. Returns how long until the shown second runs out (0 when
  // nothing ticks): waking just after it makes every second appear once and on time.
  function renderCountdown(view, offsetMs, clock, clockNote, runningNote) {
    const timed = !!view && view.stage === 'Interviewing' && view.remainingSeconds != null;
    clock.hidden = !timed;
    clockNote.hidden = !timed;
    if (!timed) {
      return 0;
    }

    const left = msLeft(view, offsetMs);
    const phase = view.paused ? 'paused' : left <= 0 ? 'timeup' : 'running';
    clock.dataset.state = phase;
    clock.textContent = format(left);
    clockNote.textContent = phase === 'paused' ? 'Paused' : phase === 'timeup' ? "Time's up" : runningNote(view);
    return phase === 'running' ? (left % 1000 || 1000) + 20 : 0;
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

  // What to tell the person for an answer that is not a view.
  function problemText(result) {
    if (result.status === 401) {
      return 'This page could not prove who you are: the link has expired or is not valid. Select "Live panel" on your interview card for a new one.';
    }

    return (result.body && result.body.detail) || 'The bot answered ' + result.status + '.';
  }

  window.MockInterviewPanel = {
    connect: connect,
    fetchView: fetchView,
    saveNote: saveNote,
    setTag: setTag,
    format: format,
    msLeft: msLeft,
    renderCountdown: renderCountdown,
    stageText: stageText,
    problemText: problemText,
  };
})();
