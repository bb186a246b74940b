using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Observatoire.Probes.Browser;
using Observatoire.Probes.Runner;
using Observatoire.Probes.Scoring;

namespace Observatoire.Probes.BrowserTests;

/// <summary>Walks on remote browsers: the browser server Playwright ships (`playwright run-server`), started on
/// 127.0.0.1 from the driver bundled with Microsoft.Playwright, two of them as a small pool.</summary>
[Parallelizable(ParallelScope.Self)]
public sealed class BrowserServerTests
{
    private static readonly string[] Procedures = ["cheque-energie", "bourse-college", "cantine-tarif-social", "creche"];

    [Test]
    public async Task Workers_spread_their_walks_over_a_pool_of_browser_servers_with_the_same_results()
    {
        await using var first = await BrowserServer.StartAsync();
        await using var second = await BrowserServer.StartAsync();
        await using var runner = await ProbeRunner.StartAsync(BrowserFixture.Options(Remote($"{first.Endpoint}, {second.Endpoint}")) with { Workers = 2 });

        var results = await runner.RunAsync([.. Procedures.Select(BrowserFixture.Bundled)]);

        Assert.Multiple(() =>
        {
            Assert.That(runner.BrowserDescription, Does.Contain("remote").And.Contain(first.Endpoint).And.Contain(second.Endpoint));
            Assert.That(results.Select(r => r.Score.Status), Is.All.EqualTo(MeasureStatus.Measured), string.Join("\n", results.Select(r => r.FailureMessage)));
            Assert.That(results.Select(r => r.Drift), Has.All.Empty, "each procedure scores what its scenario expects");
            Assert.That(runner.Browser.ContextsOpened, Has.Count.EqualTo(2).And.All.GreaterThan(0), "both servers walked");
            // A remote browser takes the captures too, the long pages whole (ScenarioWalker.ShootWholeAsync).
            var sizes = results.SelectMany(r => r.Pages).Select(p => p.Screenshot is { } shot ? Jpeg.Size(shot) : (Width: 0, Height: 0)).ToList();
            Assert.That(sizes, Has.All.Matches<(int Width, int Height)>(s => s.Width == 1280 && s.Height >= 900), "each page's screenshot");
            Assert.That(sizes, Has.Some.Matches<(int Width, int Height)>(s => s.Height > 900), "a long page taken whole");
        });
    }

    [Test]
    public async Task A_server_down_at_start_costs_capacity_not_the_run()
    {
        await using var up = await BrowserServer.StartAsync();
        var down = $"ws://127.0.0.1:{FreePort()}/";
        await using var runner = await ProbeRunner.StartAsync(BrowserFixture.Options(Remote($"{down},{up.Endpoint}")));

        var result = await runner.ProbeAsync(BrowserFixture.Bundled(Procedures[0]));

        Assert.That(result.Score.Status, Is.EqualTo(MeasureStatus.Measured), result.FailureMessage);
        Assert.That(runner.BrowserDescription, Does.Contain("unreachable: " + down));
    }

    [Test]
    public void No_server_answering_is_a_clear_error()
    {
        var down = $"ws://127.0.0.1:{FreePort()}/";
        var error = Assert.ThrowsAsync<ProbeException>(async () => await ProbeRunner.StartAsync(BrowserFixture.Options(Remote(down))));
        Assert.That(error!.Message, Does.Contain("aucun serveur de navigateurs n'a répondu : " + down).And.Contain("playwright run-server"));
    }

    private static BrowserSettings Remote(string servers) => new()
    {
        BrowserServer = servers,
        ExecutablePath = File.Exists(ProbeBrowser.DebianChromium) ? ProbeBrowser.DebianChromium : null,
        ActionTimeout = TimeSpan.FromSeconds(5),
        NavigationTimeout = TimeSpan.FromSeconds(15),
    };

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>`playwright run-server` from the driver Microsoft.Playwright ships, on a free loopback port.</summary>
    private sealed class BrowserServer : IAsyncDisposable
    {
        private readonly Process _process;

        private BrowserServer(Process process, string endpoint)
        {
            _process = process;
            Endpoint = endpoint;
        }

        public string Endpoint { get; }

        public static async Task<BrowserServer> StartAsync()
        {
            var driver = Path.Combine(AppContext.BaseDirectory, ".playwright");
            var port = FreePort();
            // --unsafe lets the client name the executable (Debian's Chromium: Playwright's own cannot be downloaded here).
            var start = new ProcessStartInfo(Path.Combine(driver, "node", "linux-x64", "node")) { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var arg in new[] { Path.Combine(driver, "package", "cli.js"), "run-server", "--port", port.ToString(), "--host", "127.0.0.1", "--unsafe" })
            {
                start.ArgumentList.Add(arg);
            }

            var process = Process.Start(start)!;
            process.OutputDataReceived += (_, _) => { };
            process.ErrorDataReceived += (_, _) => { };
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            var waited = Stopwatch.StartNew();
            while (true)
            {
                try
                {
                    using var client = new TcpClient();
                    await client.ConnectAsync(IPAddress.Loopback, port);
                    break;
                }
                catch (SocketException) when (waited.Elapsed < TimeSpan.FromSeconds(30) && !process.HasExited)
                {
                    await Task.Delay(100);
                }
            }

            return new BrowserServer(process, $"ws://127.0.0.1:{port}/");
        }

        public async ValueTask DisposeAsync()
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
            _process.Dispose();
        }
    }
}
