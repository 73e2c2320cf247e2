using System.Text;
using System.Text.Json.Nodes;
using TeamsMockBot.Application.Persistence;
using TeamsMockBot.Domain.Sessions;
using TeamsMockBot.Storage;

namespace TeamsMockBot.Storage.Tests.Storage;

public sealed class DocumentSerializerTests
{
    private sealed record Versioned(int SchemaVersion);

    private static DocumentSerializer Serializer => DocumentSerializer.Default;

    [Fact]
    public void Serialize_AnyDocument_PutsTheCurrentSchemaVersionFirst()
    {
        var json = JsonNode.Parse(Serializer.Serialize("k", new Counter(3, "n")))!.AsObject();

        Assert.Equal(["schemaVersion", "value", "note"], json.Select(p => p.Key));
        Assert.Equal(1, json["schemaVersion"]!.GetValue<int>());
    }

    [Fact]
    public void Serialize_TypeWithItsOwnSchemaVersionProperty_IsRefused()
    {
        var error = Assert.Throws<ArgumentException>(() => Serializer.Serialize("k", new Versioned(1)));

        Assert.Contains("reserved", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Serialize_ValueThatIsNotAJsonObject_IsRefused()
    {
        Assert.Throws<ArgumentException>(() => Serializer.Serialize("k", new[] { 1, 2 }));
        Assert.Throws<ArgumentException>(() => Serializer.Serialize("k", 5));
    }

    [Fact]
    public void Serialize_ExactlyAtTheLimit_IsAcceptedAndOneByteMoreIsNot()
    {
        var size = Serializer.Serialize("k", new Counter(1, "")).Length;
        var atLimit = new DocumentSerializer(DocumentSchemas.Default, size + 10);

        Assert.Equal(size + 10, atLimit.Serialize("k", new Counter(1, new string('x', 10))).Length);
        var error = Assert.Throws<DocumentTooLargeException>(() => atLimit.Serialize("k", new Counter(1, new string('x', 11))));
        Assert.Equal(size + 11, error.Size);
    }

    [Fact]
    public void CurrentVersionOf_TypesWithoutSteps_IsTheBaseline()
    {
        Assert.Equal(DocumentSchemas.Baseline, DocumentSchemas.Default.CurrentVersionOf(typeof(MockSession)));
        Assert.Equal(1, DocumentSchemas.Baseline);
    }

    [Fact]
    public void With_StepNotStartingAtTheCurrentVersion_IsRefused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => DocumentSchemas.Default.With<Counter>(0, d => d));
        Assert.Throws<ArgumentOutOfRangeException>(() => DocumentSchemas.Default.With<Counter>(2, d => d));
    }

    [Fact]
    public void With_NewStep_LeavesTheOriginalRegistryAsItWas()
    {
        var v2 = DocumentSchemas.Default.With<Counter>(1, d => d);

        Assert.Equal(2, v2.CurrentVersionOf(typeof(Counter)));
        Assert.Equal(1, DocumentSchemas.Default.CurrentVersionOf(typeof(Counter)));
        Assert.Equal(1, v2.CurrentVersionOf(typeof(MockSession)));
    }

    [Fact]
    public void Deserialize_StepMeetingAnUnexpectedShape_IsACorruptDocument()
    {
        var serializer = new DocumentSerializer(DocumentSchemas.Default.With<Counter>(1, d =>
        {
            d["value"] = d["count"]!.GetValue<int>() * 2;
            return d;
        }));

        var error = Assert.Throws<CorruptDocumentException>(() =>
            serializer.Deserialize<Counter>("counters/c", Encoding.UTF8.GetBytes("""{ "schemaVersion": 1, "count": "many" }""")));

        Assert.Equal("counters/c", error.Key);
        Assert.Contains("left as it is", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_SchemaVersionAfterOtherProperties_IsStillFound()
    {
        var bytes = Encoding.UTF8.GetBytes("""{ "value": 2, "nested": { "schemaVersion": 9 }, "schemaVersion": 1 }""");

        Assert.Equal(new Counter(2), Serializer.Deserialize<Counter>("k", bytes));
    }

    [Fact]
    public void Deserialize_RoundTrip_ReturnsAnEqualValue()
    {
        var value = new Counter(42, "answer");

        Assert.Equal(value, Serializer.Deserialize<Counter>("k", Serializer.Serialize("k", value)));
    }
}
