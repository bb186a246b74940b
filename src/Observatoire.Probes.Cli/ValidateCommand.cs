using Observatoire.Probes.Runner;

namespace Observatoire.Probes.Cli;

/// <summary>`probes validate`: every scenario file checked without a browser, every problem as file:line:column.</summary>
internal static class ValidateCommand
{
    public static int Execute(RunnerSettings settings, IReadOnlyList<string> paths, TextWriter stdout, TextWriter stderr)
    {
        var catalogue = RunnerOptions.LoadCatalogue(settings);
        var sources = paths.Count > 0 ? paths : [settings.Scenarios];
        var set = ScenarioSet.Load(sources, catalogue, settings);
        if (set.Files.Count == 0)
        {
            stderr.WriteLine($"probes: no scenario file (*.yaml) in {string.Join(", ", sources)}: give a scenario file or a folder that holds some");
            return ExitCodes.InvalidInput;
        }

        Diagnostics.Write(stderr, set.Problems);
        stdout.WriteLine($"{set.Valid.Count} valid, {set.InvalidFiles} invalid scenario file(s)");
        return set.InvalidFiles == 0 ? ExitCodes.Ok : ExitCodes.InvalidInput;
    }
}
