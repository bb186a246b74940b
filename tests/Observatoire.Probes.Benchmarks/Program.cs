using System.Diagnostics;
using System.Globalization;
using BenchmarkDotNet.Running;

// dotnet run -c Release --project tests/Observatoire.Probes.Benchmarks -- classifier      (BenchmarkDotNet)
// dotnet run -c Release --project tests/Observatoire.Probes.Benchmarks -- walks [rounds] [workers] [latencyMs]
if (args.Length > 0 && args[0] == "walks")
{
    var rounds = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 2;
    var workers = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 2;
    var latency = args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 0;
    return await Observatoire.Probes.Benchmarks.WalkBenchmark.RunAsync(rounds, workers, latency);
}

BenchmarkSwitcher.FromAssembly(typeof(Observatoire.Probes.Benchmarks.ClassifierBenchmark).Assembly).Run(args.Length > 0 && args[0] == "classifier" ? ["--filter", "*Classifier*"] : args);
return 0;

