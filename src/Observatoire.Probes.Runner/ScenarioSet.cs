using Observatoire.Probes.Reporting;
using Observatoire.Probes.Catalogue;
using Observatoire.Probes.Scenarios;

namespace Observatoire.Probes.Runner;

/// <summary>A scenario file that cannot be walked: the procedure it is about (as far as the file says, else its file name)
/// and its problems.</summary>
public sealed record UnreadableScenario(string File, ProcedureInfo Procedure, IReadOnlyList<Diagnostic> Problems)
{
    /// <summary>The observatoire rows (ID_Demarche) the other files of the run give: one known only from the history is not
    /// taken again when another file now gives it.</summary>
    public IReadOnlySet<string> TakenRows { get; init; } = new HashSet<string>(StringComparer.Ordinal);
}

/// <summary>The scenario files of a run: the valid ones, and every problem of the others (file:line:column).</summary>
public sealed record ScenarioSet(IReadOnlyList<string> Files, IReadOnlyList<Scenario> Valid, IReadOnlyList<Diagnostic> Problems)
{
    public int InvalidFiles => Files.Count - Valid.Count;

    /// <summary>
    /// The invalid files, each under the procedure it is about, so that a nightly run records that procedure as not
    /// measured (with the file's first problem) instead of leaving it out of the export. Of files that share an id, the
    /// procedure is recorded once, as the file its id names says it.
    /// </summary>
    public IReadOnlyList<UnreadableScenario> Unreadable { get; init; } = [];

    /// <summary>A run asked for <paramref name="asked"/> scenario files is a trial when the configured folder holds more
    /// than twice as many (<see cref="RunHistory.IsTrial"/>).</summary>
    public static bool IsTrial(int asked, string configuredFolder) => RunHistory.IsTrial(asked, ScenarioLoader.Discover([configuredFolder]).Count);

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
        var invalid = new List<LoadResult>();
        Func<string, bool>? secretConfigured = settings is null ? null : name => settings.Secret(name) is not null;
        foreach (var result in ScenarioLoader.LoadAll(files, catalogue, secretConfigured))
        {
            problems.AddRange(result.Diagnostics);
            if (result.IsValid)
            {
                valid.Add(result.Scenario!);
            }
            else
            {
                invalid.Add(result);
            }
        }

        var ids = valid.Select(s => s.Procedure.Id).ToHashSet(StringComparer.Ordinal);
        // An ID_Demarche two files give is no one's until one of them is mended: never two rows of one ID_Demarche.
        var rows = valid.Select(s => s.Procedure.ObservatoireId).Concat(invalid.Select(r => r.Procedure?.ObservatoireId)).OfType<string>()
            .GroupBy(r => r, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var taken = rows.Keys.ToHashSet(StringComparer.Ordinal);
        var unreadable = new List<UnreadableScenario>();
        // Files that share an id are all refused: the procedure's row is the file named by its id (« cheque-energie.yaml »),
        // not its copy's.
        foreach (var result in invalid.OrderBy(r => r.Procedure is { } p && Path.GetFileNameWithoutExtension(r.File) == p.Id ? 0 : 1))
        {
            var procedure = result.Procedure ?? FromFileName(result.File);
            if (procedure.ObservatoireId is { } row && rows[row] > 1)
            {
                procedure = procedure with { ObservatoireId = null };
            }

            if (ids.Add(procedure.Id))
            {
                unreadable.Add(new UnreadableScenario(Path.GetFullPath(result.File), procedure, result.Diagnostics) { TakenRows = taken });
            }
        }

        return new ScenarioSet(files, valid, problems) { Unreadable = unreadable };
    }

    /// <summary>A file whose `procedure` block cannot be read is named by its file name (« cantine-tarif-social.yaml »),
    /// which is the procedure's id by the scenarios' convention.</summary>
    private static ProcedureInfo FromFileName(string file)
    {
        var name = Path.GetFileNameWithoutExtension(file);
        return new ProcedureInfo(name, name, "", "", null, "", "", TestEnvironment: false, NotApplicable: false); // nothing is known: not even FranceConnect
    }
}
