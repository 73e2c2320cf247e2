namespace TeamsMockBot.AppPackage.Validation;

/// <summary>One reason a manifest would be rejected: the field (JSON path) and what is wrong with it.</summary>
public sealed record ManifestProblem(string Field, string Message)
{
    public override string ToString() => $"{Field}: {Message}";
}
