// Linux App Service plan and the .NET 10 web app that hosts the bot (POST /api/messages,
// GET /healthz, the meeting pages under /meeting/). App settings are written separately by
// appSettings.bicep, once every resource they point at exists.

@description('Name of the App Service plan.')
param planName string

@description('Name of the web app.')
param webAppName string

@description('Azure region.')
param location string

@description('App Service plan SKU (B1 or higher: Always On keeps timers and reminders running).')
param skuName string

@description('Resource id of the user-assigned managed identity the app runs as.')
param identityId string

@description('Tags for the resources.')
param tags object

resource plan 'Microsoft.Web/serverfarms@2024-04-01' = {
  name: planName
  location: location
  tags: tags
  kind: 'linux'
  sku: {
    name: skuName
  }
  properties: {
    reserved: true
  }
}

resource webApp 'Microsoft.Web/sites@2024-04-01' = {
  name: webAppName
  location: location
  tags: tags
  kind: 'app,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identityId}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    clientAffinityEnabled: false
    keyVaultReferenceIdentity: identityId
    siteConfig: {
      linuxFxVersion: 'DOTNETCORE|10.0'
      appCommandLine: 'dotnet TeamsMockBot.dll'
      alwaysOn: true
      http20Enabled: true
      minTlsVersion: '1.2'
      scmMinTlsVersion: '1.2'
      ftpsState: 'Disabled'
      healthCheckPath: '/healthz'
    }
  }
}

@description('Name of the web app.')
output name string = webApp.name

@description('Default host name of the web app (no scheme).')
output defaultHostName string = webApp.properties.defaultHostName
