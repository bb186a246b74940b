using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Observatoire.Probes.Results;

namespace Observatoire.Probes.Reporting;

/// <summary>
/// The report's categories: "asks for held data" apart from each cause of "not measured". Allure 3 reads them from its
/// configuration (allurerc.mjs, matched on the status and our `motif_non_mesure` label); categories.json is still
/// written for Allure 2 and the tools that read it (matched on the status trace, which starts with the cause's code).
/// </summary>
internal static class ReportCategories
{
    public const string CauseLabel = "motif_non_mesure";

    private sealed record Rule(string Name, string Status, FailureKind? Cause);

    private static readonly Rule[] Rules =
    [
        new("Redemande des données détenues (Partiel ou Faible)", "failed", null),
        new("Site indisponible", "broken", FailureKind.SiteDown),
        new("Accès bloqué (403, captcha, page de blocage)", "broken", FailureKind.Blocked),
        new("Trop de requêtes (429)", "broken", FailureKind.RateLimited),
        new("Délai dépassé ou session expirée", "broken", FailureKind.Timeout),
        new("Formulaire modifié : scénario à mettre à jour", "broken", FailureKind.TargetNotFound),
        new("Soumission finale refusée par la sonde", "broken", FailureKind.SubmissionRefused),
        new("Scénario ou configuration à corriger", "broken", FailureKind.ScenarioError),
        new("Erreur du navigateur", "broken", FailureKind.BrowserError),
        new("Non applicable (pas de formulaire usager)", "skipped", null),
    ];

    public static IEnumerable<string> Names => Rules.Select(r => r.Name);

    /// <summary>categories.json (Allure 2 format).</summary>
    public static JsonArray Allure2() =>
    [
        .. Rules.Select(r =>
        {
            var node = new JsonObject { ["name"] = r.Name, ["matchedStatuses"] = new JsonArray(r.Status) };
            if (r.Cause is { } cause)
            {
                node["traceRegex"] = $"^{cause}:.*";
            }

            return (JsonNode)node;
        }),
    ];

    /// <summary>The `categories` option of allurerc.mjs: first matching rule wins, matched on status and cause label.</summary>
    public static string Allure3()
    {
        var rules = new JsonArray();
        foreach (var r in Rules)
        {
            var matchers = new JsonObject { ["statuses"] = new JsonArray(r.Status) };
            if (r.Cause is { } cause)
            {
                matchers["labels"] = new JsonObject { [CauseLabel] = "^" + System.Text.RegularExpressions.Regex.Escape(cause.French()) + "$" };
            }

            rules.Add(new JsonObject { ["id"] = r.Cause?.ToString() ?? r.Status, ["name"] = r.Name, ["matchers"] = matchers, ["groupByMessage"] = false });
        }

        return new JsonObject { ["rules"] = rules }.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }
}
