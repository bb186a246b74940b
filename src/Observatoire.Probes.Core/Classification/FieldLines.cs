using System.Text;
using System.Text.Json;

namespace Observatoire.Probes.Classification;

/// <summary>
/// The JSON Lines format of field descriptions (`probes classify`, the evaluation set): one JSON object per line.
/// Types are checked: texts are strings, flags are true or false, options a list of strings; unknown keys are
/// ignored, so annotated lines (expected answers, sources) pass through.
/// </summary>
public static class FieldLines
{
    private static readonly string[] TextKeys =
        ["id", "label", "hint", "legend", "section", "page", "administration", "public", "procedure", "placeholder", "input", "type", "name", "autocomplete", "accept", "pattern", "value"];

    private static readonly string[] FlagKeys = ["readonly", "disabled", "required"];

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>One line's field and the procedure it names (`procedure`, when given: lines of one procedure are read in order,
    /// <see cref="Classifier.ClassifyInOrder"/>), or what is wrong with the line and at which column.</summary>
    public static (FieldObservation? Field, int Column, string? Error, string? Procedure) Parse(string line)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(line, new JsonDocumentOptions { MaxDepth = 8 });
        }
        catch (JsonException e)
        {
            return (null, (int)(e.BytePositionInLine ?? 0) + 1, "not valid JSON: " + e.Message.Split(" LineNumber", 2)[0].Split(" Path:", 2)[0], null);
        }

        using (document)
        {
            var o = document.RootElement;
            if (o.ValueKind != JsonValueKind.Object)
            {
                return (null, 1, "each line must be a JSON object such as {\"id\": \"f1\", \"label\": \"Nom\"}", null);
            }

            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var property in o.EnumerateObject())
            {
                if (!seen.Add(property.Name))
                {
                    return (null, 1, $"\"{property.Name}\" is given twice: keep one", null);
                }

                var kind = property.Value.ValueKind;
                if (TextKeys.Contains(property.Name, StringComparer.Ordinal) && kind is not (JsonValueKind.String or JsonValueKind.Null))
                {
                    return (null, 1, $"\"{property.Name}\" must be a text, found {Describe(kind)}", null);
                }

                if (FlagKeys.Contains(property.Name, StringComparer.Ordinal) && kind is not (JsonValueKind.True or JsonValueKind.False or JsonValueKind.Null))
                {
                    return (null, 1, $"\"{property.Name}\" must be true or false, found {Describe(kind)}", null);
                }

                if (property.Name == "options" && (kind is not (JsonValueKind.Array or JsonValueKind.Null)
                    || (kind == JsonValueKind.Array && property.Value.EnumerateArray().Any(x => x.ValueKind != JsonValueKind.String))))
                {
                    return (null, 1, "\"options\" must be a list of texts", null);
                }
            }

            if (Text(o, "public") is { } audience && !Scenarios.ProcedureInfo.Publics.Contains(audience, StringComparer.Ordinal))
            {
                var guess = Scenarios.ProcedureInfo.SuggestPublic(audience);
                return (null, 1, $"\"public\" must be one of {string.Join(", ", Scenarios.ProcedureInfo.Publics)} (whom the procedure is for), found \"{Hints.Cut(audience)}\"" + (guess is null ? "" : $": did you mean \"{guess}\"?"), null);
            }

            var id = Text(o, "id");
            if (string.IsNullOrWhiteSpace(id))
            {
                return (null, 1, "missing \"id\": every field needs one, to match the output line", null);
            }

            return (new FieldObservation
            {
                Id = id,
                Label = Text(o, "label"),
                Hint = Text(o, "hint"),
                Legend = Text(o, "legend"),
                Section = Text(o, "section"),
                Page = Text(o, "page"),
                Administration = Text(o, "administration"),
                Public = Text(o, "public"),
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
                Options = o.TryGetProperty("options", out var options) && options.ValueKind == JsonValueKind.Array
                    ? [.. options.EnumerateArray().Select(x => x.GetString() ?? "").Where(x => x.Length > 0)]
                    : [],
            }, 0, null, Text(o, "procedure"));
        }
    }

    /// <summary>A field as one line of this format, that <see cref="Parse"/> reads back into the same field: what the
    /// evidence publishes so that anyone can run `probes classify` on the fields a walk met.</summary>
    public static string Write(FieldObservation field, string? procedure)
    {
        var o = new System.Text.Json.Nodes.JsonObject { ["id"] = field.Id };
        void Add(string key, string? value)
        {
            if (value is not null)
            {
                o[key] = value;
            }
        }

        Add("procedure", procedure);
        Add("label", field.Label);
        Add("hint", field.Hint);
        Add("legend", field.Legend);
        Add("section", field.Section);
        Add("page", field.Page);
        Add("administration", field.Administration);
        Add("public", field.Public);
        Add("placeholder", field.Placeholder);
        Add("input", field.Input);
        Add("name", field.Name);
        Add("autocomplete", field.Autocomplete);
        Add("accept", field.Accept);
        Add("pattern", field.Pattern);
        Add("value", field.Value);
        foreach (var (key, set) in new[] { ("readonly", field.ReadOnly), ("disabled", field.Disabled), ("required", field.Required) })
        {
            if (set)
            {
                o[key] = true;
            }
        }

        if (field.Options.Count > 0)
        {
            o["options"] = new System.Text.Json.Nodes.JsonArray([.. field.Options.Select(x => (System.Text.Json.Nodes.JsonNode?)x)]);
        }

        return o.ToJsonString(LineOptions);
    }

    private static readonly JsonSerializerOptions LineOptions = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>
    /// Reads a stream line by line as strict UTF-8: a line with invalid bytes comes back as an error naming the byte
    /// offset of the fault in the line, instead of being silently repaired.
    /// </summary>
    public static async IAsyncEnumerable<(int Number, string? Text, string? Error)> ReadAsync(Stream stream, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var buffer = new byte[64 * 1024];
        var line = new MemoryStream();
        var number = 0;
        int read;
        while ((read = await stream.ReadAsync(buffer, cancellationToken)) > 0)
        {
            var start = 0;
            for (var i = 0; i < read; i++)
            {
                if (buffer[i] != (byte)'\n')
                {
                    continue;
                }

                line.Write(buffer, start, i - start);
                start = i + 1;
                yield return Decode(++number, line);
                line.SetLength(0);
            }

            line.Write(buffer, start, read - start);
        }

        if (line.Length > 0)
        {
            yield return Decode(++number, line);
        }
    }

    private static (int, string?, string?) Decode(int number, MemoryStream line)
    {
        var bytes = line.GetBuffer().AsSpan(0, (int)line.Length);
        if (bytes.Length > 0 && bytes[^1] == (byte)'\r')
        {
            bytes = bytes[..^1];
        }

        try
        {
            return (number, StrictUtf8.GetString(bytes), null);
        }
        catch (DecoderFallbackException e)
        {
            return (number, null, $"invalid UTF-8 at byte {e.Index + 1} of the line: save the file as UTF-8");
        }
    }

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Array => "a list",
        JsonValueKind.Object => "an object",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "true/false",
        _ => "a text",
    };

    private static string? Text(JsonElement o, string key) => o.TryGetProperty(key, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static bool Flag(JsonElement o, string key) => o.TryGetProperty(key, out var v) && v.ValueKind == JsonValueKind.True;
}
