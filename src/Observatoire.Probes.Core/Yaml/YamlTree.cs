using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Observatoire.Probes.Yaml;

/// <summary>
/// A YAML document as a small tree that keeps every node's position and keeps duplicate keys,
/// so the binders can report all problems with file:line:column instead of YamlDotNet's first exception.
/// </summary>
internal abstract record YamlNode(SourcePosition Position);

internal sealed record YamlScalar(SourcePosition Position, string Value, bool IsPlain) : YamlNode(Position)
{
    /// <summary>A plain empty scalar or `~`/`null`: YAML's null.</summary>
    public bool IsNull => IsPlain && (Value.Length == 0 || Value is "~" or "null" or "Null" or "NULL");
}

internal sealed record YamlSequence(SourcePosition Position, IReadOnlyList<YamlNode> Items) : YamlNode(Position);

internal sealed record YamlEntry(YamlScalar Key, YamlNode Value);

internal sealed record YamlMapping(SourcePosition Position, IReadOnlyList<YamlEntry> Entries) : YamlNode(Position);

internal static class YamlTree
{
    /// <summary>Deeper than this, a scenario is not a scenario: stop before the reader's recursion can blow the stack.</summary>
    public const int MaxDepth = 64;

    /// <summary>A scenario needs few aliases, if any: a bound keeps "billion laughs" documents harmless.</summary>
    public const int MaxAliases = 100;

    /// <summary>Nodes in one document: the largest real scenarios have a few hundred.</summary>
    public const int MaxNodes = 50_000;

    /// <summary>Thrown inside the reader to stop at a limit with its position.</summary>
    private sealed class LimitExceeded(SourcePosition position, string message, string hint) : Exception(message)
    {
        public Diagnostic Diagnostic { get; } = new(position, message, hint);
    }

    private sealed class State(string file)
    {
        public string File { get; } = file;
        public Dictionary<string, YamlNode> Anchors { get; } = new(StringComparer.Ordinal);
        public int Aliases { get; set; }
        public int Nodes { get; set; }
    }

    /// <summary>Parses one document; syntax errors, whatever the parser throws, and limits become a diagnostic, never an exception.</summary>
    public static YamlNode? Parse(string text, string file, List<Diagnostic> diagnostics)
    {
        var parser = new Parser(new StringReader(text));
        var state = new State(file);
        try
        {
            parser.Consume<StreamStart>();
            if (parser.Accept<StreamEnd>(out _))
            {
                diagnostics.Add(new(new(file, 1, 1), "the file is empty", "write the YAML document described in the README"));
                return null;
            }

            parser.Consume<DocumentStart>();
            var root = ReadNode(parser, state, diagnostics, 0);
            parser.Consume<DocumentEnd>();
            if (parser.Accept<DocumentStart>(out var extra))
            {
                diagnostics.Add(new(At(file, extra.Start), "a second YAML document starts here", "keep one document per file"));
            }

            return root;
        }
        catch (YamlException e) when (e.Message.Contains(" tab ", StringComparison.OrdinalIgnoreCase) && TabAfter(text, e.Start) is { } tab)
        {
            // The parser names where the value it was reading started; the tab itself is what to change.
            diagnostics.Add(new(new(file, tab.Line, tab.Column), "a tab character: YAML indents with spaces only", "replace the tab by spaces"));
            return null;
        }
        catch (YamlException e)
        {
            diagnostics.Add(new(At(file, e.Start), "YAML syntax error: " + Clean(e.Message), "check indentation and quote values that contain ': ' or start with '{', '[', '*', '&', '!' or '%'"));
            return null;
        }
        catch (LimitExceeded e)
        {
            diagnostics.Add(e.Diagnostic);
            return null;
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or FormatException or OverflowException or NotSupportedException)
        {
            // Whatever YamlDotNet throws besides its own exception, the user gets a position and a sentence.
            var where = parser.Current is { } current ? At(file, current.Start) : new SourcePosition(file, 1, 1);
            diagnostics.Add(new(where, "YAML syntax error: " + Hints.Cut(e.Message.Split('\n')[0], 200), "check indentation and quoting around this place"));
            return null;
        }
    }

