// Parameters for infra/main.bicep. Copy and edit per environment, then:
//   az deployment group create -g <resource-group> -f infra/main.bicep -p infra/main.bicepparam
using './main.bicep'

param baseName = 'mockbot'
param appServiceSku = 'B1'
param botSku = 'F0'
param storageSku = 'Standard_LRS'
param storageContainerName = 'teamsmockbot'
param storageQueueName = 'teamsmockbot-work'
param blobSoftDeleteDays = 7
param logRetentionDays = 30
// After uploading the Teams app (docs/deploy.md step 7): its teamsApp.id from the app catalog.
param teamsAppCatalogId = ''
param graphTranscripts = false
param tags = {
  app: 'TeamsMockBot'
  environment: 'production'
}
