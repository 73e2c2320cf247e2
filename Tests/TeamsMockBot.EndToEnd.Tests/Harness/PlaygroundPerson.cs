namespace TeamsMockBot.EndToEnd.Tests.Harness;

/// <summary>A simulated Teams user of the Agents Playground (a <c>User</c> in its configuration file).</summary>
public sealed record PlaygroundPerson(string Id, string Name, string GivenName, string Surname, string Email, string AadObjectId)
{
    public static PlaygroundPerson Create(string id, string givenName, string surname, string aadObjectId)
    {
        var email = $"{givenName}.{surname}@example.edu".ToLowerInvariant();
        return new PlaygroundPerson(id, $"{givenName} {surname}", givenName, surname, email, aadObjectId);
    }
}
