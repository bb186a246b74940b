using System.Globalization;
using System.Runtime.InteropServices;

namespace Observatoire.Probes.DemoSite;

internal static class Program
{
    private const string Usage = """
        Site de démonstration Observatoire.Probes : douze démarches fictives et un simulateur FranceConnect.

        Usage : dotnet run --project src/Observatoire.Probes.DemoSite -- [--port 5080] [--latency 0] [--jitter 0]
          --port     port TCP sur 127.0.0.1 (0 = port libre ; défaut 5080)
          --latency  délai ajouté à chaque réponse, en millisecondes
          --jitter   délai aléatoire supplémentaire (0..jitter), en millisecondes
        """;

    public static async Task<int> Main(string[] args)
    {
        var port = 5080;
        var latency = 0;
        var jitter = 0;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--port" when i + 1 < args.Length && int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out port):
                case "--latency" when i + 1 < args.Length && int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out latency):
                case "--jitter" when i + 1 < args.Length && int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out jitter):
                    i++;
                    break;
                case "--help" or "-h":
                    Console.WriteLine(Usage);
                    return 0;
                default:
                    await Console.Error.WriteLineAsync($"Argument inattendu : {args[i]}\n\n{Usage}");
                    return 2;
            }
        }

        using var stop = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            stop.Cancel();
        };
        using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
        {
            context.Cancel = true;
            stop.Cancel();
        });

        DemoSite site;
        try
        {
            site = await DemoSite.StartAsync(new DemoSiteOptions
            {
                Port = port,
                Latency = TimeSpan.FromMilliseconds(latency),
                LatencyJitter = TimeSpan.FromMilliseconds(jitter),
            });
        }
        catch (IOException e)
        {
            await Console.Error.WriteLineAsync($"Impossible d’écouter sur 127.0.0.1:{port} : {e.Message}");
            return 1;
        }

        await using var running = site;
        Console.WriteLine($"Site de démonstration : {site.BaseUrl} (Ctrl+C pour arrêter)");
        Console.WriteLine($"Soumissions reçues : {site.BaseUrl}__demo/submissions");
        try
        {
            await Task.Delay(Timeout.Infinite, stop.Token);
        }
        catch (OperationCanceledException)
        {
            // Ctrl+C
        }

        return 0;
    }
}
