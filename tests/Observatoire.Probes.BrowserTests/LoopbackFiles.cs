using System.Net;
using System.Net.Sockets;

namespace Observatoire.Probes.BrowserTests;

/// <summary>A folder served on 127.0.0.1, as `npx allure open` or any static server would serve a report.</summary>
internal sealed class LoopbackFiles : IDisposable
{
    private static readonly Dictionary<string, string> Types = new(StringComparer.OrdinalIgnoreCase)
    {
        [".html"] = "text/html; charset=utf-8", [".js"] = "text/javascript", [".mjs"] = "text/javascript", [".json"] = "application/json",
        [".css"] = "text/css", [".svg"] = "image/svg+xml", [".png"] = "image/png", [".jpg"] = "image/jpeg", [".woff"] = "font/woff",
        [".woff2"] = "font/woff2", [".csv"] = "text/csv; charset=utf-8", [".yaml"] = "text/yaml; charset=utf-8", [".zip"] = "application/zip",
        [".txt"] = "text/plain; charset=utf-8", [".pdf"] = "application/pdf",
    };

    private readonly HttpListener _listener = new();
    private readonly string _root;

    public LoopbackFiles(string root)
    {
        _root = Path.GetFullPath(root);
        var port = FreePort();
        BaseUrl = new Uri($"http://127.0.0.1:{port}/");
        _listener.Prefixes.Add(BaseUrl.ToString());
        _listener.Start();
        _ = Task.Run(ServeAsync);
    }

    public Uri BaseUrl { get; }

    /// <summary>The file that answers a POST to a path, given the path and the form sent (a form that posts back to its own
    /// address and answers with its next step); null: the file at that path, as for a GET.</summary>
    public Func<string, string, string?>? Posted { get; init; }

    /// <summary>How long the answer for a path waits (an API that takes its time).</summary>
    public Func<string, TimeSpan>? Latency { get; init; }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException)
            {
                return;
            }

            // Each answer on its own: a slow one does not hold the others.
            _ = Task.Run(() => AnswerAsync(context));
        }
    }

    private async Task AnswerAsync(HttpListenerContext context)
    {
        try
        {
            var relative = Uri.UnescapeDataString(context.Request.Url!.AbsolutePath.TrimStart('/'));
            if (context.Request.HttpMethod == "POST" && Posted is { } posted)
            {
                using var reader = new StreamReader(context.Request.InputStream);
                relative = posted(relative, Uri.UnescapeDataString((await reader.ReadToEndAsync()).Replace('+', ' '))) ?? relative;
            }

            if (Latency?.Invoke(relative) is { } latency && latency > TimeSpan.Zero)
            {
                await Task.Delay(latency);
            }

            var path = Path.GetFullPath(Path.Combine(_root, relative));
            using var response = context.Response;
            if (!path.StartsWith(_root, StringComparison.Ordinal) || !File.Exists(path))
            {
                response.StatusCode = 404;
                return;
            }

            // A page at an address without extension (« /otv »), as a CMS serves it.
            response.ContentType = Path.GetExtension(path).Length == 0 ? Types[".html"] : Types.GetValueOrDefault(Path.GetExtension(path), "application/octet-stream");
            var bytes = await File.ReadAllBytesAsync(path);
            response.ContentLength64 = bytes.Length;
            await response.OutputStream.WriteAsync(bytes);
        }
        catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or IOException)
        {
            // The listener closed, or the browser went away, while answering.
        }
    }

    private static int FreePort()
    {
        using var socket = new TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        return ((IPEndPoint)socket.LocalEndpoint).Port;
    }

    public void Dispose() => _listener.Close();
}
