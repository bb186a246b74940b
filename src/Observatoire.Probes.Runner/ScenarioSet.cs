using Observatoire.Probes.Catalogue;
using Observatoire.Probes.Scenarios;

namespace Observatoire.Probes.Runner;

/// <summary>The scenario files of a run: the valid ones, and every problem of the others (file:line:column).</summary>
public sealed record ScenarioSet(IReadOnlyList<string> Files, IReadOnlyList<Scenario> Valid, IReadOnlyList<Diagnostic> Problems)
{
    public int InvalidFiles => Files.Count - Valid.Count;

    /// <summary>
    /// Loads every file of <paramref name="paths"/> (files or folders) and checks the item ids the scenarios name
    /// against <paramref name="catalogue"/>, and, with <paramref name="settings"/>, that every secret they use is configured;
    /// one broken file never hides the others.
    /// </summary>
    public static ScenarioSet Load(IEnumerable<string> paths, DataCatalogue catalogue, RunnerSettings? settings = null)
    {
        var files = ScenarioLoader.Discover(paths);
        var valid = new List<Scenario>();
        var problems = new List<Diagnostic>();
        Func<string, bool>? secretConfigured = settings is null ? null : name => settings.Secret(name) is not null;
        foreach (var result in ScenarioLoader.LoadAll(files, catalogue, secretConfigured))
        {
            problems.AddRange(result.Diagnostics);
            if (result.IsValid)
            {
                valid.Add(result.Scenario!);
            }
        }

        return new ScenarioSet(files, valid, problems);
    }
}
