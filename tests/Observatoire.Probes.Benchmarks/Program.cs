using System.Globalization;
using BenchmarkDotNet.Running;
using Observatoire.Probes.Benchmarks;

// dotnet run -c Release --project tests/Observatoire.Probes.Benchmarks -- classifier                     (BenchmarkDotNet)
// dotnet run -c Release --project tests/Observatoire.Probes.Benchmarks -- walks [rounds] [workers] [latencyMs]
// dotnet run -c Release --project tests/Observatoire.Probes.Benchmarks -- matrix [rounds] [output.md]   (1, 2, 4 workers × 0, 300 ms)
const string Header = """
    | workers | latency ms | bare walk proc/min | runner, evidence off, proc/min | runner, screenshots + traces, proc/min | ratio off | ratio on | peak memory MB |
    |---|---|---|---|---|---|---|---|
    """;
if (args.Length > 0 && args[0] is "walks" or "matrix")
{
    var rounds = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 3;
    var configurations = args[0] == "walks"
        ? [(args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 2, args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 0)]
        : new[] { (1, 0), (2, 0), (4, 0), (1, 300), (2, 300), (4, 300) };
    var table = new List<string>();
    foreach (var (workers, latency) in configurations)
    {
        Console.WriteLine($"{workers} worker(s), {latency} ms latency, {rounds} round(s):");
        table.Add(await WalkBenchmark.CompareAsync(rounds, workers, latency, Console.Out));
    }

    var report = Header + "\n" + string.Concat(table);
    Console.WriteLine(report);
    if (args[0] == "matrix" && args.Length > 2)
    {
        File.WriteAllText(args[2], report);
    }

    return 0;
}

BenchmarkSwitcher.FromAssembly(typeof(ClassifierBenchmark).Assembly).Run(args.Length > 0 && args[0] == "classifier" ? ["--filter", "*Classifier*"] : args);
return 0;
