using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using TeamsMockBot.Application.Sessions;
using TeamsMockBot.Domain.Feedback;
using TeamsMockBot.Domain.Sessions;
using TeamsMockBot.Storage;
using TeamsMockBot.Tests.Infrastructure;

namespace TeamsMockBot.Tests.Storage;

/// <summary>
/// Fields added to a session after documents were stored (question asked/closed times, quick tags)
/// are optional: a document written before them reads at the same schema version, with nothing
/// asked, closed or tagged, and is written back with the new fields.
/// </summary>
public sealed class AdditiveSessionFieldsTests : HostTest
{
    private static readonly byte[] StoredBefore =
        File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Storage", "Fixtures", "session-stored-v1.json"));

    private static MockSession Read() => DocumentSerializer.Default.Deserialize<MockSession>(DocumentKeys.Session("s-stored-v1"), StoredBefore);

    [Fact]
    public void Read_SessionStoredBeforeQuestionTimesAndTags_HasNoneOfThem()
    {
        var stored = JsonNode.Parse(StoredBefore)!["questions"]!.AsArray();
        Assert.All(stored, q => Assert.Null(q!["tags"] ?? q["askedAt"] ?? q["closedAt"])); // the fixture really predates them

        var session = Read();

        Assert.All(session.Questions, q =>
        {
            Assert.Null(q.AskedAt);
            Assert.Null(q.ClosedAt);
            Assert.Empty(q.Tags);
        });
    }

    [Fact]
    public void FeedbackForm_SessionStoredBeforeTags_RendersWithoutATagSection()
    {
        var form = CardJson.Text(Host.Services.GetRequiredService<SessionViews>().FeedbackForm(Read(), FeedbackDraft.Empty, new Dictionary<string, string>(), "form-1").ToJsonNode());

        Assert.DoesNotContain("Your quick tags", form, StringComparison.Ordinal);
    }

    [Fact]
    public void Serialize_SessionStoredBeforeTags_StaysAtTheSameSchemaVersionWithTheNewFields()
    {
        var written = JsonNode.Parse(DocumentSerializer.Default.Serialize(DocumentKeys.Session("s-stored-v1"), Read()))!;

        Assert.Equal(1, written[DocumentSerializer.VersionProperty]!.GetValue<int>());
        Assert.All(written["questions"]!.AsArray(), q => Assert.Empty(q!["tags"]!.AsArray()));
    }
}
