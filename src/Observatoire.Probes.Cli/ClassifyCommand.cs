using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Observatoire.Probes.Catalogue;
using Observatoire.Probes.Classification;
using Observatoire.Probes.Runner;

namespace Observatoire.Probes.Cli;

/// <summary>
/// `probes classify`: JSON Lines of field descriptions in, one decision per line out, in the same order.
/// A line that cannot be read gets an error line in its place so the output stays aligned.
/// </summary>
internal static class ClassifyCommand
{
    private static readonly JsonSerializerOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static async Task<int> ExecuteAsync(RunnerSettings settings, IReadOnlyList<string> paths, bool explain, TextWriter stdout, TextWriter stderr, Stream stdin, CancellationToken cancellationToken)
    {
        var catalogue = RunnerOptions.LoadCatalogue(settings);
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

        await using var file = source == "<stdin>" ? null : File.OpenRead(source);
        // Lines are read in order, as a page shows its fields: a field is read with its block (the field before it under the same
        // administration, page, section and group) and with what its group asks further on; a line naming another `procedure`
        // starts a new reading. A group is decided when the next one starts: the lines wait until then, in their order.
        var classifier = new Classifier(catalogue);
        var inOrder = new Classifier.FieldsInOrder(classifier);
        string? procedure = null;
        var errors = 0;
        var table = new List<(string Id, FieldDecision? Decision, string? Error)>();
        var waiting = new Queue<Output>();
        var undecided = new Queue<Output>();

        void Flush(IReadOnlyList<FieldDecision> decisions)
        {
            foreach (var decision in decisions)
            {
                undecided.Dequeue().Decision = decision;
            }

            while (waiting.TryPeek(out var next) && next.Ready)
            {
                waiting.Dequeue();
                if (next.Message is { } message)
                {
                    stderr.WriteLine(message); // in its line's turn: with 2>&1 the lines stay in order
                }

                if (explain)
                {
                    table.Add(next.Row);
                }
                else
                {
                    stdout.WriteLine(next.Json.ToJsonString(Compact));
                }
            }
        }

        try
        {
            await foreach (var (number, line, invalid) in FieldLines.ReadAsync(file ?? stdin, cancellationToken))
            {
                if (line is not null && string.IsNullOrWhiteSpace(line))
                {
                    if (!explain)
                    {
                        waiting.Enqueue(new Output { Line = new JsonObject { ["line"] = number, ["skipped"] = "blank line" } });
                    }

                    Flush([]);
                    continue;
                }

                var (field, column, error, lineProcedure) = line is null ? (null, 1, invalid, null) : FieldLines.Parse(line);
                if (field is null)
                {
                    errors++;
                    var message = $"{source}:{number}:{column}: {error}";
                    waiting.Enqueue(explain
                        ? new Output { Id = $"(line {number})", Error = error, Message = message }
                        : new Output { Line = new JsonObject { ["line"] = number, ["error"] = message }, Message = message });
                    Flush([]);
                    continue;
                }

                if (lineProcedure != procedure)
                {
                    Flush(inOrder.Complete());
                    (inOrder, procedure) = (new Classifier.FieldsInOrder(classifier), lineProcedure);
                }

                var output = new Output { Id = field.Id };
                waiting.Enqueue(output);
                undecided.Enqueue(output);
                Flush(inOrder.Add(field));
            }
        }
        catch (OperationCanceledException)
        {
            Flush(inOrder.Complete()); // what was read is answered before the run stops
            throw;
        }

        Flush(inOrder.Complete());
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
        ["review"] = d.Ambiguous,
        ["reading"] = d.Reading is not { } r ? null : new JsonObject
        {
            ["subject"] = r.Subject.ToString(),
            ["subject_cue"] = r.SubjectCue,
            ["object"] = r.Asks.ToString(),
            ["object_cue"] = r.ObjectCue,
            ["qualifier"] = r.Qualifier.ToString(),
            ["qualifier_cue"] = r.QualifierCue,
            ["issuer"] = r.Issuer.ToString(),
            ["issuer_cue"] = r.IssuerCue,
            ["context"] = r.Context,
        },
    };

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

    /// <summary>One line of output in waiting: a decision to come, or an error or a skipped line to write in its place.</summary>
    private sealed class Output
    {
        public string Id { get; init; } = "";

        public JsonObject? Line { get; init; }

        public string? Error { get; init; }

        /// <summary>What stderr says of a line in error, written when the line is.</summary>
        public string? Message { get; init; }

        public FieldDecision? Decision { get; set; }

        public bool Ready => Line is not null || Error is not null || Decision is not null;

        public JsonObject Json => Line ?? ToJson(Decision!);

        public (string Id, FieldDecision? Decision, string? Error) Row => (Id, Decision, Error);
    }
}
