using System.Net;
using System.Text.Json.Nodes;
using Azure.Storage.Blobs;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using TeamsMockBot.Cards;
using TeamsMockBot.Domain.Feedback;
using TeamsMockBot.Domain.Questions;
using TeamsMockBot.Domain.Sessions;
using TeamsMockBot.Storage;
using TeamsMockBot.Testing;
using TeamsMockBot.Tests.Infrastructure;
using Xunit.Abstractions;
using static TeamsMockBot.Tests.Infrastructure.TeamsActivities;

namespace TeamsMockBot.Tests.Hardening;

/// <summary>
/// Blob storage failing for a while, for real: a fault-injecting HTTP proxy on 127.0.0.1 in front of
/// Azurite answers session requests with 500, 503 (ServerBusy), a hang past the SDK's network timeout,
/// or lets a write land and answers 500 anyway (the reply lost). The bot's SDK retries what it can;
/// what still fails is answered with the form shown again; after recovery each feedback is stored
/// once and each card arrives once. Prints its row of "fault | operations attempted | lost | duplicated".
/// </summary>
[Collection(SharedAzurite.Name)]
public sealed class BlobStorageFaultTests(AzuriteFixture azurite, ITestOutputHelper output) : IAsyncLifetime
{
    private const int Sessions = 4;

    private readonly string _container = "faults-" + Guid.NewGuid().ToString("N");
    private FaultProxy _proxy = null!;
    private BotHost _host = null!;

    public async Task InitializeAsync()
    {
        _proxy = await FaultProxy.StartAsync(azurite.Server.BlobEndpoint);
        var connection = $"DefaultEndpointsProtocol=http;AccountName={AzuriteServer.AccountName};AccountKey={AzuriteServer.AccountKey};BlobEndpoint={_proxy.BlobEndpoint};QueueEndpoint={azurite.Server.QueueEndpoint};";
        _host = new BotHost(settings: new Dictionary<string, string>
        {
            ["Storage:BlobConnectionString"] = connection,
            ["Storage:Container"] = _container,
            ["Storage:Queue"] = _container,
            ["Storage:BlobMaxRetries"] = "2",
            ["Storage:BlobNetworkTimeout"] = "00:00:01",
        });
        _host.Teams.Roster.Add(Mentor);
        _host.Teams.Roster.Add(Student);
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        _host.DeleteData();
        await new BlobServiceClient(azurite.Server.ConnectionString).GetBlobContainerClient(_container).DeleteIfExistsAsync();
        await _proxy.DisposeAsync();
    }

