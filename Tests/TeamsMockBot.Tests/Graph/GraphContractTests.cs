using System.Text.Json.Nodes;

namespace TeamsMockBot.Tests.Graph;

/// <summary>Guards the guard: the contract checker the fake Graph uses finds what breaks the v1.0 contract.</summary>
public sealed class GraphContractTests
{
    [Fact]
    public void Check_TheDocsOwnCreateEventExample_KeepsTheContract()
    {
        var body = JsonNode.Parse(File.ReadAllText(GraphContract.ContractFile("create-event-online-meeting.request.json")));

        Assert.Empty(GraphContract.V1.Check("POST", "/users/someone@contoso.com/events", [], body));
    }

    [Fact]
    public void Check_TheDocsOwnInstallExample_KeepsTheContract()
    {
        var body = JsonNode.Parse(File.ReadAllText(GraphContract.ContractFile("chat-post-installedapps.request.json")));

        Assert.Empty(GraphContract.V1.Check("POST", "/chats/19:meeting_abc@thread.v2/installedApps", [], body));
    }

    [Theory]
    [InlineData("GET", "/users/u1/calendars/getSchedule", "no such path")]
    [InlineData("DELETE", "/users/u1/mailboxSettings", "has no DELETE operation")]
    public void Check_UnknownPathOrMethod_IsABreach(string method, string path, string expected)
    {
        Assert.Contains(GraphContract.V1.Check(method, path, [], null), p => p.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void Check_UnknownOrMisspelledBodyProperty_IsABreach()
    {
        var body = new JsonObject { ["subject"] = "Mock", ["isOnlineMeetng"] = true, ["start"] = new JsonObject { ["dateTime"] = "2026-11-02T09:00:00", ["timezone_"] = "UTC" } };

        var problems = GraphContract.V1.Check("POST", "/users/u1/events", [], body);

        Assert.Contains(problems, p => p.Contains("'isOnlineMeetng' is not in the schema", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("start: property 'timezone_'", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_ValueOutsideAnEnum_IsABreach()
    {
        var body = new JsonObject { ["onlineMeetingProvider"] = "zoom" };

        Assert.Contains(GraphContract.V1.Check("POST", "/users/u1/events", [], body), p => p.Contains("'zoom' is not one of", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_MissingRequiredProperty_IsABreach()
    {
        Assert.Contains(GraphContract.V1.Check("POST", "/chats/19:x@thread.v2/installedApps", [], new JsonObject()), p => p.Contains("'teamsApp@odata.bind' is missing", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_UndeclaredQueryParameter_IsABreach()
    {
        Assert.Contains(GraphContract.V1.Check("GET", "/users/u1", ["$select", "$top"], null), p => p.Contains("'$top' is not declared", StringComparison.Ordinal));
    }
}
