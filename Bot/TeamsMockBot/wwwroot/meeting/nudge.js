// Shows the nudge named by ?say= (one of the fixed texts in nudge.html) and tells Teams the page loaded.
(function () {
  'use strict';
  var key = new URLSearchParams(window.location.search).get('say');
  document.querySelectorAll('[data-say]').forEach(function (element) {
    element.hidden = element.getAttribute('data-say') !== key;
  });
  var teams = window.microsoftTeams;
  if (teams && teams.app) {
    teams.app.initialize().then(function () { teams.app.notifySuccess(); }).catch(function () { /* outside Teams: the text is shown anyway */ });
  }
})();