    [Theory]
    [InlineData(FaultProxy.Fault.Status500)]
    [InlineData(FaultProxy.Fault.Status503)]
    [InlineData(FaultProxy.Fault.Timeout)]
    [InlineData(FaultProxy.Fault.ReplyLost)]
    public async Task BlobStorageFailsForAWhileDuringFeedbackSubmits_NothingLostOrDuplicated(FaultProxy.Fault fault)
    {
        var sessions = new List<string>();
        for (var i = 0; i < Sessions; i++)
        {
            var id = await ToFeedbackAsync("msg-blob-fault-" + i);
            await _host.InvokeAsync(Invoke(Student, CardVerbs.SubmitSelfAssessment, FormData(Student, CardVerbs.SubmitSelfAssessment, id, MockDriver.Ratings()), "msg-self", "personal"));
            sessions.Add(id);
        }

        var forms = sessions.Select(id => FormData(Mentor, CardVerbs.SubmitFeedback, id, Feedback(id))).ToList();
        var attempted = 0;
        var told = 0;

        // The next six session requests fail this way (more than the SDK's two retries of one request), then storage recovers.
        _proxy.Inject(fault, "/sessions/", count: 6);
        foreach (var data in forms)
        {
            attempted++;
            var answer = await _host.InvokeAsync(Invoke(Mentor, CardVerbs.SubmitFeedback, data.DeepClone().AsObject(), "msg-form", "personal"));
            var text = CardJson.Text(answer);
            if (!text.Contains("feedback is saved", StringComparison.Ordinal))
            {
                Assert.True(text.Contains("couldn't save", StringComparison.OrdinalIgnoreCase) || text.Contains("can't reach storage", StringComparison.Ordinal), text);
                told++;
            }
        }

        Assert.True(_proxy.Injected > 0, "the proxy injected nothing");
        _proxy.Inject(fault, "/sessions/", count: 0);
        foreach (var data in forms)
        {
            attempted++;
            var answer = await _host.InvokeAsync(Invoke(Mentor, CardVerbs.SubmitFeedback, data.DeepClone().AsObject(), "msg-form", "personal")); // sent again, as people do
            Assert.Contains("feedback is saved", CardJson.Text(answer), StringComparison.Ordinal);
        }

        _host.Time.Advance(TimeSpan.FromMinutes(10));
        await _host.DeliverWaitingAsync();

        var container = new BlobServiceClient(azurite.Server.ConnectionString).GetBlobContainerClient(_container);
        var lost = 0;
        var duplicated = 0;
        foreach (var id in sessions)
        {
            var blob = (await container.GetBlobClient(DocumentKeys.Session(id) + ".json").DownloadContentAsync()).Value.Content.ToString();
            var stored = JsonNode.Parse(blob)!;
            lost += stored["feedback"] is null ? 1 : 0;
            duplicated += stored["earlierFeedback"]?.AsArray().Count ?? 0;
            var cards = _host.Teams.Calls.Count(c => c.Method == "POST" && c.Accepted && c.ConversationId == PersonalChatId(Student.Id) && c.CardText.Contains(StrengthsOf(id), StringComparison.Ordinal));
            lost += cards == 0 ? 1 : 0;
            duplicated += Math.Max(0, cards - 1);
        }

        var name = fault switch
        {
            FaultProxy.Fault.Status500 => "blob storage 500 (Azurite behind a fault proxy)",
            FaultProxy.Fault.Status503 => "blob storage 503 ServerBusy (Azurite behind a fault proxy)",
            FaultProxy.Fault.Timeout => "blob storage timeouts past the SDK's network timeout (Azurite behind a fault proxy)",
            _ => "blob storage write lands but its reply is lost, 500 (Azurite behind a fault proxy)",
        };
        output.WriteLine("fault | operations attempted | lost | duplicated");
        output.WriteLine($"{name} | {attempted} | {lost} | {duplicated}   ({_proxy.Injected} requests failed, {told} people told \"couldn't save\")");
        FaultTable.Add(name, attempted, lost, duplicated.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(0, lost);
        Assert.Equal(0, duplicated);
    }

    private static string StrengthsOf(string sessionId) => $"Clear structure in session {sessionId}, every story ended with a number.";

    private static JsonObject Feedback(string sessionId)
    {
        var fields = MockDriver.FeedbackFields();
        fields[FeedbackInputs.Strengths] = StrengthsOf(sessionId);
        return fields;
    }

    private JsonObject FormData((string Id, string Name) who, string verb, string sessionId, JsonObject fields)
    {
        var form = _host.Teams.Calls.Last(c => c.ConversationId == PersonalChatId(who.Id) && c.Card is not null && CardJson.Verbs(c.Card).Contains(verb)
            && CardJson.Data(c.Card, verb)[CardInputs.SessionId]?.GetValue<string>() == sessionId).Card!;
        var data = CardJson.Data(form, verb);
        foreach (var (name, value) in fields)
        {
            data[name] = value?.DeepClone();
        }

        return data;
    }

    private async Task<string> ToFeedbackAsync(string cardId)
    {
        var created = await _host.InvokeAsync(Invoke(Mentor, CardVerbs.CreateSession, new JsonObject
        {
            [CardInputs.Candidate] = Student.Id,
            [CardInputs.Track] = nameof(Track.Behavioral),
            [CardInputs.Format] = nameof(InterviewFormat.MentorLed),
            [CardInputs.QuestionCount] = "1",
        }, cardId));
        var id = CardJson.Data(created, CardVerbs.Start)[CardInputs.SessionId]!.GetValue<string>();
        foreach (var verb in new[] { CardVerbs.Start, CardVerbs.EndInterview, CardVerbs.OpenFeedback })
        {
            await _host.InvokeAsync(Invoke(Mentor, verb, new JsonObject { [CardInputs.SessionId] = id }, cardId));
        }

        return id;
    }

    /// <summary>An HTTP proxy on 127.0.0.1 in front of Azurite's blob service that fails the next N requests whose path contains a given part.</summary>
    public sealed class FaultProxy : IAsyncDisposable
    {
        private readonly WebApplication _app;
        private readonly HttpClient _azurite;
        private readonly Lock _gate = new();
        private Fault _fault;
        private string _pathPart = string.Empty;
        private int _remaining;
        private int _injected;

        private FaultProxy(WebApplication app, Uri target)
        {
            _app = app;
            _azurite = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = new Uri(target.GetLeftPart(UriPartial.Authority)) };
        }

        public enum Fault
        {
            Status500,
            Status503,
            Timeout,
            ReplyLost,
        }

        public Uri BlobEndpoint { get; private set; } = new("http://127.0.0.1/");

        public int Injected => Volatile.Read(ref _injected);

        public static async Task<FaultProxy> StartAsync(Uri blobEndpoint)
        {
            var builder = WebApplication.CreateSlimBuilder();
            builder.Logging.ClearProviders();
            builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
            var app = builder.Build();
            var proxy = new FaultProxy(app, blobEndpoint);
            app.Run(proxy.ForwardAsync);
            await app.StartAsync();
            var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
            proxy.BlobEndpoint = new Uri(address.TrimEnd('/') + blobEndpoint.AbsolutePath);
            return proxy;
        }

        public void Inject(Fault fault, string pathPart, int count)
        {
            lock (_gate)
            {
                (_fault, _pathPart, _remaining) = (fault, pathPart, count);
            }
        }

        public async ValueTask DisposeAsync()
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
            _azurite.Dispose();
        }

