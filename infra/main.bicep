// TeamsMockBot in one resource group: storage (blobs + queue, no keys, no public access),
// a Linux .NET 10 web app running as a user-assigned managed identity, that identity's storage
// roles, Azure Bot Service (UserAssignedMSI) with the Microsoft Teams channel, and Application
// Insights on a Log Analytics workspace. Deploy: see docs/deploy.md.
targetScope = 'resourceGroup'

@description('Short lowercase name (letters and digits) that every resource name starts from.')
@minLength(3)
@maxLength(11)
param baseName string = 'mockbot'

@description('Azure region for the regional resources (the bot registration itself is global).')
param location string = resourceGroup().location

@description('App Service plan SKU. B1 or higher: Always On keeps timers and reminders running.')
@allowed([
  'B1'
  'B2'
  'B3'
  'S1'
  'S2'
  'S3'
  'P0v3'
  'P1v3'
  'P2v3'
])
param appServiceSku string = 'B1'

@description('Azure Bot Service tier. F0 is free; the Teams channel is a standard channel.')
@allowed([
  'F0'
  'S1'
])
param botSku string = 'F0'

@description('Storage redundancy.')
@allowed([
  'Standard_LRS'
  'Standard_ZRS'
  'Standard_GRS'
  'Standard_GZRS'
])
param storageSku string = 'Standard_LRS'

@description('Blob container for every TeamsMockBot document (host setting Storage:Container).')
param storageContainerName string = 'teamsmockbot'

@description('Queue of the durable timers (question milestones, overdue close); the app reads it as Storage__Queue.')
param storageQueueName string = 'teamsmockbot-work'

@description('Days a deleted or overwritten blob stays restorable (blob soft delete).')
@minValue(1)
@maxValue(365)
param blobSoftDeleteDays int = 7

@description('The bot\'s id in the tenant\'s Teams app catalog (teamsApp.id, after the app is uploaded), so it can add itself to booked meetings\' chats (Graph__TeamsAppCatalogId). Empty: organizers add the app themselves.')
param teamsAppCatalogId string = ''

@description('Read Teams meeting transcripts through Graph for delivery analytics (Graph__Transcripts); needs OnlineMeetings.Read.All, OnlineMeetingTranscript.Read.All and a Teams application access policy (docs/deploy.md).')
param graphTranscripts bool = false

@description('Days Log Analytics keeps logs and telemetry.')
@minValue(30)
@maxValue(730)
param logRetentionDays int = 30

@description('Tags applied to every resource.')
param tags object = {
  app: 'TeamsMockBot'
}

var suffix = uniqueString(resourceGroup().id, baseName)
var names = {
  identity: 'id-${baseName}-${suffix}'
  workspace: 'log-${baseName}-${suffix}'
  appInsights: 'appi-${baseName}-${suffix}'
  storage: take(toLower('st${baseName}${suffix}'), 24)
  plan: 'asp-${baseName}-${suffix}'
  webApp: 'app-${baseName}-${suffix}'
  bot: 'bot-${baseName}-${suffix}'
}

module identity 'modules/identity.bicep' = {
  name: 'identity'
  params: {
    name: names.identity
    location: location
    tags: tags
  }
}

module monitoring 'modules/monitoring.bicep' = {
  name: 'monitoring'
  params: {
    workspaceName: names.workspace
    appInsightsName: names.appInsights
    location: location
    retentionInDays: logRetentionDays
    tags: tags
  }
}

module storage 'modules/storage.bicep' = {
  name: 'storage'
  params: {
    name: names.storage
    location: location
    skuName: storageSku
    containerName: storageContainerName
    queueName: storageQueueName
    softDeleteDays: blobSoftDeleteDays
    dataIdentityName: names.identity
    tags: tags
  }
  dependsOn: [
    identity
  ]
}

module appService 'modules/appService.bicep' = {
  name: 'appService'
  params: {
    planName: names.plan
    webAppName: names.webApp
    location: location
    skuName: appServiceSku
    identityId: identity.outputs.id
    tags: tags
  }
}

module appSettings 'modules/appSettings.bicep' = {
  name: 'appSettings'
  params: {
    webAppName: names.webApp
    identityClientId: identity.outputs.clientId
    storageAccountName: names.storage
    storageContainerName: storageContainerName
    storageQueueName: storage.outputs.queueName
    appInsightsName: names.appInsights
    teamsAppCatalogId: teamsAppCatalogId
    graphTranscripts: graphTranscripts
  }
  dependsOn: [
    appService
    monitoring
  ]
}

module bot 'modules/botService.bicep' = {
  name: 'botService'
  params: {
    name: names.bot
    displayName: 'Mock Interviews'
    skuName: botSku
    webAppHostName: appService.outputs.defaultHostName
    identityClientId: identity.outputs.clientId
    identityId: identity.outputs.id
    tenantId: tenant().tenantId
    tags: tags
  }
}

@description('Web app name, for `az webapp deploy`.')
output webAppName string = appService.outputs.name

@description('Web app host name: BOT_DOMAIN for the Teams app package.')
output webAppHostName string = appService.outputs.defaultHostName

@description('The bot\'s Microsoft App ID (managed identity client id): BOT_ID for the Teams app package.')
output botAppId string = identity.outputs.clientId

@description('Object id of the managed identity\'s service principal: grant Microsoft Graph app roles to it.')
output botPrincipalId string = identity.outputs.principalId

@description('Name of the Azure Bot resource.')
output botName string = bot.outputs.name

@description('Name of the storage account.')
output storageAccountName string = storage.outputs.name

@description('Name of the storage queue.')
output storageQueueName string = storage.outputs.queueName
