using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace TeamsMockBot.Benchmarks;

/// <summary>
/// Answers every Bot Connector call in memory, as lean as possible so it does not weigh on the figures:
/// the request body is read (as the network would), nothing is parsed or kept; calls are only counted
/// per method so the run can check that every card action really updated the message.
/// </summary>
internal sealed class TeamsConnectorStub : HttpMessageHandler
{
    private int nextId;
    private long posts;
    private long puts;
    private long others;

    public long Posts => Interlocked.Read(ref posts);

    public long Puts => Interlocked.Read(ref puts);

    public long Others => Interlocked.Read(ref others);

    public void Reset()
    {
        Interlocked.Exchange(ref posts, 0);
        Interlocked.Exchange(ref puts, 0);
        Interlocked.Exchange(ref others, 0);
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.Content is not null)
        {
            await request.Content.CopyToAsync(Stream.Null, cancellationToken).ConfigureAwait(false);
        }

        var path = request.RequestUri!.AbsolutePath;
        if (request.Method == HttpMethod.Post && path.TrimEnd('/').EndsWith("/v3/conversations", StringComparison.Ordinal))
        {
            Interlocked.Increment(ref others);
            return Json(HttpStatusCode.Created, "{\"id\":\"personal:bench\"}");
        }

        if (request.Method == HttpMethod.Post)
        {
            Interlocked.Increment(ref posts);
        }
        else if (request.Method == HttpMethod.Put)
        {
            Interlocked.Increment(ref puts);
        }
        else
        {
            Interlocked.Increment(ref others);
        }

        return Json(HttpStatusCode.OK, "{\"id\":\"msg-" + Interlocked.Increment(ref nextId).ToString(System.Globalization.CultureInfo.InvariantCulture) + "\"}");
    }

    private static HttpResponseMessage Json(HttpStatusCode status, string body) =>
        new(status) { Content = new StringContent(body, Encoding.UTF8, new MediaTypeHeaderValue("application/json")) };
}
