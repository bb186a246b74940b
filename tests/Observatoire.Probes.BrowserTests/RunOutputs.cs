using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Observatoire.Probes.BrowserTests;

/// <summary>
/// What a run folder says, with what must differ between two runs of the same scenarios taken out: identifiers
/// (uuids, run id, the sign-in's random session ids), clocks (dates, start/stop, durations) and the demo site's port. Everything else — scores,
/// levels, statuses, steps, field tables, accessibility trees, parameters, links — is kept and compared.
/// </summary>
internal static partial class RunOutputs
{
    private static readonly HashSet<string> Volatile = ["uuid", "start", "stop", "Date_mesure", "Identifiant_execution", "buildName", "buildOrder", "reportName"];

    /// <summary>The Allure results by full name, normalised, attachments replaced by their type and content digest.</summary>
    /// <param name="finalAttempts">Only each procedure's last attempt, without the flaky mark: a walk that the
    /// machine's load made fail once is an event of that run, not a difference between two ways of running.</param>
    public static JsonObject AllureResults(string reports, bool finalAttempts = false)
    {
        var results = Path.Combine(reports, "allure-results");
        var all = new JsonObject();
        var parsed = Directory.GetFiles(results, "*-result.json").Select(f => JsonNode.Parse(File.ReadAllText(f))!).ToList();
        if (finalAttempts)
        {
            parsed = [.. parsed.GroupBy(r => (string)r["historyId"]!).Select(g => g.MaxBy(r => (long)r["stop"]!)!)];
            foreach (var r in parsed)
            {
                r["statusDetails"]?.AsObject().Remove("flaky");
            }
        }

        foreach (var result in parsed.Select(r => Normalise(r, results)!).OrderBy(r => (string?)r["fullName"], StringComparer.Ordinal))
        {
            all[(string)result["fullName"]! + (all.ContainsKey((string)result["fullName"]!) ? " (again)" : "")] = result;
        }

        return all;
    }

    /// <summary>The export's rows by procedure, normalised.</summary>
    public static JsonObject Export(string reports)
    {
        var all = new JsonObject();
        foreach (var row in JsonNode.Parse(File.ReadAllText(Path.Combine(reports, "indicator.json")))!.AsArray())
        {
            all[(string)row!["Identifiant_sonde"]!] = Normalise(row, reports);
        }

        return all;
    }

    /// <summary>Where two normalised documents differ, as "path: left ≠ right" lines.</summary>
    public static IReadOnlyList<string> Differences(JsonNode? left, JsonNode? right, string path = "$")
    {
        var found = new List<string>();
        switch (left, right)
        {
            case (JsonObject l, JsonObject r):
                foreach (var key in l.Select(p => p.Key).Union(r.Select(p => p.Key)))
                {
                    found.AddRange(Differences(l[key], r[key], path + "." + key));
                }

                break;
            case (JsonArray l, JsonArray r):
                for (var i = 0; i < Math.Max(l.Count, r.Count); i++)
                {
                    found.AddRange(Differences(i < l.Count ? l[i] : null, i < r.Count ? r[i] : null, $"{path}[{i}]"));
                }

                break;
            default:
                if (!JsonNode.DeepEquals(left, right))
                {
                    found.Add(left is JsonValue lv && right is JsonValue rv && lv.TryGetValue<string>(out var ls) && rv.TryGetValue<string>(out var rs)
                        ? $"{path}: …{Around(ls, rs)}… ≠ …{Around(rs, ls)}…"
                        : $"{path}: {Cut(left)} ≠ {Cut(right)}");
                }

                break;
        }

        return found;
    }

    /// <summary>The text around the first character where <paramref name="text"/> departs from <paramref name="other"/>.</summary>
    private static string Around(string text, string other)
    {
        var at = 0;
        while (at < text.Length && at < other.Length && text[at] == other[at])
        {
            at++;
        }

        var from = Math.Max(0, at - 60);
        return text[from..Math.Min(text.Length, at + 100)];
    }

    private static string Cut(JsonNode? node) => node?.ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) is { } s ? (s.Length > 160 ? s[..160] + "…" : s) : "(absent)";

    /// <summary>A text file's lines with the port taken out (CSV exports).</summary>
    public static IReadOnlyList<string> Lines(string file) => [.. File.ReadAllLines(file).Select(Port)];

    private static JsonNode? Normalise(JsonNode? node, string folder)
    {
        switch (node)
        {
            case JsonObject o:
                var copy = new JsonObject();
                foreach (var (key, value) in o)
                {
                    if (Volatile.Contains(key))
                    {
                        continue;
                    }

                    copy[key] = key == "source" && value is JsonValue v ? Attachment(Path.Combine(folder, v.GetValue<string>())) : Normalise(value, folder);
                }

                return copy;
            case JsonArray a:
                return new JsonArray([.. a.Select(x => Normalise(x, folder))]);
            case JsonValue v when v.TryGetValue<string>(out var text):
                return JsonValue.Create(Seconds().Replace(Port(text), "N s"));
            default:
                return node?.DeepClone();
        }
    }

    /// <summary>Text attachments by their normalised content (a difference then shows the text where it starts); images
    /// and traces by kind (pixels and timings differ from one walk to the next).</summary>
    private static string Attachment(string file)
    {
        var extension = Path.GetExtension(file);
        if (extension is ".jpg" or ".png" or ".zip" or ".webm")
        {
            return extension + (File.Exists(file) ? "" : " (missing)");
        }

        return extension + " " + Port(File.ReadAllText(file));
    }

    private static string Port(string text) =>
        RandomId().Replace(Date().Replace(PortPattern().Replace(text, "127.0.0.1:PORT"), "DATE"), "ID");

    // A random port may end in a persona's value, which the evidence masks (« 127.0.0.1:41••• »): still the port.
    [GeneratedRegex(@"127\.0\.0\.1:[\d•]+")]
    private static partial Regex PortPattern();

    [GeneratedRegex(@"\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z| UTC|[+-]\d{2}:\d{2})?|\d{1,2} (?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre) \d{4} à \d{2}:\d{2}")]
    private static partial Regex Date();

    // A random token (FranceConnect's state, a nonce) in which the masking may have hidden a short secret (« 123 »): still a token,
    // and still one when what the mask hid was longer than the mask (« state=04b•••e7d41d77e35 », seen once in a shard run).
    [GeneratedRegex(@"(?<=[/=])(?:[0-9a-f•]{24,}|(?=[0-9a-f]*•)[0-9a-f•]{12,})(?![0-9a-z])")]
    private static partial Regex RandomId();

    [GeneratedRegex(@"\d+(?:[.,]\d+)? (?:s|ms)\b")]
    private static partial Regex Seconds();
}
