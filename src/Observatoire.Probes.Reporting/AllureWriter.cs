using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Observatoire.Probes.Classification;
using Observatoire.Probes.Results;
using Observatoire.Probes.Scoring;

namespace Observatoire.Probes.Reporting;

/// <summary>
/// Writes Allure results (allurereport.org "test result file" format): one result per procedure with one step
/// per form page (screenshot with counted fields outlined, field table, accessibility tree), the trace, and
/// the launch files (container, categories, environment, executor). Every file is written atomically.
/// The result's name carries the score and level (the report's list shows names); labels carry the level, the cause of
/// "not measured", fields « à revoir » and a change since the last run, so each is a filter in the report.
/// </summary>
public sealed class AllureWriter
{
    /// <summary>
    /// A plain zip: Allure 3 opens its Playwright-trace type in trace.playwright.dev, a site on the internet; the trace
    /// holds a person's walk, so it opens on this machine with `probes trace` (Playwright's own viewer on 127.0.0.1).
    /// </summary>
    public const string TraceMimeType = "application/zip";

    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private readonly string _directory;
    private readonly Func<Guid> _newId;
    private readonly IReadOnlyList<RunSummary> _past;

    /// <param name="directory">The allure-results folder.</param>
    /// <param name="newId">Uuids of results and attachments (tests give a fixed sequence).</param>
    /// <param name="past">The kept runs before this one, oldest first: each procedure's history and changes.</param>
    public AllureWriter(string directory, Func<Guid>? newId = null, IReadOnlyList<RunSummary>? past = null)
    {
        _directory = directory;
        _newId = newId ?? Guid.NewGuid;
        _past = past ?? [];
        Directory.CreateDirectory(directory);
    }

    /// <summary>
    /// Removes the results of procedures not in <paramref name="finished"/> and every attachment no result refers to:
    /// what a run killed mid-procedure left behind, before the resumed run walks those procedures again.
    /// </summary>
    public void RemoveUnfinished(IEnumerable<string> finished)
    {
        var kept = finished.Select(id => StableId("procedure:" + id)).ToHashSet(StringComparer.Ordinal);
        var referenced = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in Directory.GetFiles(_directory, "*-result.json"))
        {
            JsonNode? result;
            try
            {
                result = JsonNode.Parse(File.ReadAllText(file));
            }
            catch (JsonException)
            {
                result = null; // cannot be: results are written atomically; dropped all the same
            }

            if (result?["testCaseId"]?.GetValue<string>() is { } id && kept.Contains(id))
            {
                Sources(result, referenced);
            }
            else
            {
                File.Delete(file);
            }
        }

