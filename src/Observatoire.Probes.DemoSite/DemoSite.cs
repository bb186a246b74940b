using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Observatoire.Probes.DemoSite.Infrastructure;

namespace Observatoire.Probes.DemoSite;

/// <summary>Options of the demo procedures site.</summary>
public sealed class DemoSiteOptions
{
    /// <summary>TCP port on 127.0.0.1; 0 picks a free port.</summary>
    public int Port { get; init; }

    /// <summary>Delay added to every response.</summary>
    public TimeSpan Latency { get; init; }

    /// <summary>Random extra delay, between zero and this value, added to every response.</summary>
    public TimeSpan LatencyJitter { get; init; }
}

/// <summary>A final submission ("Envoyer ma demande") received by the demo site.</summary>
public sealed record DemoSubmission(string ProcedureId, DateTimeOffset At, IReadOnlyDictionary<string, string> Fields);

/// <summary>A page or form request received by the demo site (assets and <c>/__demo/</c> excluded).</summary>
/// <param name="Host">The Host header without its port: <c>127.0.0.1</c> and <c>localhost</c> are two hosts of one site.</param>
/// <param name="Session">The browser session the request belonged to (one per browser context), once it had one.</param>
public sealed record DemoRequest(string Host, string Method, string Path, string? Session, DateTimeOffset Start, DateTimeOffset End, int Status);

/// <summary>
/// The demo procedures site: twelve replicas of French online administrative procedures and a local
/// FranceConnect simulator, served on loopback for the walker, the tests and the benchmarks.
/// </summary>
public sealed class DemoSite : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly SiteRuntime runtime;
    private int disposed;

    private DemoSite(WebApplication app, SiteRuntime runtime, Uri baseUrl)
    {
        this.app = app;
        this.runtime = runtime;
        BaseUrl = baseUrl;
    }

    /// <summary>Root of the site, with a trailing slash, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri BaseUrl { get; }

    /// <summary>Every final submission received so far (a snapshot, safe to read from any thread).</summary>
    public IReadOnlyList<DemoSubmission> Submissions => runtime.Submissions.Snapshot();

    /// <summary>Every page and form request received so far, in order of arrival (a snapshot).</summary>
    public IReadOnlyList<DemoRequest> Requests => runtime.Requests.Snapshot();

    /// <summary>Answers the next <paramref name="requests"/> pages with 429 Too Many Requests and this Retry-After, as a
    /// rate-limiting gateway would.</summary>
    public void LimitRate(int requests, TimeSpan retryAfter) => runtime.Requests.Limit(requests, retryAfter);

    /// <summary>Starts the site on http://127.0.0.1:&lt;port&gt;.</summary>
    public static async Task<DemoSite> StartAsync(DemoSiteOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new DemoSiteOptions();
        ArgumentOutOfRangeException.ThrowIfNegative(options.Port);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(options.Port, IPEndPoint.MaxPort);

        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(DemoSite).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
            EnvironmentName = Environments.Production,
        });
        builder.Logging.ClearProviders();
        // The host process (CLI, test runner) owns Ctrl+C: the default console lifetime would swallow it.
        builder.Services.AddSingleton<IHostLifetime, EmbeddedHostLifetime>();
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(2));
        builder.Services.Configure<FormOptions>(o => o.MultipartBodyLengthLimit = 64L * 1024 * 1024);
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.AddServerHeader = false;
            k.Limits.MaxRequestBodySize = 64L * 1024 * 1024;
            k.Listen(IPAddress.Loopback, options.Port);
        });

        var app = builder.Build();
        var runtime = new SiteRuntime(options, app.Lifetime.ApplicationStopping);
        SiteRoutes.Map(app, runtime);

        await app.StartAsync(cancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        var port = new Uri(address).Port;
        return new DemoSite(app, runtime, new Uri($"http://127.0.0.1:{port}/"));
    }

    /// <summary>Stops the site; requests still hanging (fault=timeout) are cancelled.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref disposed, 1) != 0)
        {
            return;
        }

        using (var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5)))
        {
            try
            {
                await app.StopAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                // Shutdown took too long: disposing below still closes the sockets.
            }
        }

        await app.DisposeAsync();
    }
}
