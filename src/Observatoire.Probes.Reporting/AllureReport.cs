using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

namespace Observatoire.Probes.Reporting;

/// <summary>Runs the npm package `allure` (3.x) to turn results into the HTML report, in French, offline.</summary>
public static class AllureReport
{
    private const int MaxVariables = 30;

    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>
    /// Builds the HTML report from scratch into <paramref name="output"/> (Allure writes into a subfolder when the output
    /// exists, so the report is built beside it and swapped in), with the categories, the changes since the last run at
    /// the top, and the history kept in history.jsonl beside the report. Returns null, or what went wrong in a sentence.
    /// </summary>
    public static async Task<string?> GenerateAsync(string results, string output, RunChanges? changes, CancellationToken cancellationToken)
    {
        var executable = Find();
        if (executable is null)
        {
            return "the HTML report was not generated: the `allure` command is missing. Run `npm ci` at the repository root (or `./run.sh`, which does it).";
        }

        output = Path.GetFullPath(output);
        var reports = Path.GetDirectoryName(output)!;
        var config = Path.Combine(reports, "allurerc.mjs");
        File.WriteAllText(config, Config(reports, changes));
        var building = output + ".tmp-" + Environment.ProcessId;
        if (Directory.Exists(building))
        {
            Directory.Delete(building, recursive: true);
        }

        var start = new ProcessStartInfo(executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = reports,
        };
        foreach (var arg in new[] { "generate", results, "-o", building, "--config", config })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var outText = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var errText = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        if (process.ExitCode != 0 || !File.Exists(Path.Combine(building, "index.html")))
        {
            return $"allure generate failed ({process.ExitCode}): {await errText}{await outText}";
        }

        OfflineReport.Prepare(building);
        if (Directory.Exists(output))
        {
            Directory.Delete(output, recursive: true);
        }

        Directory.Move(building, output);
        return null;
    }

    /// <summary>allurerc.mjs: Allure 3's own configuration (categories.json in the results is ignored by Allure 3).</summary>
    internal static string Config(string reports, RunChanges? changes)
    {
        var attachments = new[] { ChangesFiles.ReportCopy(reports), Path.Combine(reports, Synthesis.FileName) }.Where(File.Exists).ToList();
        return $$"""
            // Written before each report; edit src/Observatoire.Probes.Reporting/AllureReport.cs instead.
            export default {
              name: "Dites-le-nous une fois — mesure des démarches en ligne",
              historyPath: {{Js(Path.Combine(reports, "history.jsonl"))}},
              historyLimit: 60,
              categories: {{ReportCategories.Allure3()}},
              variables: {{JsonSerializer.Serialize(Variables(changes), Json)}},
              globalAttachments: {{JsonSerializer.Serialize(attachments)}},
              plugins: {
                awesome: {
                  options: { reportName: "Dites-le-nous une fois — mesure des démarches en ligne", reportLanguage: "fr", groupBy: ["epic", "feature"] },
                },
              },
            };
            """;
    }

    /// <summary>
    /// The changes since the last run, at the top of the report (Allure shows its variables above the test list): a
    /// headline, then one line per changed procedure, worst first.
    /// </summary>
    internal static Dictionary<string, string> Variables(RunChanges? changes)
    {
        var variables = new Dictionary<string, string>(StringComparer.Ordinal);
        if (changes is null)
        {
            return variables;
        }

        if (!changes.HasPrevious)
        {
            variables["Changements"] = changes.Since;
            return variables;
        }

        // Allure shows a variable's name and value cut to the width of a column: short ids as names, headline first.
        variables["Changements"] = changes.Procedures.Count == 0
            ? $"aucune démarche n'a changé {changes.Since}"
            : string.Create(CultureInfo.InvariantCulture, $"{changes.Procedures.Count} démarche(s) {changes.Since} (détail : Pièces jointes globales)");
        foreach (var c in changes.Procedures.OrderByDescending(c => c.Worse).ThenBy(c => c.Id, StringComparer.Ordinal).Take(MaxVariables))
        {
            var detail = c.Detail;
            variables.TryAdd(c.Id, c.Headline + (detail.Length == 0 ? "" : " ; " + detail));
        }

        if (changes.Procedures.Count > MaxVariables)
        {
            variables["…"] = string.Create(CultureInfo.InvariantCulture, $"et {changes.Procedures.Count - MaxVariables} autres (changes.csv)");
        }

        return variables;
    }

    private static string Js(string text) => JsonSerializer.Serialize(text);

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
