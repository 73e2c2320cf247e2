namespace TeamsMockBot.AppPackage;

/// <summary>The package cannot be built; <see cref="Problems"/> says why, one line per field or value.</summary>
public sealed class AppPackageException : Exception
{
    public AppPackageException()
        : this([])
    {
    }

    public AppPackageException(string message)
        : this([message])
    {
    }

    public AppPackageException(string message, Exception innerException)
        : base(message, innerException)
    {
        Problems = [message];
    }

    public AppPackageException(IReadOnlyList<string> problems)
        : base(problems.Count == 0 ? "The app package could not be built." : string.Join(Environment.NewLine, problems))
    {
        Problems = problems;
    }

    public IReadOnlyList<string> Problems { get; }
}
