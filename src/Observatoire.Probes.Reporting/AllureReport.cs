using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

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
        var history = Path.Combine(reports, "history.jsonl");
        SetAsideUnreadableLines(history);
        // A trial's report shows the trend but does not join it: Allure appends to a copy.
        var historyPath = changes is { Trial: true } ? CopyForTrial(history) : history;
        var config = Path.Combine(reports, "allurerc.mjs");
        File.WriteAllText(config, Config(reports, changes, historyPath));
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
        if (historyPath != history)
        {
            File.Delete(historyPath); // a trial's copy: the trend it would add to is thrown away
        }

        if (process.ExitCode != 0 || !File.Exists(Path.Combine(building, "index.html")))
        {
            // Node's stack trace says nothing to the reader: the first lines name the problem.
            var said = string.Join(" ", (await errText + await outText).Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => !l.TrimStart().StartsWith("at ", StringComparison.Ordinal)).Take(3));
            return $"allure generate failed ({process.ExitCode}): {said}";
        }

        OfflineReport.Prepare(building);
        if (Directory.Exists(output))
        {
            Directory.Delete(output, recursive: true);
        }

        Directory.Move(building, output);
        return null;
    }

    /// <summary>
    /// Allure's history is one JSON object a line, carried from night to night: a line that does not read (a copy cut
    /// short, a disk full) would make every later report fail. Such lines go to history.jsonl.unreadable, the rest stays.
    /// </summary>
    internal static void SetAsideUnreadableLines(string history)
    {
        if (!File.Exists(history))
        {
            return;
        }

        var lines = File.ReadAllLines(history).Where(l => l.Trim().Length > 0).ToList();
        var bad = lines.Where(l => !ReadsAsObject(l)).ToList();
        if (bad.Count == 0)
        {
            return;
        }

        File.AppendAllLines(history + ".unreadable", bad);
        AtomicFile.WriteAllText(history, string.Concat(lines.Where(ReadsAsObject).Select(l => l + "\n")));
    }

    private static bool ReadsAsObject(string line)
    {
        try
        {
            return JsonNode.Parse(line) is JsonObject;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static string CopyForTrial(string history)
    {
        var copy = Path.Combine(Path.GetTempPath(), "probes-history-" + Guid.NewGuid().ToString("N") + ".jsonl");
        if (File.Exists(history))
        {
            File.Copy(history, copy);
        }

        return copy;
    }

    /// <summary>allurerc.mjs: Allure 3's own configuration (categories.json in the results is ignored by Allure 3).</summary>
    internal static string Config(string reports, RunChanges? changes, string? historyPath = null)
    {
        var attachments = new[] { ChangesFiles.ReportCopy(reports), Path.Combine(reports, Synthesis.FileName) }.Where(File.Exists).ToList();
        return $$"""
            // Written before each report; edit src/Observatoire.Probes.Reporting/AllureReport.cs instead.
            export default {
              name: "Dites-le-nous une fois — mesure des démarches en ligne",
              historyPath: {{Js(historyPath ?? Path.Combine(reports, "history.jsonl"))}},
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
