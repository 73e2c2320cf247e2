// The meeting side panel: the caller's mock interview with a live countdown and, for the
// interviewer, hints, follow-ups and a note box that saves as they type.
// The countdown runs here, in the page, from the end time the bot gives: per-second card updates
// would break Teams' message rate limits (7 per second per conversation), so cards change only at
// milestones and the page does the ticking. It asks the bot again every few seconds, so pause and
// +1 min on the card show here within that time, and a reload starts from the bot's state.
(function () {
  'use strict';

  const REFRESH_MS = 4000;
  const SAVE_AFTER_MS = 700;
  const client = window.MockInterviewPanel;
  const el = (id) => document.getElementById(id);
  const state = { connection: null, view: null, offsetMs: 0, tick: 0, poll: 0, stopped: false };
  const note = { questionNumber: 0, dirty: false, saving: false, timer: 0 };

  function showMessage(text) {
    state.view = null;
    clearTimeout(state.tick);
    el('session').hidden = true;
    el('private').hidden = true;
    el('message').hidden = false;
    el('message').textContent = text;
  }

  function renderClock() {
    clearTimeout(state.tick);
    const wait = client.renderCountdown(state.view, state.offsetMs, el('countdown'), el('clock-note'),
      (view) => 'left of ' + client.format(view.timeAllowedSeconds * 1000));
    if (wait > 0) {
      state.tick = setTimeout(renderClock, wait);
    }
  }

  function fillList(list, items, render) {
    list.replaceChildren(...items.map((item, i) => {
      const li = document.createElement('li');
      render(li, item, i);
      return li;
    }));
  }

  function renderPrivate(view) {
    const material = view.private;
    el('private').hidden = !material;
    if (!material) {
      return;
    }

    el('hint-block').hidden = !material.whatGoodLooksLike;
    el('hint').textContent = material.whatGoodLooksLike || '';
    el('followups-block').hidden = material.followUps.length === 0;
    fillList(el('followups'), material.followUps, (li, text, i) => {
      li.textContent = text;
      li.dataset.asked = String(i < material.followUpsAsked);
    });
    el('notes-block').hidden = material.notes.length === 0;
    fillList(el('notes'), material.notes, (li, n) => {
      li.textContent = 'Q' + n.questionNumber + ': ' + n.text;
    });

    renderTags(view, material.tags);

    // Notes belong to a question, so there is no box before the first one is asked.
    const takesNotes = view.stage !== 'Ready';
    el('note-block').hidden = !takesNotes;
    if (!takesNotes) {
      return;
    }

    const number = Math.max(view.questionNumber, 1);
    if (number !== note.questionNumber) {
      // A new question: what was typed for the last one is saved to that one first.
      if (note.dirty) {
        saveNow();
      }

      note.questionNumber = number;
      note.dirty = false;
      el('note').value = material.panelNote;
      el('note-number').textContent = String(number);
      el('note-status').textContent = '';
    } else if (!note.dirty && !note.saving && document.activeElement !== el('note')) {
      el('note').value = material.panelNote;
    }
  }

  // The card's quick tags, one button each; a click asks for the other state and re-reads the view.
  function renderTags(view, tags) {
    el('tags-block').hidden = tags.length === 0;
    const button = (tag) => {
      const b = document.createElement('button');
      b.type = 'button';
      b.className = 'tag';
      b.dataset.tag = tag.tag;
      b.setAttribute('aria-pressed', String(tag.on));
      b.textContent = (tag.on ? '✓ ' : '') + tag.label;
      b.addEventListener('click', async () => {
        b.disabled = true;
        try {
          await client.setTag(state.connection, view.questionNumber, tag.tag, !tag.on);
        } finally {
          refresh();
        }
      });
      return b;
    };
    el('tags-strengths').replaceChildren(...tags.filter((t) => t.strength).map(button));
    el('tags-work-on').replaceChildren(...tags.filter((t) => !t.strength).map(button));
  }

  function render(view) {
    state.view = view;
    el('message').hidden = true;
    el('session').hidden = false;
    el('stage').textContent = client.stageText(view);
    el('question').hidden = !view.questionText;
    el('question').textContent = view.questionText || '';
    el('interviewer').textContent = view.interviewer
      ? 'Interviewer: ' + view.interviewer
      : 'Solo practice: the bot asks the questions and keeps time.';
    renderPrivate(view);
    renderClock();
  }

  async function refresh() {
    if (state.stopped) {
      return;
    }

    try {
      const result = await client.fetchView(state.connection, 'sidepanel');
      if (result.status === 401 || result.status === 403) {
        // Asking again cannot help: the link or the person is wrong, not the network.
        stop();
        showMessage(client.problemText(result));
        return;
      }

      if (result.status === 404) {
        showMessage(client.problemText(result));
        return;
      }

      if (result.status !== 200) {
        throw new Error('HTTP ' + result.status);
      }

      const view = result.body;
      state.offsetMs = result.offsetMs;
      el('connection').hidden = true;
      render(view);
      if (note.dirty && !note.saving && !note.timer) {
        saveNow(); // a save that failed earlier is tried again
      }
    } catch (e) {
      if (e && e.signIn) {
        stop();
        showMessage(e.message + ' Ask your Teams admin to allow the Mock Interviews app, or use "Live panel" on your interview card.');
      } else if (state.view) {
        el('connection').hidden = false;
      } else {
        showMessage("Can't reach the bot right now. The panel tries again every few seconds.");
      }
    }
  }

  function stop() {
    state.stopped = true;
    clearInterval(state.poll);
  }

  function noteTyped() {
    note.dirty = true;
    el('note-status').textContent = 'Saving…';
    clearTimeout(note.timer);
    note.timer = setTimeout(saveNow, SAVE_AFTER_MS);
  }

  async function saveNow() {
    clearTimeout(note.timer);
    note.timer = 0;
    if (note.saving) {
      return; // the save in flight checks for newer text when it ends
    }

    const questionNumber = note.questionNumber;
    const text = el('note').value;
    note.saving = true;
    try {
      const result = await client.saveNote(state.connection, questionNumber, text);
      if (result.status === 200) {
        const changedSince = questionNumber === note.questionNumber && el('note').value !== text;
        note.dirty = changedSince;
        el('note-status').textContent = changedSince ? 'Saving…' : 'Saved';
      } else {
        el('note-status').textContent = 'Not saved: ' + client.problemText(result);
        if (result.status === 401 || result.status === 403 || result.status === 422) {
          note.dirty = false; // the same text would be refused again
        }
      }
    } catch (e) {
      el('note-status').textContent = "Not saved yet: can't reach the bot. It tries again in a few seconds.";
    } finally {
      note.saving = false;
    }

    if (note.dirty && questionNumber === note.questionNumber && !note.timer) {
      note.timer = setTimeout(saveNow, SAVE_AFTER_MS);
    }
  }

  // "Share to stage": only in a meeting's side panel, when Teams says the app may share.
  function offerShareToStage(connection) {
    const meeting = connection.teams && connection.teams.meeting;
    if (!meeting || connection.frameContext !== 'sidePanel') {
      return;
    }

    meeting.getAppContentStageSharingCapabilities((error, capabilities) => {
      if (error || !capabilities || !capabilities.doesAppHaveSharePermission) {
        return;
      }

      const button = el('share');
      button.hidden = false;
      button.addEventListener('click', () => {
        const stageUrl = 'https://' + window.location.host + '/meeting/stage.html';
        meeting.shareAppContentToStage((shareError) => {
          el('share-status').hidden = false;
          el('share-status').textContent = shareError
            ? 'Teams did not share the stage: ' + (shareError.message || shareError.errorCode)
            : 'Shared: everyone in the meeting sees the question and the countdown (never your hints or notes).';
        }, stageUrl);
      });
    });
  }

  async function start() {
    const connection = await client.connect();
    if (connection.mode === 'none') {
      showMessage('Open this panel from the Mock interview app in a Teams meeting, or from the "Live panel" button on your interview card.');
      return;
    }

    if (connection.frameContext === 'meetingStage') {
      // Teams' own "Share to stage" opens the tab's page on the stage: show the stage view there.
      window.location.replace('stage.html' + window.location.hash);
      return;
    }

    state.connection = connection;
    el('note').addEventListener('input', noteTyped);
    offerShareToStage(connection);
    await refresh();
    state.poll = setInterval(refresh, REFRESH_MS);
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'visible') {
        refresh();
      }
    });
  }

  start();
})();
