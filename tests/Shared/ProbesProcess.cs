using System.Diagnostics;

namespace Observatoire.Probes.Testing;

/// <summary>The `probes` executable run as a user runs it: a process, arguments, standard input, exit code and outputs.</summary>
internal static class ProbesProcess
{
    public const int Ok = 0;
    public const int NotMeasured = 1;
    public const int InvalidInput = 2;
    public const int Failure = 3;
    public const int Usage = 64;

    /// <summary>The built probes.dll of the same configuration as the running tests.</summary>
    public static string Executable { get; } = Find();

    public static async Task<(int Exit, string Out, string Err)> RunAsync(IEnumerable<string> args, string? stdin = null, IReadOnlyDictionary<string, string>? environment = null, string? workingDirectory = null, byte[]? stdinBytes = null)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? Path.GetDirectoryName(Executable)!,
            StandardOutputEncoding = System.Text.Encoding.UTF8,
            StandardErrorEncoding = System.Text.Encoding.UTF8,
        };
        start.ArgumentList.Add(Executable);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        var input = process.StandardInput.BaseStream;
        await input.WriteAsync(stdinBytes ?? System.Text.Encoding.UTF8.GetBytes(stdin ?? ""));
        input.Close();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output, await errors);
    }

    private static string Find()
    {
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "src", "Observatoire.Probes.Cli", "bin", configuration, "net10.0", "probes.dll");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException("probes.dll not found: build src/Observatoire.Probes.Cli first");
    }
}
