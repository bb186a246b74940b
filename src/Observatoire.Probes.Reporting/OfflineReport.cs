using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Observatoire.Probes.Reporting;

/// <summary>
/// What the built Allure 3.18 report needs before a reviewer opens it: no third-party script (its page template always
/// loads Google Analytics, with no option to turn it off), and each night's message in a procedure's history tab (Allure
/// keeps the message in history.jsonl, but its history tab only expands an `error` the converter leaves out).
/// </summary>
internal static partial class OfflineReport
{
    [GeneratedRegex(@"<script\b[^>]*\bsrc\s*=\s*""https?://[^""]*""[^>]*>\s*</script>\s*", RegexOptions.IgnoreCase)]
    private static partial Regex ExternalScript();

    [GeneratedRegex(@"<script\b[^>]*>(?:(?!</script>).)*?\bgtag\s*\((?:(?!</script>).)*</script>\s*", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex AnalyticsScript();

    public static void Prepare(string report)
    {
        foreach (var index in Directory.EnumerateFiles(report, "index.html", SearchOption.AllDirectories))
        {
            var html = File.ReadAllText(index);
            var offline = AnalyticsScript().Replace(ExternalScript().Replace(html, ""), "");
            if (offline != html)
            {
                File.WriteAllText(index, offline);
            }
        }

        var results = Path.Combine(report, "data", "test-results");
        if (Directory.Exists(results))
        {
            foreach (var file in Directory.EnumerateFiles(results, "*.json"))
            {
                RestoreHistoryMessages(file);
            }
        }
    }

    private static void RestoreHistoryMessages(string file)
    {
        if (JsonNode.Parse(File.ReadAllText(file)) is not JsonObject result || result["history"] is not JsonArray history)
        {
            return;
        }

        var changed = false;
        foreach (var item in history.OfType<JsonObject>())
        {
            if (item["error"] is null && item["message"] is JsonValue message)
            {
                item["error"] = new JsonObject { ["message"] = message.DeepClone(), ["trace"] = item["trace"]?.DeepClone() };
                changed = true;
            }
        }

        if (changed)
        {
            File.WriteAllText(file, result.ToJsonString());
        }
    }
}
