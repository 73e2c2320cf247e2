// Azure Bot Service registration: the bot's identity is the user-assigned managed identity
// (no client secret anywhere), its messaging endpoint is the web app, and the Microsoft Teams
// channel is on.

@description('Name of the Azure Bot resource (also its handle).')
param name string

@description('Display name shown in the Azure portal.')
param displayName string

@description('Pricing tier: F0 (free) or S1. The Teams channel is a standard channel either way.')
param skuName string

@description('Host name of the web app that serves /api/messages (no scheme).')
param webAppHostName string

@description('Client id of the user-assigned managed identity (the bot\'s Microsoft App ID).')
param identityClientId string

@description('Resource id of the user-assigned managed identity.')
param identityId string

@description('Entra tenant id of the managed identity.')
param tenantId string

@description('Tags for the resources.')
param tags object

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: name
  location: 'global'
  tags: tags
  kind: 'azurebot'
  sku: {
    name: skuName
  }
  properties: {
    displayName: displayName
    endpoint: 'https://${webAppHostName}/api/messages'
    msaAppType: 'UserAssignedMSI'
    msaAppId: identityClientId
    msaAppMSIResourceId: identityId
    msaAppTenantId: tenantId
  }
}

resource teamsChannel 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: {
      isEnabled: true
      enableCalling: false
    }
  }
}

@description('Name of the Azure Bot resource.')
output name string = bot.name
