using Observatoire.Probes.Scenarios;

namespace Observatoire.Probes.Runner.Scaffolding;

/// <summary>
/// The shared step fragments beside the scenarios (fragments/cookie-banner.yaml, fragments/franceconnect.yaml) that a
/// draft includes instead of repeating their steps, where a step starts what a fragment does (<see cref="DraftStep.Fragment"/>). A fragment is used only where it expands, as the loader reads it,
/// to exactly the steps the draft walked: the draft then walks the same as if it listed them.
/// </summary>
internal sealed class DraftFragments
{
    private readonly string _scenarios;
    private readonly Dictionary<string, IReadOnlyList<ScenarioStep>?> _expanded = new(StringComparer.Ordinal);

    public DraftFragments(string scenariosFolder) => _scenarios = scenariosFolder;

    /// <summary>The fragment files a draft includes (full paths), to copy beside it.</summary>
    public HashSet<string> Used { get; } = new(StringComparer.Ordinal);

    /// <summary>The `include` that stands for the steps from <paramref name="start"/> on, and how many steps it covers;
    /// null when no fragment expands to them.</summary>
    public (string Include, int Count)? Match(IReadOnlyList<DraftStep> steps, int start)
    {
        foreach (var (fragment, include) in Candidates(steps[start]))
        {
            if (Expand(include) is { Count: > 0 } expanded && start + expanded.Count <= steps.Count
                && expanded.Select((s, i) => Same(s, steps[start + i].Step)).All(same => same))
            {
                Used.Add(FragmentFile(fragment));
                return (include, expanded.Count);
            }
        }

        return null;
    }

    /// <summary>The includes that may stand for steps starting with <paramref name="first"/>, a step that starts what
    /// a fragment does: the fragment with its defaults, then with the button's name as the draft found it.</summary>
    private IEnumerable<(string Fragment, string Include)> Candidates(DraftStep first)
    {
        if (first.Fragment is not { } fragment || !File.Exists(FragmentFile(fragment))
            || first.Step.Target is not { Kind: TargetKind.Button, Frame: null, Exact: false } target)
        {
            yield break;
        }

        yield return (fragment, fragment);
        yield return (fragment, $"{{ fragment: {fragment}, with: {{ bouton: {DraftYaml.Scalar(target.Value)} }} }}");
    }

    private string FragmentFile(string fragment) => Path.Combine(_scenarios, ScenarioLoader.FragmentsFolder, fragment + ".yaml");

    /// <summary>The steps an include expands to, read by the loader from a scenario beside the others; null when it does
    /// not load (a fragment that needs a parameter the draft cannot give, a fragment in error).</summary>
    private IReadOnlyList<ScenarioStep>? Expand(string include)
    {
        if (_expanded.TryGetValue(include, out var known))
        {
            return known;
        }

        var probe = $$"""
            procedure: { id: fragment-probe, title: x, ministry: x, administration: x, start: /x/, franceconnect: Non }
            persona: { id: fragment-probe, description: x, values: {} }
            steps:
              - include: {{include}}
              - stop_before: x
            """;
        var result = ScenarioLoader.Parse(probe, Path.Combine(_scenarios, ".scaffold-fragment-probe.yaml"), secretConfigured: _ => true);
        var steps = result.Scenario is { } scenario && result.Diagnostics.Count == 0 ? scenario.Steps.SkipLast(1).ToList() : null;
        _expanded[include] = steps;
        return steps;
    }

    private static bool Same(ScenarioStep a, ScenarioStep b) =>
        a.Kind == b.Kind && a.Target == b.Target && a.Argument == b.Argument;
}