        foreach (var file in Directory.GetFiles(_directory, "*-attachment.*"))
        {
            if (!referenced.Contains(Path.GetFileName(file)))
            {
                File.Delete(file);
            }
        }
    }

    private static void Sources(JsonNode? node, HashSet<string> found)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var (key, value) in o)
                {
                    if (key == "source" && value is JsonValue v && v.TryGetValue<string>(out var source))
                    {
                        found.Add(source);
                    }
                    else
                    {
                        Sources(value, found);
                    }
                }

                break;
            case JsonArray a:
                foreach (var item in a)
                {
                    Sources(item, found);
                }

                break;
        }
    }

    /// <summary>Every page's fields as `probes classify` reads them, a page a reading of its own (its `procedure` names the
    /// page: the classifier reads each page apart), so that the decisions can be replayed and a wording tried.</summary>
    private static byte[] ObservedLines(ProcedureResult result)
    {
        var lines = new StringBuilder();
        foreach (var page in result.Pages)
        {
            var n = 0;
            foreach (var field in page.Observed ?? [])
            {
                // Numbered by page and order: the walk's own ids change from one walk to the next, the file should not.
                lines.Append(FieldLines.Write(field with { Id = $"p{page.Index + 1}-{++n}" }, $"{result.Procedure.Id} · page {page.Index + 1}")).Append('\n');
            }
        }

        return Encoding.UTF8.GetBytes(lines.ToString());
    }

    /// <summary>Writes one procedure's result and its attachments; safe to call from parallel workers.</summary>
    public string WriteResult(ProcedureResult result)
    {
        var uuid = _newId().ToString();
        var verdict = Verdict.Of(result);
        var procedure = result.Procedure;
        var steps = new JsonArray();
        foreach (var page in result.Pages)
        {
            var attachments = new JsonArray();
            if (page.Screenshot is { } image)
            {
                var jpeg = image is [0xFF, 0xD8, ..];
                attachments.Add(Attach($"Page {page.Index + 1} — champs comptés en rouge", jpeg ? "image/jpeg" : "image/png", jpeg ? "jpg" : "png", image));
            }

            attachments.Add(Attach("Champs de la page", "text/csv", "csv", FieldTable.ForAllure(page.Fields)));
            if (page.AriaSnapshot is { } aria)
            {
                attachments.Add(Attach("Arbre d'accessibilité", "text/yaml", "yaml", Encoding.UTF8.GetBytes(aria)));
            }

            var counted = page.Fields.Count(f => f.Counted);
            var review = page.Fields.Count(FieldTable.ToReview);
            var pageSteps = new JsonArray();
            foreach (var step in result.Steps.Where(s => s.PageIndex == page.Index))
            {
                pageSteps.Add(Step(step));
            }

            steps.Add(new JsonObject
            {
                ["name"] = $"Page {page.Index + 1} : {page.Title} ({French.Count(page.Fields.Count, "champ", "champs")}, {French.Count(counted, "compté", "comptés")}{(review > 0 ? $", {review} à revoir" : "")})",
                ["status"] = StepStatus(result, page.Index),
                ["stage"] = "finished",
                ["start"] = page.Start,
                ["stop"] = page.Stop,
                ["parameters"] = new JsonArray(Parameter("URL", page.Url)),
                ["attachments"] = attachments,
                ["steps"] = pageSteps,
            });
        }

        // Steps after the last captured page (a failure before any page was reached) still show.
        foreach (var step in result.Steps.Where(s => s.PageIndex >= result.Pages.Count))
        {
            steps.Add(Step(step));
        }

        var attachmentsTop = new JsonArray
        {
            Attach("Tableau des champs (toutes pages)", "text/csv", "csv", FieldTable.ForAllure(result.Decisions)),
        };
        if (result.Pages.Any(p => p.Observed is { Count: > 0 }))
        {
            attachmentsTop.Add(Attach("Champs lus (rejouer : probes classify FICHIER --explain)", "text/plain", "jsonl", ObservedLines(result)));
        }
        if (result.TracePath is { } trace && File.Exists(trace))
        {
            attachmentsTop.Add(Attach($"Trace Playwright (hors ligne : probes trace {procedure.Id})", TraceMimeType, "zip", File.ReadAllBytes(trace)));
        }

        var (history, change) = PastOf(result);

        var node = new JsonObject
        {
            ["uuid"] = uuid,
            ["historyId"] = StableId(procedure.Id),
            ["testCaseId"] = StableId("procedure:" + procedure.Id),
            ["fullName"] = $"{procedure.Ministry} › {procedure.Id}",
            ["name"] = $"{procedure.Title} — {ProcedureSummary.Of(result).Display}",
            ["titlePath"] = new JsonArray(procedure.Ministry, procedure.Administration),
            ["status"] = Status(verdict.Status),
            ["statusDetails"] = new JsonObject
            {
                ["message"] = verdict.Message,
                ["trace"] = result.FailureKind is null ? null : $"{result.FailureKind}: {result.FailureMessage}",
                ["known"] = false,
                ["muted"] = false,
                ["flaky"] = result.Flaky,
            },
            ["stage"] = "finished",
            ["description"] = AllureDescription.Of(result, history, change, _past.Count > 0 ? _past[^1] : null),
            ["labels"] = Labels(result, change),
            ["links"] = new JsonArray(Link("Démarche en ligne", result.StartUrl)),
            ["parameters"] = new JsonArray(
                Parameter("Persona", result.PersonaId),
                // Where the file sat does not make it another test: a scenario moved from essais/ to scenarios/ keeps its history.
                Parameter("Scénario", ScenarioName(result.ScenarioFile), excluded: true)),
            ["attachments"] = attachmentsTop,
            ["steps"] = steps,
            ["start"] = result.Start,
            ["stop"] = result.Stop,
        };
        AtomicFile.WriteAllText(Path.Combine(_directory, $"{uuid}-result.json"), node.ToJsonString(Json));
        return uuid;
    }

    /// <summary>
    /// Results written by other runs (a night's shards, each blind to the night before) read against this writer's past:
    /// the final attempt of each of <paramref name="results"/> gets this run's overview (changes, history) and labels.
    /// </summary>
    public void RefreshOverviews(IEnumerable<ProcedureResult> results)
    {
        var finals = results.ToDictionary(r => (StableId(r.Procedure.Id), r.Start));
        foreach (var file in Directory.GetFiles(_directory, "*-result.json"))
        {
            if (ParseOrNull(file) is not JsonObject node
                || node["historyId"]?.GetValue<string>() is not { } historyId || node["start"]?.GetValue<long>() is not { } start
                || !finals.TryGetValue((historyId, start), out var result))
            {
                continue;
            }

            var (history, change) = PastOf(result);
            node["description"] = AllureDescription.Of(result, history, change, _past.Count > 0 ? _past[^1] : null);
            node["labels"] = Labels(result, change);
            AtomicFile.WriteAllText(file, node.ToJsonString(Json));
        }
    }

    /// <summary>A result file, or null when it does not read (a copy cut short): left as it is.</summary>
    private static JsonNode? ParseOrNull(string file)
    {
        try
        {
            return JsonNode.Parse(File.ReadAllText(file));
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private (List<(RunSummary Run, ProcedureSummary Procedure)> History, ProcedureChange? Change) PastOf(ProcedureResult result)
    {
        var id = result.Procedure.Id;
        var history = _past.Select(run => (run, run.Find(id))).Where(h => h.Item2 is not null).Select(h => (h.run, h.Item2!)).ToList();
        var change = _past.Count == 0 ? null : RunChanges.Compare(_past[^1].Find(id), ProcedureSummary.Of(result));
        return (history, change);
    }

    /// <summary>Writes the launch files: a container over every result, categories, environment and executor.</summary>
    public void WriteLaunch(RunInfo run, long start, long stop)
    {
        // Every result in the folder, this process's or an earlier one's (a resumed run, merged shards).
        var children = Directory.EnumerateFiles(_directory, "*-result.json")
            .Select(f => Path.GetFileName(f)[..^"-result.json".Length]).Order(StringComparer.Ordinal).ToList();

        var container = new JsonObject
        {
            ["uuid"] = StableId("run:" + run.RunId),
            ["name"] = $"Mesure Dites-le-nous une fois — {run.StartedAt:yyyy-MM-dd HH:mm} UTC",
            ["children"] = new JsonArray(children.Select(c => (JsonNode)JsonValue.Create(c)!).ToArray()),
            ["befores"] = new JsonArray(),
            ["afters"] = new JsonArray(),
            ["start"] = start,
            ["stop"] = stop,
        };
        AtomicFile.WriteAllText(Path.Combine(_directory, $"{container["uuid"]}-container.json"), container.ToJsonString(Json));
        AtomicFile.WriteAllText(Path.Combine(_directory, "categories.json"), ReportCategories.Allure2().ToJsonString(Json));
        AtomicFile.WriteAllText(Path.Combine(_directory, "environment.properties"), string.Join('\n',
            $"Outil=Observatoire.Probes {run.ToolVersion}",
            $"Navigateur={Escape(run.Browser)}",
            $"Catalogue={Escape(run.Catalogue)}",
            $"Site={Escape(run.BaseUrl ?? "(URLs absolues des scénarios)")}",
            $"Date_Mesure={run.StartedAt:yyyy-MM-ddTHH:mm:ssZ}",
            $"Regle=Score_DLNUF depuis juin 2023 : 0-1 Optimal, 2-4 Partiel, 5+ Faible") + "\n");
        var executor = new JsonObject
        {
            ["name"] = "Observatoire.Probes",
            ["type"] = "probes",
            ["buildName"] = run.RunId,
            ["buildOrder"] = run.StartedAt.ToUnixTimeSeconds(),
            ["reportName"] = $"Dites-le-nous une fois — mesure du {run.StartedAt:yyyy-MM-dd}",
        };
        AtomicFile.WriteAllText(Path.Combine(_directory, "executor.json"), executor.ToJsonString(Json));
    }

    private JsonObject Attach(string name, string type, string extension, byte[] content)
    {
        var source = $"{_newId()}-attachment.{extension}";
        AtomicFile.WriteAllBytes(Path.Combine(_directory, source), content);
        return new JsonObject { ["name"] = name, ["source"] = source, ["type"] = type };
    }

    private static JsonObject Step(StepEvidence step) => new()
    {
        ["name"] = French.Step(step.Description),
        ["status"] = step.Succeeded ? "passed" : "broken",
        ["statusDetails"] = step.Error is null ? null : new JsonObject { ["message"] = step.Error },
        ["stage"] = "finished",
        ["start"] = step.Start,
        ["stop"] = step.Stop,
        ["parameters"] = new JsonArray(Parameter("Ligne", Line(step.Position))),
    };

    private static string StepStatus(ProcedureResult result, int pageIndex) =>
        result.Steps.Any(s => s.PageIndex == pageIndex && !s.Succeeded) ? "broken"
        : result.Pages[pageIndex].Fields.Any(f => f.Counted) ? "failed" : "passed";

    private static JsonArray Labels(ProcedureResult result, ProcedureChange? change)
    {
        var p = result.Procedure;
        var labels = new JsonArray
        {
            Label("parentSuite", "Dites-le-nous une fois"),
            Label("suite", p.Ministry),
            Label("subSuite", p.Administration),
            Label("epic", p.Ministry),
            Label("feature", p.Administration),
            Label("story", p.Title),
            Label("tag", result.Score.Level),
            Label("tag", "FranceConnect : " + p.FranceConnect),
            Label("severity", result.Score.Level switch { DlnufLevels.Faible => "critical", DlnufLevels.Partiel => "normal", _ => "minor" }),
            Label("owner", p.Administration),
            Label("framework", "Observatoire.Probes"),
            Label("language", "yaml"),
            Label("procedure", p.Id),
            Label("ministry", p.Ministry),
            Label("administration", p.Administration),
            Label("niveau_dlnuf", result.Score.Level),
            Label("score_dlnuf", result.Score.ScoreText),
        };
        if (Scenarios.ProcedureInfo.IsStructures(p.Public))
        {
            labels.Add(Label("tag", "public : " + p.Public));
        }

        if (p.ObservatoireId is { } id)
        {
            labels.Add(Label("ID_Demarche", id));
        }

        if (result.Score.Status == MeasureStatus.NotMeasured)
        {
            labels.Add(Label(ReportCategories.CauseLabel, French.Cause(result)));
        }

        if (result.Drift.Count > 0)
        {
            labels.Add(Label("tag", "écart avec l'attendu"));
        }

        var review = result.Decisions.Count(FieldTable.ToReview);
        if (review > 0)
        {
            labels.Add(Label("tag", "champs à revoir"));
            labels.Add(Label("champs_a_revoir", review.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        if (result.LevelToConfirm() is not null)
        {
            labels.Add(Label("tag", "niveau à confirmer"));
        }

        if (change is not null)
        {
            labels.Add(Label("tag", "changé depuis la mesure précédente"));
            labels.Add(Label("evolution", change.Headline));
        }

        return labels;
    }

    private static string Status(VerdictStatus status) => status switch
    {
        VerdictStatus.Passed => "passed",
        VerdictStatus.Failed => "failed",
        VerdictStatus.Skipped => "skipped",
        _ => "broken",
    };

    private static JsonObject Label(string name, string value) => new() { ["name"] = name, ["value"] = value };

    private static JsonObject Link(string name, string url) => new() { ["name"] = name, ["url"] = url, ["type"] = "link" };

    /// <param name="excluded">Left out of the identity Allure gives the test across runs (its history).</param>
    private static JsonObject Parameter(string name, string value, bool excluded = false) =>
        excluded ? new() { ["name"] = name, ["value"] = value, ["excluded"] = true } : new() { ["name"] = name, ["value"] = value };

    /// <summary>The scenario file by its folder's name and its own (« scenarios/rsa.yaml », « essais/rsa.yaml »): a reviewer
    /// finds the file that was walked, and the evidence never shows where the folders sat on the machine that ran them.</summary>
    private static string ScenarioName(string file)
    {
        var folder = Path.GetFileName(Path.GetDirectoryName(file));
        return string.IsNullOrEmpty(folder) ? Path.GetFileName(file) : folder + "/" + Path.GetFileName(file);
    }

    /// <summary>"file:line:column" with the file named as in <see cref="ScenarioName"/>.</summary>
    private static string Line(string position)
    {
        var column = position.LastIndexOf(':');
        var line = column > 0 ? position.LastIndexOf(':', column - 1) : -1;
        return line > 0 ? ScenarioName(position[..line]) + position[line..] : position;
    }

    private static string Escape(string value) => value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);

    /// <summary>Same procedure, same id, night after night: Allure builds history and retries on it.</summary>
    private static string StableId(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..32];
}
