using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Observatoire.Probes.Catalogue;
using Observatoire.Probes.Classification;

namespace Observatoire.Probes.Cli;

/// <summary>
/// `probes classify`: JSON Lines of field descriptions in, one decision per line out, in the same order.
/// A line that cannot be read gets an error line in its place so the output stays aligned.
/// </summary>
internal static class ClassifyCommand
{
    private static readonly JsonSerializerOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static async Task<int> ExecuteAsync(Settings settings, IReadOnlyList<string> paths, bool explain, TextWriter stdout, TextWriter stderr, TextReader stdin, CancellationToken cancellationToken)
    {
        var catalogue = ValidateCommand.LoadCatalogue(settings, stderr);
        if (catalogue is null)
        {
            return ExitCodes.InvalidInput;
        }

        if (paths.Count > 1)
        {
            stderr.WriteLine("probes: classify reads one file (or - for standard input)");
            return ExitCodes.Usage;
        }

        var source = paths.Count == 0 || paths[0] == "-" ? "<stdin>" : paths[0];
        if (source != "<stdin>" && !File.Exists(source))
        {
            stderr.WriteLine($"probes: {source}: file not found");
            return ExitCodes.InvalidInput;
        }

        using var reader = source == "<stdin>" ? null : new StreamReader(source);
        var input = reader ?? stdin;
        var classifier = new Classifier(catalogue);
        var errors = 0;
        var lineNumber = 0;
        var table = new List<(string Id, FieldDecision? Decision, string? Error)>();
        while (await input.ReadLineAsync(cancellationToken) is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var (field, error) = Parse(line);
            if (field is null)
            {
                errors++;
                var message = $"{source}:{lineNumber}:{error!.Value.Column}: {error.Value.Message}";
                stderr.WriteLine(message);
                if (explain)
                {
                    table.Add(($"(line {lineNumber})", null, error.Value.Message));
                }
                else
                {
                    stdout.WriteLine(new JsonObject { ["line"] = lineNumber, ["error"] = message }.ToJsonString(Compact));
                }

                continue;
            }

            var decision = classifier.Classify(field);
            if (explain)
            {
                table.Add((field.Id, decision, null));
            }
            else
            {
                stdout.WriteLine(ToJson(decision).ToJsonString(Compact));
            }
        }

        if (explain)
        {
            WriteTable(stdout, table);
        }

        return errors == 0 ? ExitCodes.Ok : ExitCodes.InvalidInput;
    }

    public static JsonObject ToJson(FieldDecision d) => new()
    {
        ["id"] = d.FieldId,
        ["item"] = d.ItemId,
        ["held"] = d.Holding == Holding.Held,
        ["key"] = d.Holding == Holding.Key,
        ["counted"] = d.Counted,
        ["provider"] = d.Provider,
        ["replacement"] = d.Replacement,
        ["reason"] = d.Reason,
        ["prefilled"] = d.Prefilled,
        ["person"] = d.Person,
        ["confidence"] = d.Confidence,
        ["ambiguous"] = d.Ambiguous,
    };

    /// <summary>Reads one line leniently on types (a number where text is expected is taken as text) but strictly on shape.</summary>
    internal static (FieldObservation? Field, (int Column, string Message)? Error) Parse(string line)
    {
        JsonNode? node;
        try
        {
            node = JsonNode.Parse(line);
        }
        catch (JsonException e)
        {
            return (null, ((int)(e.BytePositionInLine ?? 0) + 1, "not valid JSON: " + e.Message.Split(" LineNumber", 2)[0]));
        }

        if (node is not JsonObject o)
        {
            return (null, (1, "each line must be a JSON object such as {\"id\": \"f1\", \"label\": \"Nom\"}"));
        }

        var id = Text(o, "id");
        if (string.IsNullOrWhiteSpace(id))
        {
            return (null, (1, "missing \"id\": every field needs one, to match the output line"));
        }

        var options = o["options"] switch
        {
            JsonArray a => a.Select(x => x?.ToString() ?? "").Where(x => x.Length > 0).ToList(),
            JsonValue v => [v.ToString()],
            _ => new List<string>(),
        };
        return (new FieldObservation
        {
            Id = id,
            Label = Text(o, "label"),
            Hint = Text(o, "hint"),
            Legend = Text(o, "legend"),
            Section = Text(o, "section"),
            Page = Text(o, "page"),
            Placeholder = Text(o, "placeholder"),
            Input = Text(o, "input") ?? Text(o, "type"),
            Name = Text(o, "name"),
            Autocomplete = Text(o, "autocomplete"),
            Accept = Text(o, "accept"),
            Pattern = Text(o, "pattern"),
            Value = Text(o, "value"),
            ReadOnly = Flag(o, "readonly"),
            Disabled = Flag(o, "disabled"),
            Required = Flag(o, "required"),
            Options = options,
        }, null);
    }

    private static string? Text(JsonObject o, string key) => o[key] switch
    {
        null => null,
        JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>(),
        JsonValue v => v.ToString(),
        _ => null,
    };

    private static bool Flag(JsonObject o, string key) => o[key] is JsonValue v && v.GetValueKind() == JsonValueKind.True;

    private static void WriteTable(TextWriter stdout, List<(string Id, FieldDecision? Decision, string? Error)> rows)
    {
        var idWidth = Math.Min(28, Math.Max(2, rows.Count == 0 ? 2 : rows.Max(r => r.Id.Length)));
        stdout.WriteLine($"{"id".PadRight(idWidth)}  {"item",-24} {"held",-8} {"counted",-7} {"conf.",5}  reason");
        foreach (var (id, d, error) in rows)
        {
            var shown = id.Length > idWidth ? id[..(idWidth - 1)] + "…" : id.PadRight(idWidth);
            if (d is null)
            {
                stdout.WriteLine($"{shown}  error: {error}");
                continue;
            }

            stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{shown}  {d.ItemId ?? "(non reconnu)",-24} {d.HeldText,-8} {(d.Counted ? "yes" : "no"),-7} {d.Confidence,5:0.00}  {d.Reason}"));
        }
    }
}