        private Fault? Take(string path)
        {
            lock (_gate)
            {
                if (_remaining <= 0 || !path.Contains(_pathPart, StringComparison.Ordinal))
                {
                    return null;
                }

                _remaining--;
                _injected++;
                return _fault;
            }
        }

        private async Task ForwardAsync(HttpContext context)
        {
            var fault = Take(context.Request.Path.Value ?? string.Empty);
            switch (fault)
            {
                case Fault.Status500 or Fault.Status503:
                    await context.Request.Body.CopyToAsync(Stream.Null);
                    context.Response.StatusCode = fault == Fault.Status500 ? 500 : 503;
                    context.Response.Headers["x-ms-error-code"] = fault == Fault.Status500 ? "InternalError" : "ServerBusy";
                    return;
                case Fault.Timeout:
                    try
                    {
                        await Task.Delay(TimeSpan.FromSeconds(3), context.RequestAborted); // past the bot's 1 s network timeout
                    }
                    catch (OperationCanceledException)
                    {
                        // The SDK gave up on it, as it should.
                    }

                    return;
            }

            using var request = new HttpRequestMessage(new HttpMethod(context.Request.Method), context.Request.Path + context.Request.QueryString);
            if (context.Request.ContentLength > 0 || context.Request.Headers.ContainsKey("Transfer-Encoding"))
            {
                var body = new MemoryStream();
                await context.Request.Body.CopyToAsync(body);
                body.Position = 0;
                request.Content = new StreamContent(body);
            }

            foreach (var (name, values) in context.Request.Headers)
            {
                if (name is "Host" or "Content-Length" or "Transfer-Encoding" or "Connection")
                {
                    continue;
                }

                if (!request.Headers.TryAddWithoutValidation(name, (IEnumerable<string>)values))
                {
                    request.Content?.Headers.TryAddWithoutValidation(name, (IEnumerable<string>)values);
                }
            }

            using var response = await _azurite.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, context.RequestAborted);
            if (fault == Fault.ReplyLost)
            {
                context.Response.StatusCode = 500; // it landed, but the bot never hears so
                context.Response.Headers["x-ms-error-code"] = "InternalError";
                return;
            }

            context.Response.StatusCode = (int)response.StatusCode;
            foreach (var (name, values) in response.Headers.Concat(response.Content.Headers))
            {
                if (name is "Transfer-Encoding" or "Connection")
                {
                    continue;
                }

                context.Response.Headers[name] = values.ToArray();
            }

            await response.Content.CopyToAsync(context.Response.Body);
        }
    }
}
