// The user-assigned managed identity the bot runs as: it is the bot's Microsoft App ID
// (msaAppType UserAssignedMSI), the web app's identity, and the principal that gets the
// storage data roles and the Microsoft Graph application permissions.

@description('Name of the user-assigned managed identity.')
param name string

@description('Azure region.')
param location string

@description('Tags for the resource.')
param tags object

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: name
  location: location
  tags: tags
}

@description('Resource id, for the web app and the bot registration.')
output id string = identity.id

@description('Client (application) id: the bot\'s Microsoft App ID.')
output clientId string = identity.properties.clientId

@description('Object id of the service principal, for role assignments and Graph app roles.')
output principalId string = identity.properties.principalId
