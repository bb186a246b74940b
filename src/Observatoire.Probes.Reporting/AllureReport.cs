using System.Diagnostics;
using System.Text.Json;

namespace Observatoire.Probes.Reporting;

/// <summary>Runs the npm package `allure` (3.x) to turn results into the HTML report.</summary>
public static class AllureReport
{
    /// <summary>Builds the HTML report; returns null, or what went wrong in a sentence.</summary>
    public static async Task<string?> GenerateAsync(string results, string output, CancellationToken cancellationToken)
    {
        var executable = Find();
        if (executable is null)
        {
            return "the HTML report was not generated: the `allure` command is missing. Run `npm ci` at the repository root (or `./run.sh`, which does it).";
        }

        // History: each run appends to history.jsonl beside the report, so trends survive from one night to the next.
        var reports = Path.GetDirectoryName(Path.GetFullPath(output))!;
        var config = Path.Combine(reports, "allurerc.mjs");
        File.WriteAllText(config, $$"""
            // Written before each report; edit src/Observatoire.Probes.Reporting/AllureReport.cs instead.
            export default {
              name: "Dites-le-nous une fois — Observatoire.Probes",
              historyPath: {{JsonSerializer.Serialize(Path.Combine(reports, "history.jsonl"))}},
              historyLimit: 60,
              plugins: {
                awesome: {
                  options: { reportName: "Dites-le-nous une fois — Observatoire.Probes", reportLanguage: "fr", groupBy: ["epic", "feature"] },
                },
              },
            };
            """);
        var start = new ProcessStartInfo(executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { "generate", results, "-o", output, "--config", config })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var outText = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var errText = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        return process.ExitCode == 0 ? null : $"allure generate failed ({process.ExitCode}): {await errText}{await outText}";
    }

    /// <summary>node_modules/.bin/allure above the current directory or the executable, else `allure` on the PATH.</summary>
    internal static string? Find()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "node_modules", ".bin", "allure");
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        foreach (var folder in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator))
        {
            var candidate = Path.Combine(folder, "allure");
            if (folder.Length > 0 && File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
