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
    /// <summary>Parses one document; syntax errors become a diagnostic, never an exception.</summary>
    public static YamlNode? Parse(string text, string file, List<Diagnostic> diagnostics)
    {
        var parser = new Parser(new StringReader(text));
        var anchors = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        try
        {
            parser.Consume<StreamStart>();
            if (parser.Accept<StreamEnd>(out _))
            {
                diagnostics.Add(new(new(file, 1, 1), "the file is empty", "write the YAML document described in the README"));
                return null;
            }

            parser.Consume<DocumentStart>();
            var root = ReadNode(parser, file, anchors, diagnostics);
            parser.Consume<DocumentEnd>();
            if (parser.Accept<DocumentStart>(out var extra))
            {
                diagnostics.Add(new(At(file, extra.Start), "a second YAML document starts here", "keep one document per file"));
            }

            return root;
        }
        catch (YamlException e)
        {
            diagnostics.Add(new(At(file, e.Start), "YAML syntax error: " + Clean(e.Message), "check indentation and quote values that contain ': ' or start with '{', '[', '*', '&', '!' or '%'"));
            return null;
        }
    }

    private static YamlNode ReadNode(IParser parser, string file, Dictionary<string, YamlNode> anchors, List<Diagnostic> diagnostics)
    {
        if (parser.TryConsume<AnchorAlias>(out var alias))
        {
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
                items.Add(ReadNode(parser, file, anchors, diagnostics));
            }

            var node = new YamlSequence(At(file, sequenceStart.Start), items);
            Remember(sequenceStart.Anchor, node, anchors);
            return node;
        }

        var mappingStart = parser.Consume<MappingStart>();
        var entries = new List<YamlEntry>();
        while (!parser.TryConsume<MappingEnd>(out _))
        {
            var keyNode = ReadNode(parser, file, anchors, diagnostics);
            var value = ReadNode(parser, file, anchors, diagnostics);
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

    private static SourcePosition At(string file, Mark mark) => new(file, (int)Math.Max(1, mark.Line), (int)Math.Max(1, mark.Column));

    // YamlDotNet prefixes messages with "(Line: 3, Col: 5, Idx: 20) - (…): "; the position is printed by us already.
    private static string Clean(string message)
    {
        var i = message.LastIndexOf("): ", StringComparison.Ordinal);
        return i >= 0 ? message[(i + 3)..] : message;
    }
}
