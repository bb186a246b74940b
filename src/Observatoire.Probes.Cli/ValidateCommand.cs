using Observatoire.Probes.Catalogue;
using Observatoire.Probes.Scenarios;

namespace Observatoire.Probes.Cli;

internal static class ValidateCommand
{
    public static int Execute(Settings settings, IReadOnlyList<string> paths, TextWriter stdout, TextWriter stderr)
    {
        var catalogue = LoadCatalogue(settings, stderr);
        if (catalogue is null)
        {
            return ExitCodes.InvalidInput;
        }

        var files = ScenarioLoader.Discover(paths.Count > 0 ? paths : [settings.Scenarios]);
        if (files.Count == 0)
        {
            stderr.WriteLine($"probes: no scenario file (*.yaml) in {string.Join(", ", paths.Count > 0 ? paths : [settings.Scenarios])}");
            return ExitCodes.InvalidInput;
        }

        var results = Load(files, catalogue);
        foreach (var (file, diagnostics) in results.Where(r => r.Diagnostics.Count > 0))
        {
            foreach (var d in diagnostics)
            {
                stderr.WriteLine(d);
            }
        }

        var invalid = results.Count(r => r.Diagnostics.Count > 0);
        stdout.WriteLine($"{results.Count - invalid} valid, {invalid} invalid scenario file(s)");
        return invalid == 0 ? ExitCodes.Ok : ExitCodes.InvalidInput;
    }

    /// <summary>Loads scenarios and checks the item ids they mention against the catalogue.</summary>
    public static IReadOnlyList<(LoadResult Result, IReadOnlyList<Diagnostic> Diagnostics)> LoadWithCatalogue(IReadOnlyList<string> files, DataCatalogue catalogue) =>
        ScenarioLoader.LoadAll(files).Select(r => (r, (IReadOnlyList<Diagnostic>)[.. r.Diagnostics, .. CheckItems(r, catalogue)])).ToList();

    private static List<(string File, IReadOnlyList<Diagnostic> Diagnostics)> Load(IReadOnlyList<string> files, DataCatalogue catalogue) =>
        LoadWithCatalogue(files, catalogue).Select(x => (x.Result.File, x.Diagnostics)).ToList();

    private static IEnumerable<Diagnostic> CheckItems(LoadResult result, DataCatalogue catalogue)
    {
        if (result.Scenario is not { } s)
        {
            yield break;
        }

        var position = new SourcePosition(ScenarioLoader.Display(s.File), 1, 1);
        foreach (var item in s.Expect?.Items ?? [])
        {
            if (catalogue.Find(item) is null)
            {
                yield return new Diagnostic(position, $"`expect.items` names `{item}`, which is not in the catalogue", Suggest(item, catalogue));
            }
        }

        foreach (var o in s.Overrides.Where(o => o.Item is not null && catalogue.Find(o.Item) is null))
        {
            yield return new Diagnostic(o.Position, $"override item `{o.Item}` is not in the catalogue", Suggest(o.Item!, catalogue));
        }
    }

    private static string Suggest(string item, DataCatalogue catalogue) =>
        Yaml.MappingReader.Suggest(item, catalogue.Items.Select(i => i.Id)) is { } guess ? $"did you mean `{guess}`?" : "see the item ids in shared/domain/dlnuf.md";

    public static DataCatalogue? LoadCatalogue(Settings settings, TextWriter stderr)
    {
        try
        {
            return settings.Catalogue is { } path ? DataCatalogue.Load(path) : DataCatalogue.Default;
        }
        catch (InvalidInputException e)
        {
            foreach (var d in e.Diagnostics)
            {
                stderr.WriteLine(d);
            }

            return null;
        }
    }
}
