namespace Observatoire.Probes.Tests;

/// <summary>Finds files of the repository from the test's output folder.</summary>
internal static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string Scenarios => Path.Combine(Root, "scenarios");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Observatoire.Probes.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Observatoire.Probes.sln not found above " + TestContext.CurrentContext.TestDirectory);
    }
}
