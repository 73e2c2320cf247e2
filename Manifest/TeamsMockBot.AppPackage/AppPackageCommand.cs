using System.Collections;
using System.Reflection;
using TeamsMockBot.AppPackage.Validation;

namespace TeamsMockBot.AppPackage;

/// <summary>The command line: <c>build</c> the app package.</summary>
public static class AppPackageCommand
{
    public const string Usage = """
        usage:
          TeamsMockBot.AppPackage build [--env-file FILE] [--manifest-dir DIR] [--out FILE]
              Fills Manifest/manifest.template.json from environment variables (and FILE),
              validates it and the icons (Manifest/color.png, Manifest/outline.png), and writes
              Manifest/build/appPackage.zip (or FILE given by --out).
        """;

    public static async Task<int> RunAsync(string[] args, IDictionary environment, TextWriter stdout, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        try
        {
            var options = ParseOptions(args.Skip(1).ToArray());
            var manifestDirectory = options.GetValueOrDefault("--manifest-dir") ?? DefaultManifestDirectory();
            switch (args.FirstOrDefault())
            {
                case "build":
                    var values = AppPackageValues.Load(options.GetValueOrDefault("--env-file"), environment);
                    var output = options.GetValueOrDefault("--out") ?? Path.Combine(manifestDirectory, "build", "appPackage.zip");
                    var builder = new AppPackageBuilder(await ManifestValidator.CreateAsync());
                    builder.Build(manifestDirectory, values, output);
                    await stdout.WriteLineAsync($"Wrote {Path.GetFullPath(output)}");
                    return 0;
                default:
                    await stderr.WriteLineAsync(Usage);
                    return 2;
            }
        }
        catch (AppPackageException ex)
        {
            foreach (var problem in ex.Problems)
            {
                await stderr.WriteLineAsync($"error: {problem}");
            }

            return 1;
        }
    }

    private static Dictionary<string, string> ParseOptions(string[] args)
    {
        var known = new[] { "--env-file", "--manifest-dir", "--out" };
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Length; i++)
        {
            if (!known.Contains(args[i]))
            {
                throw new AppPackageException($"Unknown argument '{args[i]}'.{Environment.NewLine}{Usage}");
            }

            if (i + 1 >= args.Length)
            {
                throw new AppPackageException($"{args[i]} needs a value.");
            }

            options[args[i]] = args[++i];
        }

        return options;
    }

    private static string DefaultManifestDirectory() =>
        typeof(AppPackageCommand).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "ManifestDirectory")?.Value
        ?? throw new AppPackageException("Manifest directory unknown: pass --manifest-dir.");
}
