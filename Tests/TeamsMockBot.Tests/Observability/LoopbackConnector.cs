using System.Net;
using System.Net.Sockets;
using System.Text;

namespace TeamsMockBot.Tests.Observability;

/// <summary>
/// A stand-in Teams connector on a real loopback socket, for the one test that needs the real
/// HttpClient socket handler (the only place .NET creates outgoing HTTP spans and metrics). Answers
/// every request with 200 and a message id, one request per connection.
/// </summary>
public sealed class LoopbackConnector : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _serving;

    public LoopbackConnector()
    {
        _listener.Start();
        _serving = ServeAsync(_stop.Token);
    }

    public string ServiceUrl => $"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/_connector/";

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        try
        {
            await _serving;
        }
        catch (OperationCanceledException)
        {
        }

        _stop.Dispose();
    }

    private async Task ServeAsync(CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            using var client = await _listener.AcceptTcpClientAsync(cancellationToken);
            await using var stream = client.GetStream();
            await DrainRequestAsync(stream, cancellationToken);
            var body = "{\"id\":\"msg-loopback\"}";
            var response = $"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {body.Length}\r\nConnection: close\r\n\r\n{body}";
            await stream.WriteAsync(Encoding.ASCII.GetBytes(response), cancellationToken);
        }
    }

    // Reads the headers, then as many body bytes as Content-Length says.
    private static async Task DrainRequestAsync(NetworkStream stream, CancellationToken cancellationToken)
    {
        var buffer = new byte[64 * 1024];
        var received = new StringBuilder();
        int headerEnd;
        while ((headerEnd = received.ToString().IndexOf("\r\n\r\n", StringComparison.Ordinal)) < 0)
        {
            var n = await stream.ReadAsync(buffer, cancellationToken);
            if (n == 0)
            {
                return;
            }

            received.Append(Encoding.Latin1.GetString(buffer, 0, n));
        }

        var headers = received.ToString()[..headerEnd];
        var length = headers.Split("\r\n")
            .Where(h => h.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase))
            .Select(h => int.Parse(h["Content-Length:".Length..].Trim(), System.Globalization.CultureInfo.InvariantCulture))
            .FirstOrDefault();
        var remaining = length - (received.Length - headerEnd - 4);
        while (remaining > 0)
        {
            var n = await stream.ReadAsync(buffer.AsMemory(0, Math.Min(buffer.Length, remaining)), cancellationToken);
            if (n == 0)
            {
                return;
            }

            remaining -= n;
        }
    }
}
