using System.Buffers.Text;
using System.Text;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using TeamsMockBot.Application.Meeting;

namespace TeamsMockBot.Application.Tests.Meeting;

/// <summary>Signed panel links: what one grants, for how long, and that no edit of it is accepted.</summary>
public sealed class PanelLinksTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 25, 15, 0, 0, TimeSpan.Zero));
    private readonly CountingKeyStore _keys = new();

    private PanelLinks Links(string? configuredKey = null) =>
        new(_keys, Options.Create(new MeetingPanelOptions { PanelLinkKey = configuredKey, PanelLinkLifetime = TimeSpan.FromHours(2) }), _time);

    [Fact]
    public async Task Check_IssuedLink_GrantsThatPersonThatSessionUntilItExpires()
    {
        var links = Links();
        var (token, issued) = await links.IssueAsync("s1", "29:sam", CancellationToken.None);

        var check = await links.CheckAsync(token, CancellationToken.None);

        Assert.Equal(new PanelLink("s1", "29:sam", _time.GetUtcNow() + TimeSpan.FromHours(2)), check.Link);
        Assert.Equal(issued, check.Link);
        Assert.Equal(1, _keys.Loads); // the key is read once per process
    }

    [Fact]
    public async Task Check_AtTheExpiry_Refused()
    {
        var links = Links();
        var (token, _) = await links.IssueAsync("s1", "29:sam", CancellationToken.None);

        _time.Advance(TimeSpan.FromHours(2));

        Assert.Equal("expired", (await links.CheckAsync(token, CancellationToken.None)).Refusal);
    }

    [Fact]
    public async Task Check_EditedPayload_RefusedAsBadSignature()
    {
        var links = Links();
        var (token, _) = await links.IssueAsync("s1", "29:sam", CancellationToken.None);
        var parts = token.Split('.');
        var longer = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(parts[1])).Replace(
            _time.GetUtcNow().AddHours(2).ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture),
            _time.GetUtcNow().AddDays(30).ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture),
            StringComparison.Ordinal);
        var edited = $"{parts[0]}.{Base64Url.EncodeToString(Encoding.UTF8.GetBytes(longer))}.{parts[2]}";

        Assert.Equal("bad signature", (await links.CheckAsync(edited, CancellationToken.None)).Refusal);
    }

    [Fact]
    public async Task Check_LinkFromAnotherKey_Refused()
    {
        var (token, _) = await Links(Convert.ToBase64String(new byte[32])).IssueAsync("s1", "29:sam", CancellationToken.None);

        Assert.Null((await Links().CheckAsync(token, CancellationToken.None)).Link);
    }

    [Theory]
    [InlineData("")]
    [InlineData("v1")]
    [InlineData("v2.AAAA.AAAA")]
    [InlineData("v1.!!!.AAAA")]
    [InlineData("v1.AAAA.AAAA.AAAA")]
    public async Task Check_Malformed_Refused(string token) =>
        Assert.Equal("malformed", (await Links().CheckAsync(token, CancellationToken.None)).Refusal);

    [Theory]
    [InlineData("not base64")]
    [InlineData("c2hvcnQ=")] // 5 bytes
    public void Options_ConfiguredKeyThatIsNotBase64Of32Bytes_Invalid(string key)
    {
        var options = new MeetingPanelOptions { PanelLinkKey = key };

        var results = options.Validate(new System.ComponentModel.DataAnnotations.ValidationContext(options)).ToList();

        Assert.Contains(results, r => r.ErrorMessage!.Contains("Meeting:PanelLinkKey", StringComparison.Ordinal));
    }

    private sealed class CountingKeyStore : IPanelLinkKeyStore
    {
        private readonly byte[] _key = System.Security.Cryptography.RandomNumberGenerator.GetBytes(32);

        public int Loads { get; private set; }

        public Task<byte[]> GetOrCreateAsync(CancellationToken cancellationToken)
        {
            Loads++;
            return Task.FromResult(_key);
        }
    }
}
