// The configuration page of the meeting tab (manifest configurableTabs[0].configurationUrl).
// Teams shows it when someone adds the tab to a meeting or chat; on Save it stores where the tab's
// content lives. There is no choice to make, so the page is valid as soon as Teams is connected.
(function () {
  'use strict';

  var status = document.getElementById('status');
  var teams = window.microsoftTeams;
  if (!teams) {
    status.textContent = 'The Teams library did not load; reload the page.';
    return;
  }

  teams.app.initialize().then(function () {
    teams.pages.config.registerOnSaveHandler(function (saveEvent) {
      // Teams loads tab content only over https, from a host listed in the manifest's validDomains:
      // this same host.
      var contentUrl = 'https://' + window.location.host + '/meeting/sidepanel.html';
      teams.pages.config.setConfig({
        entityId: 'mockInterviewPanel',
        contentUrl: contentUrl,
        suggestedDisplayName: 'Mock interview'
      }).then(
        function () { saveEvent.notifySuccess(); },
        function (error) { saveEvent.notifyFailure(String(error)); });
    });
    teams.pages.config.setValidityState(true);
    status.textContent = 'Select Save to add the panel.';
  }, function () {
    status.textContent = 'This page only works inside Teams, when adding the Mock interview tab.';
  });
})();