    private static YamlNode ReadNode(IParser parser, State state, List<Diagnostic> diagnostics, int depth)
    {
        var file = state.File;
        var anchors = state.Anchors;
        if (++state.Nodes > MaxNodes)
        {
            throw new LimitExceeded(At(file, parser.Current?.Start ?? Mark.Empty), $"the document has more than {MaxNodes} values", "a scenario describes one procedure: split it or remove what is not a step");
        }

        if (depth > MaxDepth)
        {
            throw new LimitExceeded(At(file, parser.Current?.Start ?? Mark.Empty), $"values are nested more than {MaxDepth} levels deep", "a scenario is a few levels deep: check the indentation and the brackets");
        }

        if (parser.TryConsume<AnchorAlias>(out var alias))
        {
            if (++state.Aliases > MaxAliases)
            {
                throw new LimitExceeded(At(file, alias.Start), $"more than {MaxAliases} aliases (*name)", "write the values out: scenarios seldom need aliases");
            }

            if (anchors.TryGetValue(alias.Value.Value, out var target))
            {
                return target;
            }

            diagnostics.Add(new(At(file, alias.Start), $"unknown alias *{alias.Value.Value}", "define the anchor (&name) before using it"));
            return new YamlScalar(At(file, alias.Start), "", IsPlain: true);
        }

        if (parser.TryConsume<Scalar>(out var scalar))
        {
            var node = new YamlScalar(At(file, scalar.Start), scalar.Value, scalar.Style == ScalarStyle.Plain);
            Remember(scalar.Anchor, node, anchors);
            return node;
        }

        if (parser.TryConsume<SequenceStart>(out var sequenceStart))
        {
            var items = new List<YamlNode>();
            while (!parser.TryConsume<SequenceEnd>(out _))
            {
                items.Add(ReadNode(parser, state, diagnostics, depth + 1));
            }

            var node = new YamlSequence(At(file, sequenceStart.Start), items);
            Remember(sequenceStart.Anchor, node, anchors);
            return node;
        }

        var mappingStart = parser.Consume<MappingStart>();
        var entries = new List<YamlEntry>();
        while (!parser.TryConsume<MappingEnd>(out _))
        {
            var keyNode = ReadNode(parser, state, diagnostics, depth + 1);
            var value = ReadNode(parser, state, diagnostics, depth + 1);
            if (keyNode is YamlScalar key)
            {
                entries.Add(new(key, value));
            }
            else
            {
                diagnostics.Add(new(keyNode.Position, "a mapping key must be a plain word", "write `key: value`"));
            }
        }

        var mapping = new YamlMapping(At(file, mappingStart.Start), entries);
        Remember(mappingStart.Anchor, mapping, anchors);
        return mapping;
    }

    private static void Remember(AnchorName anchor, YamlNode node, Dictionary<string, YamlNode> anchors)
    {
        if (!anchor.IsEmpty)
        {
            anchors[anchor.Value] = node;
        }
    }

    /// <summary>The line and column of the first tab that indents a line at or after <paramref name="mark"/> (a tab inside a
    /// value is allowed), else of the first tab after it; or null.</summary>
    private static (int Line, int Column)? TabAfter(string text, Mark mark)
    {
        var lines = text.Split('\n');
        var first = (int)Math.Max(1, mark.Line);
        for (var line = first; line <= lines.Length; line++)
        {
            var indent = lines[line - 1].Length - lines[line - 1].TrimStart(' ', '\t').Length;
            var column = lines[line - 1].IndexOf('\t', 0, indent);
            if (column >= 0)
            {
                return (line, column + 1);
            }
        }

        for (var line = first; line <= lines.Length; line++)
        {
            var from = line == first ? (int)Math.Max(0, mark.Column - 1) : 0;
            var column = from < lines[line - 1].Length ? lines[line - 1].IndexOf('\t', from) : -1;
            if (column >= 0)
            {
                return (line, column + 1);
            }
        }

        return null;
    }

    private static SourcePosition At(string file, Mark mark) => new(file, (int)Math.Max(1, mark.Line), (int)Math.Max(1, mark.Column));

    // YamlDotNet prefixes messages with "(Line: 3, Col: 5, Idx: 20) - (…): "; the position is printed by us already.
    private static string Clean(string message)
    {
        var i = message.LastIndexOf("): ", StringComparison.Ordinal);
        return i >= 0 ? message[(i + 3)..] : message;
    }
}
