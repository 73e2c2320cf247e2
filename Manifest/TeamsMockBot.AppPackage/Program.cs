using TeamsMockBot.AppPackage;

return await AppPackageCommand.RunAsync(args, Environment.GetEnvironmentVariables(), Console.Out, Console.Error);
