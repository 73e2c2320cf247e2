using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using TeamsMockBot.Application.Sessions;
using TeamsMockBot.Domain.Feedback;
using TeamsMockBot.Domain.Sessions;
using TeamsMockBot.Storage;
using TeamsMockBot.Tests.Infrastructure;

namespace TeamsMockBot.Tests.Storage;

/// <summary>
/// Ratings used to be keyed by the Competency enum; they are now keyed by competency id from the
/// rubric content, and the built-in ids are the enum's old names. A session document stored before
/// that change must read, render and save back unchanged, with no schema upgrade step.
/// </summary>
public sealed class StoredRatingsTests : HostTest
{
    // Written by the bot before competencies became content: MockSession serialised with StoreJson,
    // schemaVersion 1, feedback and self-assessment ratings keyed "Structure" … "Presence".
    private static readonly byte[] StoredBeforeContentAsData =
        File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Storage", "Fixtures", "session-stored-v1.json"));

    private static MockSession Read() => DocumentSerializer.Default.Deserialize<MockSession>(DocumentKeys.Session("s-stored-v1"), StoredBeforeContentAsData);

    [Fact]
    public void Read_SessionStoredWithEnumKeyedRatings_KeysThemByTheBuiltInCompetencyIds()
    {
        var session = Read();

        var ids = Rubric.BuiltIn.General.Select(c => c.Id).Order(StringComparer.Ordinal);
        Assert.Equal(ids, session.Feedback!.Ratings.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(ids, session.SelfAssessment!.Ratings.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(2, session.Feedback.Ratings["Specificity"]);
        Assert.Equal(4, session.SelfAssessment.Ratings["Specificity"]);
        Assert.Equal(2.9, session.Feedback.OverallScore);
    }

    [Fact]
    public void Report_SessionStoredWithEnumKeyedRatings_ShowsEveryRatingAgainstItsCompetency()
    {
        var card = CardJson.Text(Host.Services.GetRequiredService<SessionViews>().Report(Read()).ToJsonNode());

        Assert.All(Rubric.BuiltIn.General, c => Assert.Contains(c.Title, card, StringComparison.Ordinal));
        Assert.Contains("you rated your Specificity and ownership 4", card, StringComparison.Ordinal);
    }

    [Fact]
    public void Serialize_SessionStoredWithEnumKeyedRatings_WritesTheSameKeysAndSchemaVersion()
    {
        var stored = JsonNode.Parse(StoredBeforeContentAsData)!;

        var written = JsonNode.Parse(DocumentSerializer.Default.Serialize(DocumentKeys.Session("s-stored-v1"), Read()))!;

        Assert.Equal(1, written[DocumentSerializer.VersionProperty]!.GetValue<int>());
        Assert.True(JsonNode.DeepEquals(stored["feedback"]!["ratings"], written["feedback"]!["ratings"]));
        Assert.True(JsonNode.DeepEquals(stored["selfAssessment"]!["ratings"], written["selfAssessment"]!["ratings"]));
    }
}
