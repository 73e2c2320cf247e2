// The web app's settings, wired from the other modules' outputs. No secret is passed in or out:
// the bot authenticates as its managed identity, storage is reached with Entra ID (no keys), and
// the Application Insights connection string is read here from the component itself.

@description('Name of the web app.')
param webAppName string

@description('Client id of the user-assigned managed identity (the bot\'s Microsoft App ID).')
param identityClientId string

@description('Name of the storage account.')
param storageAccountName string

@description('Blob container for the documents.')
param storageContainerName string

@description('Queue of the durable timers.')
param storageQueueName string

@description('Name of the Application Insights component.')
param appInsightsName string

@description('The bot\'s id in the Teams app catalog, for installing it in meeting chats; empty: organizers add it.')
param teamsAppCatalogId string

@description('Read meeting transcripts through Graph.')
param graphTranscripts bool

resource webApp 'Microsoft.Web/sites@2024-04-01' existing = {
  name: webAppName
}

resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' existing = {
  name: storageAccountName
}

resource appInsights 'Microsoft.Insights/components@2020-02-02' existing = {
  name: appInsightsName
}

resource appSettings 'Microsoft.Web/sites/config@2024-04-01' = {
  parent: webApp
  name: 'appsettings'
  properties: {
    MicrosoftAppType: 'UserAssignedMSI'
    MicrosoftAppId: identityClientId
    MicrosoftAppTenantId: tenant().tenantId
    // Lets DefaultAzureCredential pick the user-assigned identity (storage, Graph).
    AZURE_CLIENT_ID: identityClientId
    Storage__BlobServiceUri: storage.properties.primaryEndpoints.blob
    Storage__QueueServiceUri: storage.properties.primaryEndpoints.queue
    Storage__Container: storageContainerName
    // Durable timers: one message per due milestone or overdue close, with a visibility delay.
    Storage__Queue: storageQueueName
    // Graph scheduling signs in as the same identity. Its Graph app roles need an administrator's consent,
    // which a deployment cannot give: docs/deploy.md step 4.
    Graph__ManagedIdentityClientId: identityClientId
    Graph__TeamsAppCatalogId: teamsAppCatalogId
    Graph__Transcripts: string(graphTranscripts)
    APPLICATIONINSIGHTS_CONNECTION_STRING: appInsights.properties.ConnectionString
    // Download links of "export my data" point here.
    Privacy__PublicBaseUrl: 'https://${webApp.properties.defaultHostName}'
    // One deployment serves one organisation: activities from other tenants are refused.
    Teams__AllowedTenantIds__0: tenant().tenantId
    // The host binds to 127.0.0.1:3978 unless told otherwise; App Service forwards to port 8080.
    ASPNETCORE_URLS: 'http://+:8080'
    WEBSITES_PORT: '8080'
  }
}
