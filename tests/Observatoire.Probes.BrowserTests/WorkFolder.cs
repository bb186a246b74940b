namespace Observatoire.Probes.BrowserTests;

/// <summary>A folder of its own under the system's temporary folder for one test, deleted with it.</summary>
internal sealed class WorkFolder : IDisposable
{
    private readonly string _root;

    public WorkFolder(string prefix)
    {
        _root = System.IO.Path.Combine(System.IO.Path.GetTempPath(), prefix + "-" + BrowserFixture.RandomName());
        Directory.CreateDirectory(_root);
    }

    public string Path(params string[] parts) => System.IO.Path.Combine([_root, .. parts]);

    /// <summary>A scenarios folder with copies of the bundled scenarios and the files they upload.</summary>
    public string Scenarios(IEnumerable<string> ids)
    {
        var folder = Repository.CopyScenarios(Path("scenarios"), ids);
        return folder;
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
